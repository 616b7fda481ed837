import Foundation
import Testing

@testable import SameSideCore

/// The real-message development corpus in Tests/Fixtures/coach/corpus/messages.jsonl
/// (see "Labelling guide for the real-message corpus" in docs/coach.md).
@Suite struct CoachCorpusTests {
    struct Entry {
        var line: Int
        var id: String
        var kind: String
        var genre: String
        var label: String
        var reason: String
        var source: String
        var text: String
        /// The three readers' labels (the collector's, then two blind annotators'), when the line has them.
        var annotations: [String]?
    }

    /// The genres the labelling guide documents; every one must be present.
    static let genres: Set<String> = [
        "cold-email", "follow-up", "break-up", "reply", "linkedin", "voicemail", "call-opener",
        "discovery-question", "proposal-opener", "cover-letter", "transcript",
    ]

    static var corpusFile: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/coach/corpus/messages.jsonl")
    }

    /// `../shared/eval/reserved-sources.txt` relative to the package root (absent in a plain clone).
    /// The held-out set (same format; see `CoachHoldoutTests`).
    static var holdoutFile: URL {
        corpusFile.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
            "holdout/messages.jsonl")
    }

    /// The corpus's seller sentences with whom two readers read each as about (see `CoachSentenceReadingTests`).
    static var sentencesFile: URL {
        corpusFile.deletingLastPathComponent().appendingPathComponent("sentences.jsonl")
    }

    /// Both files, for the checks that hold for each.
    static let files = ["corpus", "holdout"]

    static func file(_ name: String) -> URL { name == "holdout" ? holdoutFile : corpusFile }

    static var reservedFile: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/eval/reserved-sources.txt")
    }

    static var reservedListIsPresent: Bool { FileManager.default.fileExists(atPath: reservedFile.path) }

    /// One entry per non-empty line; a line that is not an object with every field as a string is recorded as an issue.
    static func entries(_ file: URL = corpusFile) throws -> [Entry] {
        let content = try String(contentsOf: file, encoding: .utf8)
        var entries: [Entry] = []
        for (index, line) in content.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8))
            guard let fields = object as? [String: Any] else {
                Issue.record("line \(index + 1) is not a JSON object")
                continue
            }
            func field(_ name: String) -> String? { fields[name] as? String }
            guard let id = field("id"), let kind = field("kind"), let genre = field("genre"),
                let label = field("label"), let reason = field("reason"), let source = field("source"),
                let text = field("text")
            else {
                Issue.record("line \(index + 1) lacks a required string field")
                continue
            }
            entries.append(
                Entry(
                    line: index + 1, id: id, kind: kind, genre: genre, label: label, reason: reason, source: source,
                    text: text, annotations: fields["annotations"] as? [String]))
        }
        return entries
    }

    /// Host and path only: scheme, `www.`, query, fragment and a trailing slash dropped; host lower-cased.
    static func normalised(_ address: String) -> String? {
        guard let components = URLComponents(string: address.trimmingCharacters(in: .whitespaces)),
            var host = components.host?.lowercased()
        else { return nil }
        if host.hasPrefix("www.") { host.removeFirst(4) }
        var path = components.percentEncodedPath
        while path.hasSuffix("/") { path.removeLast() }
        return host + path
    }

    @Test func everyLineParsesWithTheRequiredFieldsAndAllowedValues() throws {
        let entries = try Self.entries()
        for entry in entries {
            #expect(entry.id.wholeMatch(of: #/c\d{4}/#) != nil, "line \(entry.line): id \(entry.id)")
            #expect(MessageKind(rawValue: entry.kind) != nil, "\(entry.id): kind \(entry.kind)")
            #expect(CoachVerdict(rawValue: entry.label) != nil, "\(entry.id): label \(entry.label)")
            #expect(Self.genres.contains(entry.genre), "\(entry.id): genre \(entry.genre)")
            #expect(!entry.reason.trimmingCharacters(in: .whitespaces).isEmpty, "\(entry.id): empty reason")
            #expect(!entry.reason.contains("\n"), "\(entry.id): the reason is one line")
            #expect(!entry.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(entry.id): empty text")
        }
    }

    /// The label is the majority of the three readers, `mixed` when all three differ (labelling guide, "Three
    /// readers"); prints how often each pair of readers agreed.
    @Test(arguments: files) func everyLabelIsTheMajorityOfItsThreeReaders(_ name: String) throws {
        // Given every message with its three readings
        let entries = try Self.entries(Self.file(name))
        var pairAgreement = [0, 0, 0]
        for entry in entries {
            guard let readings = entry.annotations, readings.count == 3 else {
                Issue.record("\(entry.id): expected three annotations")
                continue
            }
            for reading in readings {
                #expect(CoachVerdict(rawValue: reading) != nil, "\(entry.id): annotation \(reading)")
            }
            // Then its label is the reading two of them share, or mixed when they split three ways
            let counts = Dictionary(grouping: readings, by: { $0 }).mapValues(\.count)
            let majority = counts.first { $0.value >= 2 }?.key ?? CoachVerdict.mixed.rawValue
            #expect(entry.label == majority, "\(entry.id): label \(entry.label), readings \(readings)")
            for (k, (a, b)) in [(0, 1), (0, 2), (1, 2)].enumerated() where readings[a] == readings[b] {
                pairAgreement[k] += 1
            }
        }
        let share = pairAgreement.map { String(format: "%.1f %%", 100 * Double($0) / Double(max(entries.count, 1))) }
        print("coach \(name) readers agree: collector–A \(share[0]), collector–B \(share[1]), A–B \(share[2])")
    }

    @Test func theCorpusHasAtLeast400MessagesFromAtLeast60Pages() throws {
        let entries = try Self.entries()
        let pages = Set(entries.compactMap { Self.normalised($0.source) })
        print("coach corpus: \(entries.count) messages from \(pages.count) pages")
        #expect(entries.count >= 400)
        #expect(pages.count >= 60)
    }

    @Test func everyDocumentedGenreAndBothClearLabelsArePresent() throws {
        let entries = try Self.entries()
        let missing = Self.genres.subtracting(entries.map(\.genre))
        #expect(missing.isEmpty, "genres without a message: \(missing.sorted())")
        let labels = Dictionary(grouping: entries, by: \.label).mapValues(\.count)
        print("coach corpus labels: \(labels.sorted { $0.key < $1.key })")
        for verdict in CoachVerdict.allCases {
            #expect(labels[verdict.rawValue, default: 0] > 0, "no \(verdict.rawValue) message")
        }
    }

    @Test func idsAreUniqueAndTextsAreNotDuplicated() throws {
        let entries = try Self.entries()
        let repeatedIDs = Dictionary(grouping: entries, by: \.id).filter { $0.value.count > 1 }.keys
        #expect(repeatedIDs.isEmpty, "repeated ids: \(repeatedIDs.sorted())")
        let repeatedTexts = Dictionary(grouping: entries) {
            $0.text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        }.filter { $0.value.count > 1 }
        #expect(repeatedTexts.isEmpty, "repeated texts in \(repeatedTexts.values.map { $0.map(\.id) })")
    }

    @Test func everySourceIsAWebAddress() throws {
        for entry in try Self.entries() {
            let scheme = URLComponents(string: entry.source)?.scheme?.lowercased()
            #expect(scheme == "https" || scheme == "http", "\(entry.id): source \(entry.source)")
            #expect(Self.normalised(entry.source) != nil, "\(entry.id): source without a host")
        }
    }

    @Test func normalisingDropsSchemeWwwQueryAndTrailingSlash() {
        #expect(Self.normalised("https://www.Example.com/blog/post/?utm=1#top") == "example.com/blog/post")
        #expect(Self.normalised("http://example.com/blog/post") == "example.com/blog/post")
        #expect(Self.normalised("https://example.com/blog/other") != "example.com/blog/post")
    }

    @Test(
        .enabled(
            if: CoachCorpusTests.reservedListIsPresent,
            "../shared/eval/reserved-sources.txt is not beside this checkout, so the reserved pages cannot be checked"))
    func noSourceIsAReservedPage() throws {
        for name in Self.files { try Self.noSourceIsReserved(in: Self.file(name)) }
    }

    static func noSourceIsReserved(in file: URL) throws {
        let reservedText = try String(contentsOf: Self.reservedFile, encoding: .utf8)
        let reserved = Set(
            reservedText.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && !$0.hasPrefix("#") }.compactMap { Self.normalised($0) })
        #expect(!reserved.isEmpty)
        for entry in try Self.entries(file) {
            guard let page = Self.normalised(entry.source) else { continue }
            let hit = reserved.contains(page) || reserved.contains { page.hasPrefix($0 + "/") }
            #expect(!hit, "\(entry.id) comes from a reserved page")
        }
    }
}
