import Foundation

/// One labelled message of the coach's development corpus (Tests/Fixtures/coach/corpus/messages.jsonl).
public struct CoachCorpusMessage: Sendable, Equatable {
    public var id: String
    public var kind: MessageKind
    /// What sort of message it is (cold email, break-up, discovery question, …), free text.
    public var genre: String
    public var label: CoachVerdict
    public var reason: String
    /// The address of the page it was paraphrased from; cross-validation folds by it.
    public var source: String
    public var text: String
    /// The seller's speakers, for transcripts that name them (from the hand-written set; empty in the corpus).
    public var sellers: [String]

    public init(
        id: String, kind: MessageKind, genre: String = "", label: CoachVerdict, reason: String = "", source: String,
        text: String, sellers: [String] = []
    ) {
        self.id = id
        self.kind = kind
        self.genre = genre
        self.label = label
        self.reason = reason
        self.source = source
        self.text = text
        self.sellers = sellers
    }
}

/// Why a corpus or evaluation file could not be read.
public enum CoachCorpusError: Error, Equatable, CustomStringConvertible {
    /// Line `line` (1-based) is not what it should be.
    case invalidLine(line: Int, problem: String)
    case empty

    public var description: String {
        switch self {
        case .invalidLine(let line, let problem): "line \(line): \(problem)"
        case .empty: "no labelled messages"
        }
    }
}

/// Reads the corpus and the hand-written evaluation set. Pure (bytes and text in, values out).
public enum CoachCorpus {
    /// Parses JSON Lines with `id`, `kind`, `label`, `source`, `text` (and optional `genre`, `reason`); blank
    /// lines are skipped. Throws ``CoachCorpusError`` naming the first bad line; nothing is half-read.
    public static func parse(jsonl bytes: [UInt8]) throws(CoachCorpusError) -> [CoachCorpusMessage] {
        var messages: [CoachCorpusMessage] = []
        var lineNumber = 0
        for line in bytes.split(separator: 10, omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
            guard let parsed = try? JSONSerialization.jsonObject(with: Data(line)) else {
                throw .invalidLine(line: lineNumber, problem: "not valid JSON")
            }
            guard let object = parsed as? [String: Any] else {
                throw .invalidLine(line: lineNumber, problem: "not a JSON object")
            }
            func field(_ name: String) throws(CoachCorpusError) -> String {
                guard let value = object[name] as? String, !value.isEmpty else {
                    throw .invalidLine(line: lineNumber, problem: "`\(name)` missing or not a non-empty string")
                }
                return value
            }
            let kindName = try field("kind")
            guard let kind = MessageKind(rawValue: kindName) else {
                throw .invalidLine(line: lineNumber, problem: "unknown kind `\(kindName)`")
            }
            let labelName = try field("label")
            guard let label = CoachVerdict(rawValue: labelName) else {
                throw .invalidLine(line: lineNumber, problem: "unknown label `\(labelName)`")
            }
            messages.append(
                CoachCorpusMessage(
                    id: try field("id"), kind: kind, genre: (object["genre"] as? String) ?? "", label: label,
                    reason: (object["reason"] as? String) ?? "", source: try field("source"), text: try field("text")))
        }
        if messages.isEmpty { throw .empty }
        return messages
    }

    /// Parses one hand-written evaluation file: `=== ID KIND LABEL [sellers=A,B]` then the message until the
    /// next `===`; `#` lines before the first block are comments. Each message's source is `file`.
    public static func parseEvaluationSet(
        _ content: String, file: String
    ) throws(CoachCorpusError) -> [CoachCorpusMessage] {
        var messages: [CoachCorpusMessage] = []
        var current: CoachCorpusMessage?
        var lines: [Substring] = []
        func finish() {
            guard var message = current else { return }
            message.text = lines.joined(separator: "\n").trimmingCharacters(in: .newlines)
            messages.append(message)
        }
        var lineNumber = 0
        for line in content.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.hasPrefix("===") {
                finish()
                let parts = line.split(separator: " ")
                guard parts.count >= 4, let kind = MessageKind(rawValue: String(parts[2])),
                    let label = CoachVerdict(rawValue: String(parts[3]))
                else { throw .invalidLine(line: lineNumber, problem: "bad header `\(line)`") }
                let sellers =
                    parts.dropFirst(4).first { $0.hasPrefix("sellers=") }
                    .map { $0.dropFirst(8).split(separator: ",").map(String.init) } ?? []
                current = CoachCorpusMessage(
                    id: String(parts[1]), kind: kind, label: label, source: file, text: "", sellers: sellers)
                lines = []
            } else if current != nil {
                lines.append(line)
            }
        }
        finish()
        return messages
    }
}
