import Foundation

/// Fits a ``CoachModel`` by ordinal logistic regression with an L2 penalty. Deterministic and pure.
///
/// Labels are ordered seller-centric < mixed < customer-centric. `P(y ≤ seller) = σ(θ₁ − s)`,
/// `P(y ≤ mixed) = σ(θ₂ − s)`; the mean negative log-likelihood plus `λ/2·‖w‖²` is minimised by full-batch
/// gradient descent with Nesterov momentum for a fixed number of steps from zero weights, on features
/// standardised with the fitting set's means and standard deviations.
///
/// The defaults (λ = 0.2, mixed messages at 0.4 of a clear one's weight, so the mixed band stays narrow) were
/// chosen among the settings tried by the out-of-fold figure on the same folds, and λ again on 2,948 messages
/// with each collection left out too (the penalty is on a mean loss, so more messages want less of it);
/// docs/coach.md says so.
public struct CoachModelFitter: Sendable {
    public var lambda: Double
    public var steps: Int
    public var learningRate: Double
    /// How much a mixed-labelled message weighs in the loss, against 1 for a clear one.
    public var mixedWeight: Double
    /// The L2 penalty on vocabulary words (`word:…`); nil: ``lambda``.
    public var wordLambda: Double?
    /// The most vocabulary words a model takes.
    public var vocabularyLimit: Int
    /// Whether vocabulary words are divided by their standard deviation like the measures (true), or kept on
    /// their 0/1 scale (false), where the penalty keeps a rarely used word from moving the score much.
    public var standardiseWords = true
    /// α: each clear message also adds α · −log(1 − P(the opposite clear label)) to the loss, so the fit gives up
    /// right verdicts for fewer opposite ones (a wider `mixed` band where it is unsure). 0, the committed fit's
    /// setting, leaves the plain likelihood; docs/coach.md has the exchange measured.
    public var oppositeWeight = 0.0

    public init(
        lambda: Double = 0.2, steps: Int = 1500, learningRate: Double = 0.2, mixedWeight: Double = 0.4,
        wordLambda: Double? = nil, vocabularyLimit: Int = CoachModelTraining.vocabularyLimit
    ) {
        self.vocabularyLimit = vocabularyLimit
        self.lambda = lambda
        self.wordLambda = wordLambda
        self.steps = steps
        self.learningRate = learningRate
        self.mixedWeight = mixedWeight
    }

    /// The model fitted on `vectors` with `labels` (same count; each vector as long as `names`). Pure.
    public func fit(names: [String], vectors: [[Double]], labels: [CoachVerdict]) -> CoachModel {
        let n = vectors.count
        let d = names.count
        var means = [Double](repeating: 0, count: d)
        var scales = [Double](repeating: 1, count: d)
        if n > 0 {
            for v in vectors { for j in 0..<d { means[j] += v[j] } }
            for j in 0..<d { means[j] /= Double(n) }
            var variance = [Double](repeating: 0, count: d)
            for v in vectors { for j in 0..<d { variance[j] += (v[j] - means[j]) * (v[j] - means[j]) } }
            for j in 0..<d {
                let sd = (variance[j] / Double(n)).squareRoot()
                let isWord = names[j].hasPrefix(CompiledModel.wordPrefix)
                scales[j] = sd > 1e-9 && (standardiseWords || !isWord) ? sd : 1
            }
        }
        // Row-major standardised matrix.
        var x = [Double](repeating: 0, count: n * d)
        for (i, v) in vectors.enumerated() { for j in 0..<d { x[i * d + j] = (v[j] - means[j]) / scales[j] } }
        let y = labels.map { label -> Int in
            switch label {
            case .sellerCentric: 0
            case .mixed: 1
            case .customerCentric: 2
            }
        }
        // Parameters: d weights, then the two thresholds.
        var theta = [Double](repeating: 0, count: d + 2)
        theta[d] = -1
        theta[d + 1] = 1
        let penalties = names.map { $0.hasPrefix(CompiledModel.wordPrefix) ? (wordLambda ?? lambda) : lambda }
        let learningRate = Self.stableStep(learningRate, largestPenalty: penalties.max() ?? lambda)
        var velocity = [Double](repeating: 0, count: d + 2)
        var gradient = [Double](repeating: 0, count: d + 2)
        let momentum = 0.9
        for _ in 0..<steps {
            var look = theta
            for k in 0..<(d + 2) { look[k] += momentum * velocity[k] }
            if look[d + 1] < look[d] + 0.05 { look[d + 1] = look[d] + 0.05 }
            Self.gradient(
                x: x, y: y, n: n, d: d, theta: look, penalties: penalties, mixedWeight: mixedWeight,
                oppositeWeight: oppositeWeight, into: &gradient)
            for k in 0..<(d + 2) {
                velocity[k] = momentum * velocity[k] - learningRate * gradient[k]
                theta[k] += velocity[k]
            }
            if theta[d + 1] < theta[d] + 0.05 { theta[d + 1] = theta[d] + 0.05 }
        }
        return CoachModel(
            featureNames: names, means: means, scales: scales, weights: Array(theta[0..<d]), sellerBelow: theta[d],
            customerFrom: theta[d + 1])
    }

    /// The step gradient descent takes: `learningRate`, but never so long that a large penalty makes it diverge
    /// (with momentum 0.9, a step of `c/λ` on the penalty alone is stable only for c below about 1.4; a penalty of
    /// 10 at the default 0.2 gave NaN weights, every message `mixed`). The defaults are far inside the bound, so
    /// their fit is unchanged. Pure.
    static func stableStep(_ learningRate: Double, largestPenalty: Double) -> Double {
        largestPenalty > 0 ? min(learningRate, 0.5 / largestPenalty) : learningRate
    }

    /// The mean negative log-likelihood plus the penalty at `theta`. Pure.
    static func loss(x: [Double], y: [Int], n: Int, d: Int, theta: [Double], lambda: Double) -> Double {
        var total = 0.0
        for i in 0..<n {
            var s = 0.0
            for j in 0..<d { s += theta[j] * x[i * d + j] }
            let a = sigmoid(theta[d] - s)
            let b = sigmoid(theta[d + 1] - s)
            let p = y[i] == 0 ? a : (y[i] == 1 ? b - a : 1 - b)
            total -= log(max(p, 1e-12))
        }
        var penalty = 0.0
        for j in 0..<d { penalty += theta[j] * theta[j] }
        return total / Double(max(n, 1)) + lambda / 2 * penalty
    }

    private static func gradient(
        x: [Double], y: [Int], n: Int, d: Int, theta: [Double], penalties: [Double], mixedWeight: Double,
        oppositeWeight: Double, into g: inout [Double]
    ) {
        var totalWeight = 0.0
        for label in y { totalWeight += label == 1 ? mixedWeight : 1 }
        for k in 0..<g.count { g[k] = 0 }
        x.withUnsafeBufferPointer { x in
            theta.withUnsafeBufferPointer { t in
                g.withUnsafeMutableBufferPointer { g in
                    for i in 0..<n {
                        let row = i * d
                        var s = 0.0
                        for j in 0..<d { s += t[j] * x[row + j] }
                        let a = sigmoid(t[d] - s)
                        let b = sigmoid(t[d + 1] - s)
                        // dL/dθ₁, dL/dθ₂ for this example; dL/ds = −(dθ₁ + dθ₂).
                        var d1 = 0.0
                        var d2 = 0.0
                        switch y[i] {
                        case 0:
                            d1 = -(1 - a)
                        case 2:
                            d2 = b
                        default:
                            let p = max(b - a, 1e-12)
                            d1 = a * (1 - a) / p
                            d2 = -b * (1 - b) / p
                        }
                        if y[i] == 1 {
                            d1 *= mixedWeight
                            d2 *= mixedWeight
                        }
                        // −log(1 − P(opposite)): for seller-centric −log σ(θ₂ − s), for customer-centric
                        // −log(1 − σ(θ₁ − s)).
                        if y[i] == 0 { d2 -= oppositeWeight * (1 - b) }
                        if y[i] == 2 { d1 += oppositeWeight * a }
                        let ds = -(d1 + d2)
                        for j in 0..<d { g[j] += ds * x[row + j] }
                        g[d] += d1
                        g[d + 1] += d2
                    }
                    let scale = 1 / max(totalWeight, 1)
                    for k in 0..<g.count { g[k] *= scale }
                    for j in 0..<d { g[j] += penalties[j] * t[j] }
                }
            }
        }
    }

    @inline(__always)
    static func sigmoid(_ z: Double) -> Double { 1 / (1 + exp(-z)) }
}
