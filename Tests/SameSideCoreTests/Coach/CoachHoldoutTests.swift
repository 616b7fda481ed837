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

    /// Repository (host, owner, name) for GitHub addresses, host and path otherwise.
    static func origin(_ address: String) -> String {
        guard let key = CoachCorpusTests.normalised(address) else { return address }
        let parts = key.split(separator: "/")
        if parts.first == "github.com" && parts.count >= 3 { return parts[0...2].joined(separator: "/") }
        return key
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
