import Foundation

/// Fitted weights that turn a message's features into a score and a verdict (ordinal logistic regression).
///
/// The score `s = Σ wᵢ·(xᵢ − meanᵢ)/scaleᵢ` is compared with two fitted thresholds: below `sellerBelow` the
/// message is seller-centric, from `customerFrom` on customer-centric, mixed between. The 0–100 score maps
/// `sellerBelow` to 40 and `customerFrom` to 60, so the verdict bands of docs/coach.md hold. Values only; pure.
public struct CoachModel: Sendable, Equatable {
    /// Feature names in vector order; they must equal the coach's own (checked by a test).
    public var featureNames: [String]
    public var means: [Double]
    public var scales: [Double]
    public var weights: [Double]
    public var sellerBelow: Double
    public var customerFrom: Double
    /// The sentence reader whose readings feed the `reader…` measures; without one they are all 0.
    public var sentenceReader: CoachSentenceReader?

    public init(
        featureNames: [String], means: [Double], scales: [Double], weights: [Double], sellerBelow: Double,
        customerFrom: Double, sentenceReader: CoachSentenceReader? = nil
    ) {
        self.featureNames = featureNames
        self.means = means
        self.scales = scales
        self.weights = weights
        self.sellerBelow = sellerBelow
        self.customerFrom = customerFrom
        self.sentenceReader = sentenceReader
    }

    /// Whether every number of the model and of its sentence reader is finite (a diverged fit is not).
    public var isFinite: Bool {
        let numbers = means + scales + weights + [sellerBelow, customerFrom]
        let reader = sentenceReader.map { $0.means + $0.scales + $0.weights + $0.biases } ?? []
        return (numbers + reader).allSatisfy(\.isFinite)
    }

    /// The committed model, fitted by `sameside coach-model fit` (Lexicon/StandardCoachModel.swift).
    public static var standard: CoachModel { StandardCoachModel.model }

    /// The names of the coach's features, in the order a model's weights must follow.
    public static var coachFeatureNames: [String] { CoachFeatures.names }

    /// The raw score of a feature vector. Pure.
    func rawScore(_ x: [Double]) -> Double {
        var s = 0.0
        for i in 0..<min(x.count, weights.count) { s += weights[i] * (x[i] - means[i]) / scales[i] }
        return s
    }

    /// Score points per unit of raw score.
    var pointsPerUnit: Double { 20 / max(customerFrom - sellerBelow, 1e-6) }

    /// The raw score on the 0–100 scale (unclamped, unrounded). Pure.
    func points(_ raw: Double) -> Double { 40 + (raw - sellerBelow) * pointsPerUnit }

    /// The features that moved the score most, largest effect first (at most `limit`, each at least half a point).
    func drivers(_ x: [Double], limit: Int = 5) -> [CoachDriver] {
        var all: [CoachDriver] = []
        for i in 0..<min(x.count, weights.count) {
            let effect = weights[i] * (x[i] - means[i]) / scales[i] * pointsPerUnit
            guard abs(effect) >= 0.5 else { continue }
            all.append(CoachDriver(feature: featureNames[i], value: (x[i] * 100).rounded() / 100, effect: effect))
        }
        all.sort { abs($0.effect) != abs($1.effect) ? abs($0.effect) > abs($1.effect) : $0.feature < $1.feature }
        return all.prefix(limit).map {
            CoachDriver(feature: $0.feature, value: $0.value, effect: ($0.effect * 10).rounded() / 10)
        }
    }
}

/// One feature's share in a verdict: its value in the message and how many score points it moved.
public struct CoachDriver: Sendable, Equatable {
    /// A name from ``CoachModel/coachFeatureNames`` (docs/coach.md says what each measures).
    public var feature: String
    /// The feature's value in this message (rounded to 0.01).
    public var value: Double
    /// Score points it added (positive: towards customer-centric), rounded to 0.1.
    public var effect: Double

    public init(feature: String, value: Double, effect: Double) {
        self.feature = feature
        self.value = value
        self.effect = effect
    }
}
