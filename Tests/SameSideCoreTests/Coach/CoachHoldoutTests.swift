import Foundation
import Testing

@testable import SameSideCore

/// The held-out set in Tests/Fixtures/coach/holdout/messages.jsonl: real-world messages collected after the
/// coach's features and weights were settled, from pages the development corpus does not use, and scored once
/// with the committed weights (docs/coach.md, "Held-out set").
@Suite struct CoachHoldoutTests {
    static func messages(_ file: URL) throws -> [CoachCorpusMessage] {
        let data = try #require(FileManager.default.contents(atPath: file.path), "missing \(file.path)")
        return try CoachCorpus.parse(jsonl: [UInt8](data))
    }

    /// Repository (host, owner, name; in lower case, as GitHub reads them) for GitHub addresses — its raw file
    /// addresses too —, host and path otherwise.
    static func origin(_ address: String) -> String {
        guard let key = CoachCorpusTests.normalised(address) else { return address }
        let parts = key.split(separator: "/")
        if ["github.com", "raw.githubusercontent.com"].contains(parts.first ?? "") && parts.count >= 3 {
            return "github.com/" + parts[1...2].joined(separator: "/").lowercased()
        }
        return key
    }

    @Test func aRepositoryIsOneOriginWhateverTheAddressOfItsFiles() {
        // Given a repository's file as a page, as a raw file, and in other letter case, and two web pages
        let page = Self.origin("https://github.com/Acme/Sales-Kit/blob/main/emails/cold.md")
        let raw = Self.origin("https://raw.githubusercontent.com/acme/sales-kit/HEAD/emails/follow-up.md")
        let other = Self.origin("https://github.com/acme/other-kit/blob/main/x.md")
        // Then the repository's addresses are one origin, and web pages are told apart by their path
        #expect(page == raw && page == "github.com/acme/sales-kit")
        #expect(other != page)
        #expect(Self.origin("https://www.example.com/a/") != Self.origin("https://example.com/b"))
        #expect(Self.origin("https://www.example.com/a/") == Self.origin("https://example.com/a"))
    }

    @Test func theHeldOutSetSharesNoPageOrRepositoryWithTheDevelopmentCorpus() throws {
        // Given both sets
        let development = try Self.messages(CoachCorpusTests.corpusFile)
        let held = try Self.messages(CoachCorpusTests.holdoutFile)
        // Then the held-out messages come from other pages and other repositories, and cover both clear labels
        let used = Set(development.map { Self.origin($0.source) })
        let shared = held.filter { used.contains(Self.origin($0.source)) }.map(\.id)
        #expect(shared.isEmpty, "held-out messages from a page or repository of the development corpus: \(shared)")
        #expect(held.count >= 60)
        #expect(held.contains { $0.label == .customerCentric } && held.contains { $0.label == .sellerCentric })
        let texts = Set(development.map { $0.text.lowercased() })
        #expect(held.allSatisfy { !texts.contains($0.text.lowercased()) })
    }

    @Test func theCommittedWeightsOnTheHeldOutSet() throws {
        // Given the held-out set
        let held = try Self.messages(CoachCorpusTests.holdoutFile)
        // When the committed weights judge it
        let figures = CoachModelTraining.evaluate(held, model: .standard)
        print(figures.text(title: "coach on the held-out set (\(held.count) messages, committed weights)"))
        // Then every clear message was judged (the figure itself is reported in docs/coach.md, not tuned here)
        #expect(figures.clear == held.filter { $0.label != .mixed }.count)
    }
}
