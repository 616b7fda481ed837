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

    /// The corpus's sentence labels (what the sentence reader is fitted on).
    static func sentenceLabels() throws -> CoachSentenceLabels {
        let path = CoachCorpusTests.sentencesFile.path
        let data = try #require(
            FileManager.default.contents(atPath: path), "the sentence labels are missing at \(path)")
        return try CoachSentenceLabels.parse(jsonl: [UInt8](data))
    }

    /// Issue #15's goal is 90 % right and at most 3 % the opposite way; with the sentence reader and its grams the
    /// fit reaches 89.5 % and 5.3 % today on 3,655 messages with majority-of-three labels (docs/coach.md). Each
    /// held-out set, once scored, joins the corpus: more writers, a truer figure. This guards what is reached against
    /// regression, and records the goal as a known issue until it is met (Swift Testing then reports the known
    /// issue as fixed, so the bar gets raised).
    @Test func outOfFoldTheCoachKeepsWhatItReachesOnRealMessages() throws {
        // Given the corpus, in ten folds that never split a source page, and its sentences' labels
        let messages = try Self.corpus()
        let sentences = try Self.sentenceLabels()
        // When each fold is judged by weights (and a sentence reader) fitted on the other nine
        let evaluation = CoachModelTraining.crossValidate(messages, sentences: sentences, folds: 10)
        print(evaluation.text(title: "coach out of fold (\(messages.count) messages, 10 folds by page)"))
        // Then no fewer clear messages are judged right, and no more the opposite way, than the fit reaches today
        #expect(evaluation.clearAccuracy >= 0.870, "out-of-fold clear accuracy \(evaluation.clearAccuracy)")
        // (the opposite bound moved from 6.7 % to 7.0 % when held-out set 20 joined, the code unchanged: one more
        // set moves the share by about as much as chance does; back to 6.7 % with the reader's question, lean and
        // clear-count measures, at 6.3 %; 5.8–5.9 % with λ = 0.2 on each size from 2,948 to 3,577 messages, 5.3–5.6 %
        // with the grams of five sentences)
        #expect(evaluation.oppositeShare <= 0.067, "opposite: \(evaluation.opposite)")
        // And the reader reads held-out sentences as people do about as often as it does today (87.4 %)
        #expect(evaluation.sentencesRead > 18_400)
        #expect(Double(evaluation.sentencesAgreed) >= 0.855 * Double(evaluation.sentencesRead))
        // And the issue's goal stays visible until it is met
        withKnownIssue("issue #15: the goal is 90 % right and ≤ 3 % opposite on clear messages") {
            #expect(evaluation.clearAccuracy >= 0.9 && evaluation.oppositeShare <= 0.03)
        }
    }

    @Test func theCommittedWeightsAreTheFitOfTheCorpus() throws {
        // Given the corpus
        let messages = try Self.corpus()
        // When it is fitted as `sameside coach-model fit` does, sentence labels and all
        let model = CoachModelTraining.fit(messages, sentences: try Self.sentenceLabels())
        // Then the weights the coach loads are those (to the six decimals they are written with)
        let committed = CoachModel.standard
        #expect(model.featureNames == committed.featureNames)
        let pairs = zip(
            model.weights + [model.sellerBelow, model.customerFrom],
            committed.weights + [committed.sellerBelow, committed.customerFrom])
        for (fitted, stored) in pairs { #expect(abs(fitted - stored) < 1e-5) }
        // And so is its sentence reader
        let reader = try #require(model.sentenceReader)
        let storedReader = try #require(committed.sentenceReader)
        #expect(reader.featureNames == storedReader.featureNames)
        for (fitted, stored) in zip(reader.weights + reader.biases, storedReader.weights + storedReader.biases) {
            #expect(abs(fitted - stored) < 1e-5)
        }
    }
}
