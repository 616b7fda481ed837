import Foundation

/// Whom each seller sentence of the corpus is about, as people read it (Tests/Fixtures/coach/corpus/
/// sentences.jsonl): what the sentence reader is fitted on. Pure value.
public struct CoachSentenceLabels: Sendable, Equatable {
    /// Message id → the sentence's place among the message's seller sentences (from 1) → reading (index into
    /// ``CoachSentenceReader/readings``). Disputed sentences are left out.
    var readings: [String: [Int: Int]]

    /// How many sentences have a reading.
    public var count: Int { readings.values.reduce(0) { $0 + $1.count } }

    public init() { readings = [:] }

    /// The reading of sentence `n` (from 1) of message `id`, if people agreed on one.
    func reading(_ id: String, _ n: Int) -> Int? { readings[id]?[n] }

    /// Parses JSON Lines with `id`, `n` (from 1) and `label` (`us`, `neither`, `them` or `disputed`; other
    /// fields are ignored); blank lines are skipped. Throws ``CoachCorpusError`` naming the first bad line.
    public static func parse(jsonl bytes: [UInt8]) throws(CoachCorpusError) -> CoachSentenceLabels {
        var labels = CoachSentenceLabels()
        var lineNumber = 0
        var lines = 0
        for line in bytes.split(separator: 10, omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
            guard let object = (try? JSONSerialization.jsonObject(with: Data(line))) as? [String: Any] else {
                throw .invalidLine(line: lineNumber, problem: "not a JSON object")
            }
            guard let id = object["id"] as? String, !id.isEmpty else {
                throw .invalidLine(line: lineNumber, problem: "`id` missing or not a non-empty string")
            }
            guard let n = object["n"] as? Int, n >= 1 else {
                throw .invalidLine(line: lineNumber, problem: "`n` missing or not a whole number from 1")
            }
            guard let label = object["label"] as? String else {
                throw .invalidLine(line: lineNumber, problem: "`label` missing or not a string")
            }
            lines += 1
            if label == "disputed" { continue }
            guard let reading = CoachSentenceReader.readings.firstIndex(of: label) else {
                throw .invalidLine(line: lineNumber, problem: "unknown label `\(label)`")
            }
            labels.readings[id, default: [:]][n] = reading
        }
        if lines == 0 { throw .empty }
        return labels
    }
}
