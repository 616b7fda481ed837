import Foundation
import Testing

@testable import SameSideCore

/// Whom each seller sentence of the corpus is about, read by two annotators
/// (Tests/Fixtures/coach/corpus/sentences.jsonl), against the coach's own reading (docs/coach.md, "Sentences").
@Suite struct CoachSentenceReadingTests {
    struct Labelled {
        var id: String
        var n: Int
        var label: String
        var annotations: [String]
        var text: String
    }

    static func labelled() throws -> [Labelled] {
        let content = try String(contentsOf: CoachCorpusTests.sentencesFile, encoding: .utf8)
        return try content.split(separator: "\n").map { line in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return Labelled(
                id: try #require(object["id"] as? String), n: try #require(object["n"] as? Int),
                label: try #require(object["label"] as? String),
                annotations: try #require(object["annotations"] as? [String]),
                text: try #require(object["text"] as? String))
        }
    }

    @Test func everyLabelledSentenceIsOneTheCoachSplitsTheCorpusInto() throws {
        // Given the labelled sentences and the corpus
        let labelled = try Self.labelled()
        let rows = CoachSentenceTable.rows(try CoachOutOfFoldTests.corpus())
        // Then they are the coach's seller sentences, one for one (a changed splitter must relabel)
        #expect(labelled.count == rows.count)
        for (label, row) in zip(labelled, rows) {
            #expect(
                label.id == row.messageID && label.n == row.index && label.text == row.text,
                "\(label.id)#\(label.n): labelled `\(label.text)`, the coach reads `\(row.text)`")
        }
        // And each label is the two readings when they agree, `disputed` when they do not
        let allowed: Set = ["us", "them", "neither"]
        for sentence in labelled {
            #expect(sentence.annotations.count == 2 && sentence.annotations.allSatisfy(allowed.contains))
            let agreed = sentence.annotations.first == sentence.annotations.last
            #expect(sentence.label == (agreed ? sentence.annotations[0] : "disputed"), "\(sentence.id)#\(sentence.n)")
        }
    }

    @Test func theCoachsSentenceReadingAgainstItsReaders() throws {
        // Given the sentences both readers agree on
        let labelled = try Self.labelled().filter { $0.label != "disputed" }
        let rows = CoachSentenceTable.rows(try CoachOutOfFoldTests.corpus())
        let reading = Dictionary(
            rows.map { ("\($0.messageID)#\($0.index)", $0.reading) }, uniquingKeysWith: { first, _ in first })
        // When the coach's first-party reading is compared (their business counts as them)
        var confusion: [String: [String: Int]] = [:]
        var agreed = 0
        for sentence in labelled {
            let coach = reading["\(sentence.id)#\(sentence.n)"] ?? .neither
            let read = coach == .theirBusiness ? "them" : coach.rawValue
            confusion[sentence.label, default: [:]][read, default: 0] += 1
            if read == sentence.label { agreed += 1 }
        }
        let share = Double(agreed) / Double(max(labelled.count, 1))
        print("coach sentence reading: \(agreed)/\(labelled.count) = \(String(format: "%.1f", 100 * share)) % agree")
        for label in ["us", "them", "neither"] {
            print("  read \(label) by people → coach: \(confusion[label, default: [:]].sorted { $0.key < $1.key })")
        }
        // Then it does not fall below what it reaches today (65.6 % of 18,443; 66.9 % of the first 5,353 — the
        // rule is unchanged, the sentences added since read it a little worse); docs/coach.md says what the
        // fitted reader gets
        #expect(share >= 0.640)
    }
}
