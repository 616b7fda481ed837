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
    /// The measures with a weight (the others never move the score, so they are never drivers).
    let weightedDense: [Int]
    /// Per vocabulary slot, the effect of using the word (``drivers(dense:hits:limit:)``'s formula at value 1);
    /// 0 when under half a point, so that such words are skipped.
    let wordEffects: [Double]
    /// The sentence reader, ready for the sentence loop (``ReaderTables/none`` without one).
    let reader: ReaderTables
    /// The reader's grams at the lexicon's token ids.
    let grams: GramLayout

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
        (weightedDense, wordEffects) = Self.driverTables(slopes: slopes, model: model, denseCount: denseCount)
        reader = model.sentenceReader.map { ReaderTables($0, vocabulary: model.featureNames.suffix(count)) } ?? .none
        grams = GramLayout(reader, lexicon: lexicon)
    }

    /// A copy of `other` whose tables live in memory of their own (same contents; see
    /// ``CompiledLexicon/init(copying:)``). Pure; a copy costs far less than reading the reader's names again.
    init(copying other: CompiledModel) {
        model = other.model
        wordSlots = CompiledLexicon.ownCopy(other.wordSlots)
        vocabularyCount = other.vocabularyCount
        slopes = CompiledLexicon.ownCopy(other.slopes)
        offset = other.offset
        denseCount = other.denseCount
        weightedDense = CompiledLexicon.ownCopy(other.weightedDense)
        wordEffects = CompiledLexicon.ownCopy(other.wordEffects)
        reader = ReaderTables(copying: other.reader)
        grams = GramLayout(copying: other.grams)
    }

    private static func driverTables(
        slopes: [Double], model: CoachModel, denseCount: Int
    ) -> ([Int], [Double]) {
        let points = model.pointsPerUnit
        let weighted = (0..<min(denseCount, slopes.count)).filter { slopes[$0] != 0 }
        var effects: [Double] = []
        var index = denseCount
        while index < slopes.count {
            let effect = slopes[index] * (1 - model.means[index]) * points
            effects.append(abs(effect) >= 0.5 ? effect : 0)
            index += 1
        }
        return (weighted, effects)
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
    ///
    /// Measures without a weight and words under half a point are skipped (they can never be drivers); the rest
    /// are ranked in a fixed buffer of `limit` places, in the same order as before: the measures in vector order,
    /// then the words in the order used, an earlier one staying ahead of a later one of equal size.
    func drivers(dense: [Double], hits: [Int32], limit: Int = 5) -> [CoachDriver] {
        guard limit > 0 else { return [] }
        let points = model.pointsPerUnit
        return withUnsafeTemporaryAllocation(of: (index: Int, value: Double, effect: Double).self, capacity: limit) {
            top in
            var count = 0
            func offer(_ index: Int, _ value: Double, _ effect: Double) {
                if count == limit && abs(top[count - 1].effect) >= abs(effect) { return }
                var at = count
                while at > 0 && abs(top[at - 1].effect) < abs(effect) { at -= 1 }
                var k = min(count, limit - 1)
                while k > at {
                    top[k] = top[k - 1]
                    k -= 1
                }
                top[at] = (index, value, effect)
                if count < limit { count += 1 }
            }
            model.means.withUnsafeBufferPointer { means in
                for index in weightedDense {
                    let value = index < dense.count ? dense[index] : 0
                    let effect = slopes[index] * (value - means[index]) * points
                    if abs(effect) >= 0.5 { offer(index, value, effect) }
                }
            }
            for slot in hits {
                let k = Int(slot)
                guard k < wordEffects.count, wordEffects[k] != 0 else { continue }
                offer(denseCount + k, 1, wordEffects[k])
            }
            var result: [CoachDriver] = []
            result.reserveCapacity(count)
            for k in 0..<count {
                let entry = top[k]
                result.append(
                    CoachDriver(
                        feature: model.featureNames[entry.index], value: (entry.value * 100).rounded() / 100,
                        effect: (entry.effect * 10).rounded() / 10))
            }
            return result
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
        weightedDense = []
        wordEffects = []
        reader = .none
        grams = .none
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
