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

    /// Issue #15's goal is 90 % right and at most 3 % the opposite way; the fit reaches 83.9 % and 7.7 % today
    /// on 885 messages with majority-of-three labels (docs/coach.md). This guards what is reached against regression, and records the goal as a known issue
    /// until it is met (Swift Testing then reports the known issue as fixed, so the bar gets raised).
    @Test func outOfFoldTheCoachKeepsWhatItReachesOnRealMessages() throws {
        // Given the corpus, in ten folds that never split a source page
        let messages = try Self.corpus()
        // When each fold is judged by weights fitted on the other nine
        let evaluation = CoachModelTraining.crossValidate(messages, folds: 10)
        print(evaluation.text(title: "coach out of fold (\(messages.count) messages, 10 folds by page)"))
        // Then no fewer clear messages are judged right, and no more the opposite way, than the fit reaches today
        #expect(evaluation.clearAccuracy >= 0.838, "out-of-fold clear accuracy \(evaluation.clearAccuracy)")
        #expect(evaluation.oppositeShare <= 0.077, "opposite: \(evaluation.opposite)")
        // And the issue's goal stays visible until it is met
        withKnownIssue("issue #15: the goal is 90 % right and ≤ 3 % opposite on clear messages") {
            #expect(evaluation.clearAccuracy >= 0.9 && evaluation.oppositeShare <= 0.03)
        }
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
