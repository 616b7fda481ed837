import Foundation
import Testing

@testable import SameSideCore

/// A deal story from a public account, encoded by us in the pipeline format, with what a sales manager expects the
/// review to say about it (Tests/Fixtures/review/stories/NN-name.pipeline.json and NN-name.expect.json).
struct ReviewStory: Sendable {
    /// The manager's expectations, written before the story was first reviewed.
    struct Expectation: Decodable, Sendable {
        var source: String
        var summary: String
        var deal: String
        var mustFire: [String]
        var mustNotFire: [String]
        var acceptableVerdicts: [String]
    }

    static let directory = ReviewFixtures.directory.appendingPathComponent("stories")

    let name: String
    let pipeline: Pipeline
    let expectation: Expectation

    /// Every story in the directory, in file-name order.
    static func all() throws -> [ReviewStory] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".expect.json") }.map { String($0.dropLast(".expect.json".count)) }.sorted()
        return try names.map { name in
            let expect = try Data(contentsOf: directory.appendingPathComponent("\(name).expect.json"))
            let bytes = try Data(contentsOf: directory.appendingPathComponent("\(name).pipeline.json"))
            return ReviewStory(
                name: name, pipeline: try PipelineReader.read([UInt8](bytes)).pipeline,
                expectation: try JSONDecoder().decode(Expectation.self, from: expect))
        }
    }

    /// The review of the story's deal as of the file's `asOf`.
    func review() throws -> DealReview {
        let asOf = try #require(pipeline.asOf, "\(name) has no asOf")
        let reviews = ReviewEngine().review(pipeline, playbook: .standard, asOf: asOf)
        return try #require(reviews.first { $0.dealId.rawValue == expectation.deal }, "\(name): deal not reviewed")
    }
}

/// How the review did on the stories: rules that must fire, rules that must not, and verdicts.
struct ReviewStoryScore {
    var mustFire = 0
    var mustFireHit = 0
    var mustNotFire = 0
    var mustNotFireHit = 0
    var deals = 0
    var verdictsAcceptable = 0
    var misses: [String] = []

    mutating func add(_ story: ReviewStory, _ review: DealReview) {
        let fired = Set(review.findings.map(\.rule.rawValue))
        let expected = story.expectation
        deals += 1
        mustFire += expected.mustFire.count
        mustNotFire += expected.mustNotFire.count
        for rule in expected.mustFire {
            if fired.contains(rule) { mustFireHit += 1 } else { misses.append("\(story.name): \(rule) did not fire") }
        }
        for rule in expected.mustNotFire where fired.contains(rule) {
            mustNotFireHit += 1
            misses.append("\(story.name): \(rule) fired")
        }
        if expected.acceptableVerdicts.contains(review.verdict.rawValue) {
            verdictsAcceptable += 1
        } else {
            misses.append(
                "\(story.name): verdict \(review.verdict.rawValue), expected \(expected.acceptableVerdicts.joined(separator: " or "))"
            )
        }
    }

    var mustFireRate: Double { mustFire == 0 ? 1 : Double(mustFireHit) / Double(mustFire) }
    var mustNotFireRate: Double { mustNotFire == 0 ? 0 : Double(mustNotFireHit) / Double(mustNotFire) }
    var verdictRate: Double { deals == 0 ? 0 : Double(verdictsAcceptable) / Double(deals) }

    var report: String {
        func percent(_ value: Double) -> String { String(format: "%.1f %%", value * 100) }
        return
            ([
                "review on \(deals) deal stories (a development set we wrote from public accounts):",
                "  must fire:     \(mustFireHit)/\(mustFire) = \(percent(mustFireRate)) (goal ≥ 95 %)",
                "  must not fire: \(mustNotFireHit)/\(mustNotFire) = \(percent(mustNotFireRate)) (goal ≤ 2 %)",
                "  verdict:       \(verdictsAcceptable)/\(deals) = \(percent(verdictRate)) acceptable (goal ≥ 90 %)",
            ] + misses.map { "  miss: \($0)" }).joined(separator: "\n")
    }
}
