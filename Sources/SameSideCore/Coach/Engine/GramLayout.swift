/// The sentence reader's grams laid out for one lexicon's token ids, so that the sentence loop finds a word's
/// gram with one load and a pair's with one probe (docs/coach.md, "Benchmark").
///
/// Every word token has an entry index: a lexicon id is its own index, and a reader word the lexicon does not
/// know (id `-2 − k`, ``CompiledLexicon/init(_:gramWords:)``) is `wordCount + k`. ``entries`` holds each
/// index's slopes and flags (all 0 for a word that is no gram, whose adding then changes nothing); pair grams
/// live in ``pairs``, an open-addressing table keyed by the two indices, slopes in the slot.
///
/// A class that owns its memory behind pointers, written once in `init` and only read after: the sentence loop
/// reads it without bounds checks or reference counting per word.
final class GramLayout: @unchecked Sendable {
    typealias Entry = ReaderTables.GramEntry

    /// A pair gram: its key (0 when the slot is empty) and its slopes.
    struct PairSlot {
        var key: UInt64
        var entry: Entry
    }

    /// How many ids the lexicon has (entries past them are reader words it does not know).
    let wordCount: Int
    let entryCount: Int
    let entries: UnsafeMutablePointer<Entry>
    /// ``pairs`` has `pairMask + 1` slots (a power of two), at most half of them full.
    let pairMask: Int
    let pairs: UnsafeMutablePointer<PairSlot>
    /// One bit per ``pairBit(_:)`` of every pair's key: most neighbouring words make no pair gram, and this
    /// small table says so without a probe of ``pairs``.
    let pairBits: UnsafeMutablePointer<UInt64>

    /// How many 64-bit words ``pairBits`` has.
    static let pairBitWords = 1024

    /// A layout without grams.
    static let none = GramLayout(wordCount: 0, entries: [], pairs: [], pairBits: [])

    var isEmpty: Bool { entryCount == 0 }

    private init(wordCount: Int, entries: [Entry], pairs: [PairSlot], pairBits: [UInt64]) {
        self.wordCount = wordCount
        entryCount = entries.count
        self.entries = Self.copy(entries)
        pairMask = max(pairs.count - 1, 0)
        self.pairs = Self.copy(pairs.isEmpty ? [PairSlot(key: 0, entry: Self.zero)] : pairs)
        self.pairBits = Self.copy(pairBits.isEmpty ? [UInt64](repeating: 0, count: Self.pairBitWords) : pairBits)
    }

    private static let zero = Entry(us: 0, neither: 0, them: 0, meta: 0)

    /// `reader`'s grams at `lexicon`'s token ids. Words the lexicon cannot find (compiled without them) are left
    /// out, and so are the pairs they are part of. Pure.
    convenience init(_ reader: ReaderTables, lexicon: CompiledLexicon) {
        guard !reader.grams.isEmpty else {
            self.init(wordCount: 0, entries: [], pairs: [], pairBits: [])
            return
        }
        let wordCount = lexicon.wordClasses.count
        var entries = [Entry](repeating: Self.zero, count: wordCount + lexicon.unknownGramWords)
        var indexOfGram = [Int](repeating: -1, count: reader.grams.count)
        for (g, word) in reader.gramWords.enumerated() where !word.isEmpty {
            let id = Int(lexicon.table.lookup(WordHash.of(word)))
            let index = id >= 0 ? id : (id <= -2 ? wordCount + (-2 - id) : -1)
            guard index >= 0 && index < entries.count else { continue }
            indexOfGram[g] = index
            entries[index] = reader.grams[g]
        }
        var capacity = 16
        while capacity < reader.gramPairs.count * 2 { capacity <<= 1 }
        var pairs = [PairSlot](repeating: PairSlot(key: 0, entry: Self.zero), count: capacity)
        var pairBits = [UInt64](repeating: 0, count: Self.pairBitWords)
        for (pair, first, second) in reader.gramPairs {
            let (a, b) = (indexOfGram[Int(first)], indexOfGram[Int(second)])
            guard a >= 0 && b >= 0 else { continue }
            entries[a].meta |= UInt32(ReaderTables.startsPair)
            entries[b].meta |= UInt32(ReaderTables.endsPair)
            let key = Self.pairKey(a, b)
            var slot = Self.home(key, mask: capacity - 1)
            while pairs[slot].key != 0 && pairs[slot].key != key { slot = (slot + 1) & (capacity - 1) }
            pairs[slot] = PairSlot(key: key, entry: reader.grams[Int(pair)])
            let bit = Self.pairBit(key)
            pairBits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.init(wordCount: wordCount, entries: entries, pairs: pairs, pairBits: pairBits)
    }

    /// A copy of `other` in memory of its own (see ``CompiledLexicon/init(copying:)``). Pure.
    convenience init(copying other: GramLayout) {
        self.init(
            wordCount: other.wordCount,
            entries: Array(UnsafeBufferPointer(start: other.entries, count: other.entryCount)),
            pairs: Array(UnsafeBufferPointer(start: other.pairs, count: other.pairMask + 1)),
            pairBits: Array(UnsafeBufferPointer(start: other.pairBits, count: Self.pairBitWords)))
    }

    deinit {
        entries.deallocate()
        pairs.deallocate()
        pairBits.deallocate()
    }

    /// The slopes of the pair of entry indices `first` then `second` when it is a gram. Pure.
    @inline(__always)
    func pair(_ first: Int, _ second: Int) -> SIMD4<Float>? {
        let key = Self.pairKey(first, second)
        let bit = Self.pairBit(key)
        guard pairBits[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
        var slot = Self.home(key, mask: pairMask)
        while pairs[slot].key != key {
            if pairs[slot].key == 0 { return nil }
            slot = (slot + 1) & pairMask
        }
        return pairs[slot].entry.slopes
    }

    /// The entry index of a token's word id, or -1 for a word that is no lexicon word and no reader word. Pure.
    @inline(__always)
    func index(_ word: Int32) -> Int {
        let index = word >= 0 ? Int(word) : (word <= -2 ? wordCount + Int(-2 - word) : -1)
        return index < entryCount ? index : -1
    }

    /// The key of the pair of entry indices `first` then `second` (never 0). Pure.
    ///
    /// Multiplied by an odd constant (one to one, and 0 only for 0): the plain pair of small numbers put the
    /// pairs of one word side by side, so that probing for a pair that is not there walked long runs of full
    /// slots (the coach ran six times slower).
    @inline(__always)
    static func pairKey(_ first: Int, _ second: Int) -> UInt64 {
        ((UInt64(truncatingIfNeeded: first) << 32 | UInt64(truncatingIfNeeded: second)) &+ 1) &* 0x9E37_79B9_7F4A_7C15
    }

    /// The first slot a key is looked for in.
    @inline(__always)
    static func home(_ key: UInt64, mask: Int) -> Int { Int(truncatingIfNeeded: key ^ (key >> 29)) & mask }

    /// The bit of ``pairBits`` for a key (from its high bits; ``home(_:mask:)`` uses the low ones).
    @inline(__always)
    static func pairBit(_ key: UInt64) -> Int { Int(truncatingIfNeeded: key >> 48) & (pairBitWords * 64 - 1) }

    /// `array`'s elements in memory of its own.
    private static func copy<Element>(_ array: [Element]) -> UnsafeMutablePointer<Element> {
        let pointer = UnsafeMutablePointer<Element>.allocate(capacity: max(array.count, 1))
        array.withUnsafeBufferPointer { source in
            if let base = source.baseAddress { pointer.initialize(from: base, count: source.count) }
        }
        return pointer
    }
}
