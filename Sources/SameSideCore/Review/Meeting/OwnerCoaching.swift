/// Per owner: how many deals, which points come up most often, and the one habit to work on. Bounded by the
/// number of owners and kinds of finding.
public struct OwnerCoaching: Equatable, Sendable {
    /// One owner's summary.
    public struct Summary: Equatable, Sendable {
        public var owner: String
        public var deals: Int
        /// The most frequent kinds of point (family or rule) with the number of deals they came up in, most first.
        public var frequent: [(key: String, deals: Int)]
        /// The habit behind the most frequent point; `nil` when the owner's deals have no findings.
        public var habit: String?

        public static func == (lhs: Summary, rhs: Summary) -> Bool {
            lhs.owner == rhs.owner && lhs.deals == rhs.deals && lhs.habit == rhs.habit
                && lhs.frequent.map(\.key) == rhs.frequent.map(\.key)
                && lhs.frequent.map(\.deals) == rhs.frequent.map(\.deals)
        }
    }

    private var deals: [String: Int] = [:]
    private var counts: [String: [String: Int]] = [:]
    private var leadRule: [String: RuleID] = [:]

    public init() {}

    /// Counts the points of one deal (each kind once per deal). Pure.
    public mutating func add(_ brief: DealBrief) {
        let owner = brief.review.owner ?? PipelineTotals.noOwner
        deals[owner, default: 0] += 1
        var seen = Set<String>()
        for point in brief.points {
            let key = CoachingHabit.key(point.rule)
            guard seen.insert(key).inserted else { continue }
            counts[owner, default: [:]][key, default: 0] += 1
            if leadRule[key] == nil { leadRule[key] = point.rule }
        }
    }

    /// One summary per owner, most deals first, with at most `limit` frequent points each. Pure.
    public func summaries(limit: Int = 3) -> [Summary] {
        let owners = deals.keys.sorted { lhs, rhs in
            let left = deals[lhs] ?? 0
            let right = deals[rhs] ?? 0
            return left != right ? left > right : lhs < rhs
        }
        return owners.map { owner in
            let frequent = (counts[owner] ?? [:]).sorted { lhs, rhs in
                lhs.value != rhs.value ? lhs.value > rhs.value : lhs.key < rhs.key
            }.prefix(limit).map { (key: $0.key, deals: $0.value) }
            let habit = frequent.first.flatMap { leadRule[$0.key] }.map(CoachingHabit.forRule)
            return Summary(owner: owner, deals: deals[owner] ?? 0, frequent: Array(frequent), habit: habit)
        }
    }

    /// `[{"owner", "deals", "frequent": [{"finding", "deals"}], "habit"}]`. Pure.
    public var json: JSONValue {
        .array(
            summaries().map { summary in
                var object = JSONObject()
                object["owner"] = .string(summary.owner)
                object["deals"] = .number(Double(summary.deals))
                object["frequent"] = .array(
                    summary.frequent.map { item in
                        var entry = JSONObject()
                        entry["finding"] = .string(item.key)
                        entry["deals"] = .number(Double(item.deals))
                        return .object(entry)
                    })
                object["habit"] = summary.habit.map(JSONValue.string) ?? .null
                return .object(object)
            })
    }
}
