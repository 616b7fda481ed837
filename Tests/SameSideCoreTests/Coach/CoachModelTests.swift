import Foundation
import Testing

@testable import SameSideCore

/// The fit, the folds and the corpus reader behind the coach's verdict (docs/coach.md, "The fit").
@Suite struct CoachModelTests {
    /// 90 messages of one informative feature (0…2.9) and one of noise, labelled by the first: below 1
    /// seller-centric, below 2 mixed, else customer-centric.
    static func orderedSignal() -> (vectors: [[Double]], labels: [CoachVerdict]) {
        var vectors: [[Double]] = []
        var labels: [CoachVerdict] = []
        for i in 0..<90 {
            let signal = Double(i % 30) / 10
            vectors.append([signal, Double((i * 7) % 11)])
            labels.append(signal < 1 ? .sellerCentric : (signal < 2 ? .mixed : .customerCentric))
        }
        return (vectors, labels)
    }

    @Test func theFitRanksAnOrderedSignalAndIsDeterministic() {
        // Given one informative feature and one of noise, with labels ordered by the first
        let (vectors, labels) = Self.orderedSignal()
        // When it is fitted twice
        let fitter = CoachModelFitter()
        let model = fitter.fit(names: ["signal", "noise"], vectors: vectors, labels: labels)
        let again = fitter.fit(names: ["signal", "noise"], vectors: vectors, labels: labels)
        // Then both fits are the same, the signal carries the weight, and the thresholds split the three labels
        #expect(model == again)
        #expect(model.weights[0] > 1)
        #expect(abs(model.weights[1]) < model.weights[0] / 10)
        #expect(model.rawScore([0.2, 5]) < model.sellerBelow)
        #expect(model.rawScore([1.5, 5]) >= model.sellerBelow && model.rawScore([1.5, 5]) < model.customerFrom)
        #expect(model.rawScore([2.8, 5]) >= model.customerFrom)
    }

    @Test(arguments: [10.0, 100.0])
    func aLargePenaltyShrinksTheWeightsInsteadOfDiverging(lambda: Double) {
        // Given the same ordered signal, and a penalty far above the default (10 once gave NaN weights)
        let (vectors, labels) = Self.orderedSignal()
        // When it is fitted with that penalty, and with the default
        let shrunk = CoachModelFitter(lambda: lambda).fit(names: ["signal", "noise"], vectors: vectors, labels: labels)
        let plain = CoachModelFitter().fit(names: ["signal", "noise"], vectors: vectors, labels: labels)
        // Then every number is finite, the signal keeps its sign, and the penalty made it smaller
        #expect(shrunk.isFinite)
        #expect(shrunk.weights[0] > 0)
        #expect(shrunk.weights[0] < plain.weights[0])
        // And the bound is 0.5/λ, with the default step inside it for the default penalty
        #expect(CoachModelFitter.stableStep(0.2, largestPenalty: lambda) * lambda <= 0.5)
        #expect(CoachModelFitter.stableStep(0.2, largestPenalty: 0.3) == 0.2)
    }

    @Test func anOppositeWeightTradesOppositeVerdictsForMixedOnes() {
        // Given an ordered signal where clear messages near the mixed band (signal 0.85 and 2.08) carry the
        // opposite clear label: noise where people would disagree
        var vectors: [[Double]] = []
        var labels: [CoachVerdict] = []
        for i in 0..<120 {
            let signal = Double(i % 40) / 13
            var label: CoachVerdict = signal < 1 ? .sellerCentric : (signal < 2 ? .mixed : .customerCentric)
            if i % 40 == 11 || i % 40 == 27 { label = label == .sellerCentric ? .customerCentric : .sellerCentric }
            vectors.append([signal, Double((i * 7) % 11)])
            labels.append(label)
        }
        func opposite(_ model: CoachModel) -> Int {
            zip(vectors, labels).filter { vector, label in
                let s = model.rawScore(vector)
                return (label == .sellerCentric && s >= model.customerFrom)
                    || (label == .customerCentric && s < model.sellerBelow)
            }.count
        }
        // When it is fitted plainly and with the opposite label's probability penalised again
        let names = ["signal", "noise"]
        let plain = CoachModelFitter().fit(names: names, vectors: vectors, labels: labels)
        var hedging = CoachModelFitter()
        hedging.oppositeWeight = 2
        let hedged = hedging.fit(names: names, vectors: vectors, labels: labels)
        // Then the hedged fit judges fewer messages the opposite way, because its mixed band is wider in signal
        #expect(opposite(hedged) < opposite(plain))
        let band = { (m: CoachModel) in (m.customerFrom - m.sellerBelow) / m.weights[0] }
        #expect(band(hedged) > band(plain))
        // And the signal still carries the weight
        #expect(hedged.weights[0] > 0 && abs(hedged.weights[1]) < hedged.weights[0] / 10)
    }

    @Test func foldsNeverSplitASourcePageAndStayBalanced() {
        // Given 40 pages of one to five messages each
        var sources: [String] = []
        for page in 0..<40 { for _ in 0...(page % 5) { sources.append("https://example.org/page-\(page)") } }
        // When they are split into ten folds
        let folds = CoachModelTraining.folds(sources: sources, count: 10)
        // Then every page lies in one fold
        var foldOfPage: [String: Set<Int>] = [:]
        for (source, fold) in zip(sources, folds) { foldOfPage[source, default: []].insert(fold) }
        #expect(foldOfPage.values.allSatisfy { $0.count == 1 })
        // And the folds differ by at most one page's worth of messages
        var sizes = [Int](repeating: 0, count: 10)
        for fold in folds { sizes[fold] += 1 }
        #expect((sizes.max() ?? 0) - (sizes.min() ?? 0) <= 5)
        // And the split is the same every time
        #expect(CoachModelTraining.folds(sources: sources, count: 10) == folds)
    }

    @Test(arguments: [
        ("{\"id\":\"a\",\"kind\":\"email\",\"label\":\"mixed\",\"source\":\"s\",\"text\":\"t\"}\nnot json", 2),
        ("{\"id\":\"a\",\"kind\":\"fax\",\"label\":\"mixed\",\"source\":\"s\",\"text\":\"t\"}", 1),
        ("{\"id\":\"a\",\"kind\":\"email\",\"label\":\"good\",\"source\":\"s\",\"text\":\"t\"}", 1),
        ("\n{\"id\":\"a\",\"kind\":\"email\",\"label\":\"mixed\",\"text\":\"t\"}", 2),
        ("[1, 2]", 1),
    ])
    func aBadCorpusLineIsNamedByItsNumber(_ input: String, _ line: Int) {
        // Given a corpus with one bad line
        // When it is read
        // Then the error names that line
        #expect {
            try CoachCorpus.parse(jsonl: Array(input.utf8))
        } throws: { error in
            guard case .invalidLine(let number, _) = error as? CoachCorpusError else { return false }
            return number == line
        }
    }

    @Test func aGoodCorpusIsReadWhole() throws {
        // Given two labelled lines and a blank one
        let input = """
            {"id":"m1","kind":"email","genre":"cold","label":"seller-centric","reason":"all about us","source":"https://a.example/x","text":"We are great."}

            {"id":"m2","kind":"note","label":"customer-centric","source":"https://b.example/y","text":"They lose 3 hours a day."}
            """
        // When it is read
        let messages = try CoachCorpus.parse(jsonl: Array(input.utf8))
        // Then both messages come back with their fields
        #expect(messages.map(\.id) == ["m1", "m2"])
        #expect(messages[0].label == .sellerCentric && messages[0].genre == "cold")
        #expect(messages[1].kind == .note && messages[1].source == "https://b.example/y")
    }

    @Test func theEvaluationTableCountsOppositesApartFromMixedVerdicts() {
        // Given three clear messages: one right, one judged mixed, one judged the opposite way
        var evaluation = CoachModelEvaluation()
        let a = CoachCorpusMessage(id: "a", kind: .email, label: .sellerCentric, source: "s", text: "")
        let b = CoachCorpusMessage(id: "b", kind: .email, label: .sellerCentric, source: "s", text: "")
        let c = CoachCorpusMessage(id: "c", kind: .note, label: .customerCentric, source: "s", text: "")
        // When they are added
        evaluation.add(a, verdict: .sellerCentric)
        evaluation.add(b, verdict: .mixed)
        evaluation.add(c, verdict: .sellerCentric)
        // Then one in three is right and one is opposite
        #expect(evaluation.clearRight == 1 && evaluation.clear == 3)
        #expect(evaluation.opposite == ["c"])
        #expect(evaluation.confusion == [[1, 1, 0], [0, 0, 0], [1, 0, 0]])
        #expect(evaluation.perKind["note"]?.right == 0)
    }
}

extension CoachModelTests {
    @Test(arguments: [
        "Hi Marta, your team said the backlog doubled in March. What is it costing the plant each week?",
        "My name is Jason from Brightline. We are the leading provider of forecasting software. Free Tuesday?",
        "Just checking in on the PO. Any update? I'd love to close before our quarter ends.",
        "",
    ])
    func theCoachsFastScoreIsTheModelsScoreOfTheFullVector(_ text: String) {
        // Given a message and the coach with the committed weights
        let coach = MessageCoach()
        // When the report is made and the full feature vector is scored by the model itself
        let report = coach.coach(text)
        let vector = coach.featureVector(text, kind: .email)
        let (verdict, score) = CoachJudgement.judge(model: coach.model, features: vector, contextPoints: 0)
        // Then both give the same verdict and score
        #expect(report.verdict == verdict)
        #expect(report.score == score)
    }
}
