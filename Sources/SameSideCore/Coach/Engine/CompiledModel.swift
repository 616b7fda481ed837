/// A ``CoachModel`` made ready for one lexicon: which of the lexicon's word ids are in the model's vocabulary.
///
/// A class, so that the analyzer made for every message holds one reference to it, not a dozen.
final class CompiledModel: Sendable {
    /// Prefix of every vocabulary feature name (`word:platform`).
    static let wordPrefix = "word:"

    let model: CoachModel
    /// For each lexicon word id, its index among the vocabulary words, or -1.
    let wordSlots: [Int32]
    /// How many vocabulary words the model has (features after ``CoachFeatures/names``).
    let vocabularyCount: Int
    /// Per feature, `weight / scale`: the raw score is `offset + Σ slope · x`, words absent counting 0.
    let slopes: [Double]
    let offset: Double
    /// How many features come before the vocabulary.
    let denseCount: Int

    /// Maps the model's `word:…` features to `lexicon`'s ids (words the lexicon does not know never match).
    init(_ model: CoachModel, lexicon: CompiledLexicon) {
        self.model = model
        var slots = [Int32](repeating: -1, count: lexicon.wordClasses.count)
        var count = 0
        for name in model.featureNames where name.hasPrefix(Self.wordPrefix) {
            let id = lexicon.table.lookup(WordHash.of(String(name.dropFirst(Self.wordPrefix.count))))
            if id >= 0 && Int(id) < slots.count { slots[Int(id)] = Int32(count) }
            count += 1
        }
        wordSlots = slots
        vocabularyCount = count
        (slopes, offset) = Self.slopes(model)
        denseCount = model.featureNames.count - count
    }

    private static func slopes(_ model: CoachModel) -> ([Double], Double) {
        var slopes: [Double] = []
        var offset = 0.0
        for i in model.weights.indices {
            slopes.append(model.weights[i] / model.scales[i])
            offset -= model.weights[i] * model.means[i] / model.scales[i]
        }
        return (slopes, offset)
    }

    /// ``CoachModel/rawScore(_:)`` of the vector ``vector(dense:wordHits:)`` would build, without building it:
    /// `hits` are the distinct vocabulary slots the seller used. Pure.
    func rawScore(dense: [Double], hits: [Int32]) -> Double {
        var s = offset
        for i in 0..<min(dense.count, denseCount) { s += slopes[i] * dense[i] }
        for slot in hits where denseCount + Int(slot) < slopes.count { s += slopes[denseCount + Int(slot)] }
        return s
    }

    /// ``CoachModel/drivers(_:limit:)`` without building the vector: the measures and the words used (a word the
    /// message does not use is never a driver here). Pure.
    func drivers(dense: [Double], hits: [Int32], limit: Int = 5) -> [CoachDriver] {
        let points = model.pointsPerUnit
        let means = model.means
        var top: [(index: Int, value: Double, effect: Double)] = []
        top.reserveCapacity(limit + 1)
        let total = denseCount + hits.count
        var k = 0
        while k < total {
            let index = k < denseCount ? k : denseCount + Int(hits[k - denseCount])
            let value = k < denseCount ? (k < dense.count ? dense[k] : 0) : 1
            k += 1
            guard index < slopes.count else { continue }
            let effect = slopes[index] * (value - means[index]) * points
            guard abs(effect) >= 0.5 else { continue }
            if top.count == limit, let last = top.last, abs(last.effect) >= abs(effect) { continue }
            var at = top.count
            while at > 0 && abs(top[at - 1].effect) < abs(effect) { at -= 1 }
            top.insert((index, value, effect), at: at)
            if top.count > limit { top.removeLast() }
        }
        return top.map {
            CoachDriver(
                feature: model.featureNames[$0.index], value: ($0.value * 100).rounded() / 100,
                effect: ($0.effect * 10).rounded() / 10)
        }
    }

    /// Every lexicon word as its own slot (slot = id): what training uses to see which words a message has.
    init(everyWordOf lexicon: CompiledLexicon) {
        model = CoachModel(featureNames: [], means: [], scales: [], weights: [], sellerBelow: -1, customerFrom: 1)
        wordSlots = (0..<lexicon.wordClasses.count).map { Int32($0) }
        vocabularyCount = lexicon.wordClasses.count
        slopes = []
        offset = 0
        denseCount = 0
    }

    /// The full feature vector: the message's measures, then 1 or 0 for each vocabulary word. Pure.
    func vector(dense: [Double], wordHits: [Int32]) -> [Double] {
        var v = dense
        let start = v.count
        v.append(contentsOf: repeatElement(0, count: vocabularyCount))
        for slot in wordHits where slot >= 0 && Int(slot) < vocabularyCount { v[start + Int(slot)] = 1 }
        return v
    }
}
