/// A ``CoachSentenceReader`` as the sentence loop uses it: the logits of the three readings (us, neither, them,
/// in the first three lanes) are `offset + Σ measureSlopes[j]·measureⱼ + Σ wordSlopes[slot] + Σ grams[g]` (slopes)
/// over the distinct vocabulary words (slots of the message model's vocabulary) and the distinct grams of the
/// sentence.
///
/// Grams are the reader's `gram:` features in order: one word (`gram:budget`) or two neighbouring words of one
/// stretch of the sentence (`gram:our team`; docs/coach.md, "Sentences").
struct ReaderTables: Sendable {
    /// Prefix of every gram feature name.
    static let gramPrefix = "gram:"
    /// ``GramEntry/meta`` bits: a pair gram starts, or ends, with this one-word gram.
    static let startsPair: UInt8 = 1
    static let endsPair: UInt8 = 2

    let measureSlopes: [SIMD4<Double>]
    let wordSlopes: [SIMD4<Double>]
    /// Whether any vocabulary word has a slope (a reader of grams only reads no vocabulary words).
    let readsWords: Bool
    /// Per gram, its slopes (flags 0; ``GramLayout`` lays them out for the sentence loop).
    let grams: [GramEntry]
    /// Per gram, its word for a one-word gram and "" for a pair (``CompiledLexicon/init(_:gramWords:)``).
    let gramWords: [String]
    /// Per pair gram, its gram and the grams of its two words.
    let gramPairs: [(pair: Int32, first: Int32, second: Int32)]
    let offset: SIMD4<Double>
    let isEmpty: Bool
    /// ``SentenceMeasures/smallLog1p``, held here so that reading a sentence touches no global.
    let smallLog1p = SentenceMeasures.smallLog1p

    static let none = ReaderTables()

    /// A gram's slopes (us, neither, them) in single precision, and in `meta` its flags (``startsPair``,
    /// ``endsPair``): 16 bytes, so that one load brings all the sentence loop needs of a gram.
    struct GramEntry: Sendable {
        var us: Float
        var neither: Float
        var them: Float
        var meta: UInt32

        /// The slopes as a vector (fourth lane 0).
        @inline(__always)
        var slopes: SIMD4<Float> { SIMD4(us, neither, them, 0) }
    }

    private init() {
        measureSlopes = []
        wordSlopes = []
        readsWords = false
        grams = []
        gramWords = []
        gramPairs = []
        offset = .zero
        isEmpty = true
    }

    /// A copy of `other` in memory of its own. Pure.
    init(copying other: ReaderTables) {
        measureSlopes = CompiledLexicon.ownCopy(other.measureSlopes)
        wordSlopes = CompiledLexicon.ownCopy(other.wordSlopes)
        readsWords = other.readsWords
        grams = CompiledLexicon.ownCopy(other.grams)
        gramWords = other.gramWords
        gramPairs = other.gramPairs
        offset = other.offset
        isEmpty = other.isEmpty
    }

    /// Maps `reader`'s features to ``SentenceMeasures/names``, to the slots of `vocabulary` (the message
    /// model's `word:…` names, in slot order) and to grams. Features of no kind are dropped.
    init(_ reader: CoachSentenceReader, vocabulary: ArraySlice<String>) {
        var measureIndex: [String: Int] = [:]
        for (j, name) in SentenceMeasures.names.enumerated() { measureIndex[name] = j }
        var slotIndex: [String: Int] = [:]
        for (slot, name) in vocabulary.enumerated() { slotIndex[name] = slot }
        var measures = [SIMD4<Double>](repeating: .zero, count: SentenceMeasures.count)
        var words = [SIMD4<Double>](repeating: .zero, count: vocabulary.count)
        var grams: [SIMD4<Double>] = []
        var gramNames: [Substring] = []
        var offset = SIMD4<Double>(reader.biases[0], reader.biases[1], reader.biases[2], 0)
        for (j, name) in reader.featureNames.enumerated() {
            let weights = SIMD4<Double>(reader.weights[3 * j], reader.weights[3 * j + 1], reader.weights[3 * j + 2], 0)
            let slope = weights / reader.scales[j]
            // Grams first: they are most of the features, and a prefix costs less than two dictionary look-ups.
            if name.utf8.starts(with: Self.gramPrefix.utf8) {
                grams.append(slope)
                gramNames.append(name.dropFirst(Self.gramPrefix.count))
            } else if let m = measureIndex[name] {
                measures[m] = slope
            } else if let slot = slotIndex[name] {
                words[slot] = slope
            } else {
                continue
            }
            offset -= slope * reader.means[j]
        }
        var gramOfWord: [Substring: Int32] = [:]
        var gramWords: [String] = []
        for (g, name) in gramNames.enumerated() {
            let isWord = !ReaderTables.isPair(name)
            if isWord { gramOfWord[name] = Int32(g) }
            gramWords.append(isWord ? String(name) : "")
        }
        var gramPairs: [(pair: Int32, first: Int32, second: Int32)] = []
        for (g, name) in gramNames.enumerated() where ReaderTables.isPair(name) {
            guard let space = name.utf8.firstIndex(of: UInt8(ascii: " ")),
                let first = gramOfWord[name[..<space]],
                let second = gramOfWord[name[name.utf8.index(after: space)...]]
            else { continue }
            gramPairs.append((Int32(g), first, second))
        }
        self.measureSlopes = measures
        self.wordSlopes = words
        self.readsWords = words.contains { $0 != .zero }
        self.grams = grams.map { GramEntry(us: Float($0[0]), neither: Float($0[1]), them: Float($0[2]), meta: 0) }
        self.gramPairs = gramPairs
        self.gramWords = gramWords
        self.offset = offset
        self.isEmpty = false
    }

    /// Per gram of `reader` (its `gram:` features in order), its word for a one-word gram and "" for a pair:
    /// what ``CompiledLexicon/init(_:gramWords:)`` needs, without building the tables. Pure.
    static func gramWords(_ reader: CoachSentenceReader?) -> [String] {
        guard let reader else { return [] }
        return reader.featureNames.lazy.filter { $0.hasPrefix(gramPrefix) }.map {
            let name = $0.dropFirst(gramPrefix.count)
            return ReaderTables.isPair(name) ? "" : String(name)
        }
    }

    /// Whether a gram name is a pair of words (its two words have a space between). Pure.
    @inline(__always)
    static func isPair<Name: StringProtocol>(_ name: Name) -> Bool { name.utf8.contains(UInt8(ascii: " ")) }

    /// The words' share of the logits: the sum of the slopes of distinct vocabulary `slots`. Pure.
    @inline(__always)
    func wordLogits<Slots: Sequence<Int32>>(_ slots: Slots) -> SIMD4<Double> {
        var sum = SIMD4<Double>.zero
        wordSlopes.withUnsafeBufferPointer { slopes in
            for slot in slots where slot >= 0 && Int(slot) < slopes.count { sum += slopes[Int(slot)] }
        }
        return sum
    }

    /// The grams' share of the logits: the sum of the slopes of `grams` (repeats count again), added in single
    /// precision in the order given, as the sentence loop adds them. Pure.
    func gramLogits<Grams: Sequence<Int32>>(_ grams: Grams) -> SIMD4<Double> {
        var sum = SIMD4<Float>.zero
        for g in grams where g >= 0 && Int(g) < self.grams.count { sum += self.grams[Int(g)].slopes }
        return Self.widened(sum)
    }

    /// A single-precision sum of slopes in double precision.
    @inline(__always)
    static func widened(_ sum: SIMD4<Float>) -> SIMD4<Double> {
        SIMD4(Double(sum[0]), Double(sum[1]), Double(sum[2]), 0)
    }

    /// P(us) and P(them) of a sentence: its facts and its words' and grams' logits (``wordLogits(_:)``). Pure.
    @inline(__always)
    func read(_ facts: SentenceFacts, wordLogits: SIMD4<Double>) -> (us: Double, them: Double) {
        var logits = offset + wordLogits
        measureSlopes.withUnsafeBufferPointer { slopes in
            smallLog1p.withUnsafeBufferPointer { table in
                SentenceMeasures.forEachNonZero(facts, smallLog1p: table) { j, value in
                    logits += slopes[j] * value
                }
            }
        }
        let p = CoachSentenceReader.softmax(logits[0], logits[1], logits[2])
        return (p.0, p.2)
    }

    /// The same from the measures written out (``SentenceMeasures/write(_:into:)``), as training keeps them. Pure.
    func read(measures: [Double], wordLogits: SIMD4<Double>) -> (us: Double, them: Double) {
        var logits = offset + wordLogits
        for j in 0..<min(measures.count, SentenceMeasures.count) where measures[j] != 0 {
            logits += measureSlopes[j] * measures[j]
        }
        let p = CoachSentenceReader.softmax(logits[0], logits[1], logits[2])
        return (p.0, p.2)
    }
}
