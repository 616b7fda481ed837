import Foundation
import Testing

@testable import SameSideCore

/// Loads the review fixtures under Tests/Fixtures/review and reviews their deals.
enum ReviewFixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/review")

    /// The pipeline in `Tests/Fixtures/review/NAME.pipeline.json`.
    static func pipeline(_ name: String) throws -> Pipeline {
        let data = try Data(contentsOf: directory.appendingPathComponent("\(name).pipeline.json"))
        return try PipelineReader.read([UInt8](data)).pipeline
    }

    /// The review input of one deal of a fixture.
    static func input(_ name: String, deal: String, playbook: Playbook = .standard) throws -> ReviewInput {
        let pipeline = try pipeline(name)
        let opportunity = try #require(pipeline.opportunity(DealID(deal)), "no deal \(deal) in \(name)")
        return ReviewInput(
            deal: opportunity, account: pipeline.account(opportunity.accountId), seller: pipeline.seller,
            playbook: playbook, asOf: try #require(pipeline.asOf), currency: pipeline.currency)
    }

    /// The review of one deal of a fixture.
    static func review(_ name: String, deal: String, playbook: Playbook = .standard) throws -> DealReview {
        ReviewEngine().review(try input(name, deal: deal, playbook: playbook))
    }
}
