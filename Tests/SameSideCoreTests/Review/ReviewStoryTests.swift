import Foundation
import Testing

@testable import SameSideCore

/// The review judged on deal stories from public accounts (Tests/Fixtures/review/stories; docs/review.md, "Real
/// stories"). The stories were written by us and the rules were changed after reading them: a development set.
@Suite struct ReviewStoryTests {
    static let reserved = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/eval/reserved-sources.txt")

    @Test func thereAreAtLeastTwentyFiveStoriesEachWithSourceSummaryAndKnownRules() throws {
        // given the stories
        let stories = try ReviewStory.all()
        // then
        #expect(stories.count >= 25)
        let verdicts = Set(Verdict.allCases.map(\.rawValue))
        for story in stories {
            let expected = story.expectation
            #expect(expected.source.hasPrefix("http"), "\(story.name) has no source address")
            #expect(expected.summary.count >= 80, "\(story.name) has no summary")
            for rule in expected.mustFire + expected.mustNotFire {
                #expect(ReviewRule.allIDs.contains(RuleID(rule)), "\(story.name): unknown rule \(rule)")
            }
            #expect(Set(expected.mustFire).isDisjoint(with: expected.mustNotFire), "\(story.name) contradicts itself")
            #expect(!expected.acceptableVerdicts.isEmpty && expected.acceptableVerdicts.allSatisfy(verdicts.contains))
            #expect(story.pipeline.opportunities.contains { $0.id.rawValue == expected.deal && $0.status == .open })
        }
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: reserved.path)))
    func noStoryComesFromAPageReservedForEvaluation() throws {
        // given the reserved pages, compared without scheme, "www." and trailing slash
        func normalised(_ address: String) -> String {
            var text = address.lowercased()
            for prefix in ["https://", "http://"] where text.hasPrefix(prefix) { text.removeFirst(prefix.count) }
            if text.hasPrefix("www.") { text.removeFirst(4) }
            while text.hasSuffix("/") { text.removeLast() }
            return text
        }
        let reserved = Set(
            try String(contentsOf: Self.reserved, encoding: .utf8).split(separator: "\n")
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
                .map(normalised))
        // then
        for story in try ReviewStory.all() {
            #expect(!reserved.contains(normalised(story.expectation.source)), "\(story.name) uses a reserved page")
        }
    }

    @Test func reviewMeetsItsGoalsOnTheStories() throws {
        // given
        var score = ReviewStoryScore()
        // when
        for story in try ReviewStory.all() { score.add(story, try story.review()) }
        print(score.report)
        // then
        #expect(score.mustFireRate >= 0.95, "\(score.report)")
        #expect(score.mustNotFireRate <= 0.02, "\(score.report)")
        #expect(score.verdictRate >= 0.90, "\(score.report)")
    }
}
