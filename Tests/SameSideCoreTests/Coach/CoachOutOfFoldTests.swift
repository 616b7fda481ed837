import Foundation
import Testing

@testable import SameSideCore

/// The coach measured on real-world messages it was not fitted on: grouped cross-validation by source page over
/// Tests/Fixtures/coach/corpus/messages.jsonl (docs/coach.md, "Evaluation").
@Suite struct CoachOutOfFoldTests {
    static var corpusPath: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/coach/corpus/messages.jsonl").path
    }

    static func corpus() throws -> [CoachCorpusMessage] {
        let data = try #require(
            FileManager.default.contents(atPath: corpusPath), "the corpus is missing at \(corpusPath)")
        return try CoachCorpus.parse(jsonl: [UInt8](data))
    }

    @Test func outOfFoldTheCoachJudgesNineInTenClearMessagesRightAndFewTheOppositeWay() throws {
        // Given the corpus, in ten folds that never split a source page
        let messages = try Self.corpus()
        // When each fold is judged by weights fitted on the other nine
        let evaluation = CoachModelTraining.crossValidate(messages, folds: 10)
        print(evaluation.text(title: "coach out of fold (\(messages.count) messages, 10 folds by page)"))
        // Then at least 90% of the clear messages are judged right
        #expect(evaluation.clearAccuracy >= 0.9, "out-of-fold clear accuracy \(evaluation.clearAccuracy)")
        // And at most 3% are judged the opposite way
        #expect(evaluation.oppositeShare <= 0.03, "opposite: \(evaluation.opposite)")
    }

    @Test func theCommittedWeightsAreTheFitOfTheCorpus() throws {
        // Given the corpus
        let messages = try Self.corpus()
        // When it is fitted as `sameside coach-model fit` does
        let model = CoachModelTraining.fit(messages)
        // Then the weights the coach loads are those (to the six decimals they are written with)
        let committed = CoachModel.standard
        #expect(model.featureNames == committed.featureNames)
        let pairs = zip(
            model.weights + [model.sellerBelow, model.customerFrom],
            committed.weights + [committed.sellerBelow, committed.customerFrom])
        for (fitted, stored) in pairs { #expect(abs(fitted - stored) < 1e-5) }
    }
}
