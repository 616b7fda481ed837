/// How often a step's due date moved and who moved it, in the words the review and the deal page use:
/// "moved 3 times, twice by us".
struct DueDateMoves: Equatable, Sendable {
    var total: Int
    var byUs: Int
    var byCustomer: Int
    /// The reasons given, most frequent first (ties in the order first given), as people read them.
    var reasons: [String]
    /// The latest move.
    var last: DueDateChange?

    init(_ changes: [DueDateChange]) {
        total = changes.count
        byUs = changes.count { $0.movedBy == .seller }
        byCustomer = changes.count { $0.movedBy == .customer }
        var counts: [(String, Int)] = []
        for change in changes {
            guard let reason = change.reasonDescription else { continue }
            if let index = counts.firstIndex(where: { $0.0 == reason }) {
                counts[index].1 += 1
            } else {
                counts.append((reason, 1))
            }
        }
        let ordered = counts.enumerated().sorted {
            $0.element.1 != $1.element.1 ? $0.element.1 > $1.element.1 : $0.offset < $1.offset
        }
        reasons = ordered.map { $0.element.1 > 1 ? "\($0.element.0) ×\($0.element.1)" : $0.element.0 }
        last = changes.max { $0.changedOn < $1.changedOn }
    }

    /// "moved 3 times, twice by us, once by Northwind Foods"; `nil` when it never moved. Pure.
    func phrase(customer: String) -> String? {
        guard total > 0 else { return nil }
        var parts = ["moved \(Self.times(total))"]
        if byUs > 0 { parts.append("\(Self.times(byUs)) by us") }
        if byCustomer > 0 { parts.append("\(Self.times(byCustomer)) by \(customer)") }
        return parts.joined(separator: ", ")
    }

    /// "once", "twice", "3 times".
    static func times(_ count: Int) -> String {
        switch count {
        case 1: return "once"
        case 2: return "twice"
        default: return "\(count) times"
        }
    }
}
