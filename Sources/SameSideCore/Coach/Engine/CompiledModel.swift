/// A ``CoachModel`` made ready for one lexicon: which of the lexicon's word ids are in the model's vocabulary.
struct CompiledModel: Sendable {
    /// Prefix of every vocabulary feature name (`word:platform`).
    static let wordPrefix = "word:"

    let model: CoachModel
    /// For each lexicon word id, its index among the vocabulary words, or -1.
    let wordSlots: [Int32]
    /// How many vocabulary words the model has (features after ``CoachFeatures/names``).
    let vocabularyCount: Int

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
    }

    /// Every lexicon word as its own slot (slot = id): what training uses to see which words a message has.
    init(everyWordOf lexicon: CompiledLexicon) {
        model = CoachModel(featureNames: [], means: [], scales: [], weights: [], sellerBelow: -1, customerFrom: 1)
        wordSlots = (0..<lexicon.wordClasses.count).map { Int32($0) }
        vocabularyCount = lexicon.wordClasses.count
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
