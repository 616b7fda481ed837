import Foundation

/// How a model's verdicts compare with labels: the confusion matrix and the figures docs/coach.md reports.
public struct CoachModelEvaluation: Sendable, Equatable {
    /// Label order of the matrix's rows (truth) and columns (verdict).
    public static let order: [CoachVerdict] = [.sellerCentric, .mixed, .customerCentric]

    /// `confusion[truth][verdict]`, indices in ``order``.
    public var confusion: [[Int]] = [[0, 0, 0], [0, 0, 0], [0, 0, 0]]
    /// Right and total on the clear labels, per message kind.
    public var perKind: [String: (right: Int, total: Int)] = [:]
    /// Right and total on the clear labels, per genre.
    public var perGenre: [String: (right: Int, total: Int)] = [:]
    /// Ids of clear messages judged the opposite way.
    public var opposite: [String] = []
    /// Clear messages not judged as labelled: id, verdict, score (0–100) and the features that moved it most.
    public var misses: [CoachMiss] = []
    /// Out of fold, labelled sentences (those both readers agree on) the sentence reader read as they did, and
    /// how many it read (0 without a reader).
    public var sentencesAgreed = 0
    public var sentencesRead = 0

    public init() {}

    /// Adds one judged message.
    public mutating func add(
        _ message: CoachCorpusMessage, verdict: CoachVerdict, score: Int = 50, drivers: [CoachDriver] = []
    ) {
        let truth = Self.index(message.label)
        let judged = Self.index(verdict)
        confusion[truth][judged] += 1
        guard message.label != .mixed else { return }
        let right = verdict == message.label ? 1 : 0
        let kind = perKind[message.kind.rawValue] ?? (0, 0)
        perKind[message.kind.rawValue] = (kind.right + right, kind.total + 1)
        let genreName = message.genre.isEmpty ? "(none)" : message.genre
        let genre = perGenre[genreName] ?? (0, 0)
        perGenre[genreName] = (genre.right + right, genre.total + 1)
        if verdict != .mixed && verdict != message.label { opposite.append(message.id) }
        if verdict != message.label {
            misses.append(CoachMiss(id: message.id, verdict: verdict, score: score, drivers: drivers))
        }
    }

    /// Clear messages (labelled seller- or customer-centric).
    public var clear: Int { confusion[0].reduce(0, +) + confusion[2].reduce(0, +) }
    /// Clear messages judged as labelled.
    public var clearRight: Int { confusion[0][0] + confusion[2][2] }
    /// clearRight / clear.
    public var clearAccuracy: Double { clear == 0 ? 0 : Double(clearRight) / Double(clear) }
    /// Share of clear messages judged the opposite way.
    public var oppositeShare: Double { clear == 0 ? 0 : Double(opposite.count) / Double(clear) }
    /// All messages judged as labelled / all messages.
    public var accuracy: Double {
        let total = confusion.flatMap { $0 }.reduce(0, +)
        return total == 0 ? 0 : Double(confusion[0][0] + confusion[1][1] + confusion[2][2]) / Double(total)
    }

    static func index(_ verdict: CoachVerdict) -> Int {
        switch verdict {
        case .sellerCentric: 0
        case .mixed: 1
        case .customerCentric: 2
        }
    }

    /// A plain-text report: clear accuracy, opposite share, the matrix, per kind and per genre. Pure.
    public func text(title: String) -> String {
        func percent(_ value: Double) -> String { String(format: "%.1f %%", value * 100) }
        var lines = [title]
        lines.append(
            "clear labels: \(clearRight)/\(clear) right = \(percent(clearAccuracy)); judged the opposite way: "
                + "\(opposite.count) = \(percent(oppositeShare)); all three labels: \(percent(accuracy))")
        if sentencesRead > 0 {
            lines.append(
                "sentence reader: \(sentencesAgreed)/\(sentencesRead) labelled sentences read as people read them = "
                    + percent(Double(sentencesAgreed) / Double(sentencesRead)))
        }
        lines.append("confusion (rows: label, columns: verdict)")
        let names = Self.order.map(\.rawValue)
        func pad(_ text: String, _ width: Int) -> String {
            text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
        }
        lines.append(pad("", 18) + names.map { pad($0, 18) }.joined())
        for (row, name) in names.enumerated() {
            lines.append(pad(name, 18) + confusion[row].map { pad(String($0), 18) }.joined())
        }
        lines.append("per kind (clear labels):")
        for (name, figures) in perKind.sorted(by: { $0.key < $1.key }) {
            lines.append("  \(pad(name, 16)) \(figures.right)/\(figures.total)")
        }
        lines.append("per genre (clear labels):")
        for (name, figures) in perGenre.sorted(by: { $0.key < $1.key }) {
            lines.append("  \(pad(name, 28)) \(figures.right)/\(figures.total)")
        }
        return lines.joined(separator: "\n")
    }

    public static func == (a: CoachModelEvaluation, b: CoachModelEvaluation) -> Bool {
        a.confusion == b.confusion && a.opposite == b.opposite
    }
}

/// A clear message the model judged otherwise than labelled, with what moved its score.
public struct CoachMiss: Sendable, Equatable {
    public var id: String
    public var verdict: CoachVerdict
    /// The 0–100 score (≥ 60 customer-centric, < 40 seller-centric).
    public var score: Int
    /// The features that moved the score most, largest first.
    public var drivers: [CoachDriver]
}
