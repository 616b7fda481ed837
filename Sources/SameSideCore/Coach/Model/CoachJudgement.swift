/// The verdict and 0–100 score of a feature vector under a model, with the rules that are policy, not fit.
enum CoachJudgement {
    /// Verdict and score. Pure.
    ///
    /// The fitted score on 0–100, plus `contextPoints` (the deal's goals the message uses, weighed by hand because
    /// the corpus has no deals). Pressure is a feature like the others: the old cap (any pressure ≤ 59) cost 2–3
    /// points out of fold, because real messages mostly about the customer still carry a "just checking in"; the
    /// finding and its suggestion remain.
    static func judge(model: CoachModel, features: [Double], contextPoints: Double) -> (CoachVerdict, Int) {
        judge(model: model, raw: model.rawScore(features), dense: features, contextPoints: contextPoints)
    }

    /// Verdict and score from a raw score already computed (`dense` starts with the measures). Pure.
    static func judge(model: CoachModel, raw: Double, dense: [Double], contextPoints: Double) -> (CoachVerdict, Int) {
        // No words, nothing to judge: the middle of the scale.
        if let words = CoachFeatures.wordsIndex, words < dense.count, dense[words] == 0 { return (.mixed, 50) }
        let score = model.points(raw) + contextPoints
        let finalScore = Int(max(0, min(100, score.isFinite ? score.rounded() : 50)))
        let verdict: CoachVerdict =
            finalScore >= 60 ? .customerCentric : (finalScore < 40 ? .sellerCentric : .mixed)
        return (verdict, finalScore)
    }
}
