import Foundation

/// Fitted weights that read whom one seller sentence is about — us, neither side, or them — by multinomial
/// logistic regression over the sentence's measures and the vocabulary words it uses (docs/coach.md,
/// "Sentences"). The coach turns its readings of a message's sentences into ten measures of the message. Values
/// only; pure.
public struct CoachSentenceReader: Sendable, Equatable {
    /// The three readings, in the order of each feature's weights.
    public static let readings = ["us", "neither", "them"]

    /// Sentence measure names (``SentenceMeasures``), then `word:…` names; every word must be a word of the
    /// message model's vocabulary (the coach finds a sentence's words through it).
    public var featureNames: [String]
    public var means: [Double]
    public var scales: [Double]
    /// Three weights per feature (us, neither, them): `weights[3·j + reading]`.
    public var weights: [Double]
    /// One intercept per reading.
    public var biases: [Double]

    public init(featureNames: [String], means: [Double], scales: [Double], weights: [Double], biases: [Double]) {
        self.featureNames = featureNames
        self.means = means
        self.scales = scales
        self.weights = weights
        self.biases = biases
    }

    /// P(us), P(neither), P(them) of a full vector (measures, then 1 or 0 per word). Pure.
    func probabilities(_ x: [Double]) -> [Double] {
        var logits = biases
        for j in 0..<min(x.count, featureNames.count) {
            let z = (x[j] - means[j]) / scales[j]
            for c in 0..<3 { logits[c] += weights[3 * j + c] * z }
        }
        let p = Self.softmax(logits[0], logits[1], logits[2])
        return [p.0, p.1, p.2]
    }

    /// The softmax of three logits. Pure.
    ///
    /// Relative to the largest logit, whose exponential is 1: two exponentials, not three.
    @inline(__always)
    static func softmax(_ a: Double, _ b: Double, _ c: Double) -> (Double, Double, Double) {
        if a >= b && a >= c {
            let (eb, ec) = (exp(b - a), exp(c - a))
            let sum = 1 + eb + ec
            return (1 / sum, eb / sum, ec / sum)
        }
        if b >= c {
            let (ea, ec) = (exp(a - b), exp(c - b))
            let sum = ea + 1 + ec
            return (ea / sum, 1 / sum, ec / sum)
        }
        let (ea, eb) = (exp(a - c), exp(b - c))
        let sum = ea + eb + 1
        return (ea / sum, eb / sum, 1 / sum)
    }
}
