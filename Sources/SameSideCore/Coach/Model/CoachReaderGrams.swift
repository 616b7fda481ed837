import Foundation

/// The sentence reader's grams as training sees them: each word of a seller sentence named as the tokenizer
/// reads it, and the words and neighbouring pairs of words each sentence uses (docs/coach.md, "Sentences").
///
/// The coach finds a gram through its word's hash (``CompiledLexicon/init(_:gramWords:)``), so a word's name
/// here is always a text whose hash is the tokenizer's hash of that word: contractions are named by their
/// parts ("don't" is `do` and `not`), and a word no text is known for has no name and no gram. Pure.
struct CoachReaderGrams {
    /// How many fitting sentences must use a gram for the reader to take it. Three, five and eight were within
    /// chance of each other out of fold and one collection out (docs/coach.md); five takes 42 % fewer grams than
    /// three, which starts the coach faster.
    static let minimumSentences = 5

    /// Every gram of the corpus: a word, or two words with a space between.
    private(set) var names: [String] = []
    private var ids: [String: Int32] = [:]
    /// Texts by hash: every word of the corpus in canonical form, its contraction bases, and the words
    /// contractions split into.
    private var text: [UInt64: String] = [:]
    private let expansions: [UInt64: [UInt64]]

    init() {
        var expansions: [UInt64: [UInt64]] = [:]
        for (word, parts) in Contractions.withoutApostrophe {
            expansions[WordHash.of(word)] = parts.map(WordHash.of)
            for part in parts { text[WordHash.of(part)] = part }
        }
        self.expansions = expansions
        for word in ["not", "are", "have", "will", "would", "am", "is", "can", "shall", "you", "all"] {
            text[WordHash.of(word)] = word
        }
    }

    /// The gram id of `name`, registering it. Pure.
    mutating func id(_ name: String) -> Int32 {
        if let id = ids[name] { return id }
        let id = Int32(names.count)
        ids[name] = id
        names.append(name)
        return id
    }

    /// The id of `name` if some sentence used it. Pure.
    func existingID(_ name: String) -> Int32? { ids[name] }

    /// The hashes the tokens of one sentence stand for, in order, with 0 between stretches of words (a mark,
    /// an excluded word): what the sentence loop reads its grams from. Learns the texts the words may be named
    /// by. Pure.
    mutating func hashes(
        _ p: UnsafeBufferPointer<UInt8>, tokens: [CoachToken], roles: [UInt8], in range: Range<Int>
    ) -> [UInt64] {
        var out: [UInt64] = []
        var t = range.lowerBound
        while t < range.upperBound {
            let token = tokens[t]
            guard token.kind == .word, roles[t] != TokenRole.excluded else {
                out.append(0)
                t += 1
                continue
            }
            // The tokens of one word share its span: a contraction's parts follow its first token.
            let start = Int(token.start)
            let end = Int(token.end)
            let parts = wordHashes(p, start, end)
            var part = 0
            while t < range.upperBound && tokens[t].start == token.start && tokens[t].kind == .word {
                if roles[t] == TokenRole.excluded {
                    out.append(0)
                } else {
                    out.append(part < parts.count ? parts[part] : 0)
                }
                part += 1
                t += 1
            }
        }
        return out
    }

    /// The hashes the tokenizer makes of the word at `p[start..<end]`, contractions split; learns its texts.
    private mutating func wordHashes(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> [UInt64] {
        var sink = Sink()
        CoachTokenizer.run(UnsafeBufferPointer(rebasing: p[start..<end]), into: &sink)
        let canonical = CoachTokenizer.canonicalBytes(p, start, end)
        learn(canonical)
        if let apostrophe = canonical.lastIndex(of: UInt8(ascii: "'")) {
            let base = Array(canonical[..<apostrophe])
            learn(base)
            if base.last == UInt8(ascii: "n") { learn(Array(base.dropLast())) }
        }
        if sink.hashes.count == 1, let parts = expansions[sink.hashes[0]] { return parts }
        return sink.hashes
    }

    private mutating func learn(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        let hash = WordHash.of(bytes: bytes)
        if text[hash] == nil { text[hash] = String(decoding: bytes, as: UTF8.self) }
    }

    /// The grams of a sentence from its ``hashes(_:tokens:roles:in:)``, in order, repeats included (a gram's
    /// value is how often the sentence uses it): each named word, and each two named words next to each other,
    /// the pair after its second word. Pure.
    mutating func grams(_ hashes: [UInt64]) -> [Int32] {
        var grams: [Int32] = []
        var previous: String?
        for hash in hashes {
            let name = hash == 0 ? nil : text[hash]
            guard let name, !ReaderTables.isPair(name) else {
                previous = nil
                continue
            }
            grams.append(id(name))
            if let previous { grams.append(id(previous + " " + name)) }
            previous = name
        }
        return grams
    }

    /// The grams a reader takes from its fitting sentences: those used by at least `minimum` of them
    /// (``minimumSentences`` by default; a pair only when both its words are taken), most used first, ties by
    /// name. Pure.
    func chosen(_ sentences: [[Int32]], minimum: Int = Self.minimumSentences) -> [Int32] {
        var uses = [Int](repeating: 0, count: names.count)
        for grams in sentences { for g in Set(grams) { uses[Int(g)] += 1 } }
        let words = Set(names.indices.filter { uses[$0] >= minimum && !ReaderTables.isPair(names[$0]) })
        let kept = names.indices.filter { g in
            guard uses[g] >= minimum else { return false }
            guard ReaderTables.isPair(names[g]) else { return true }
            let parts = names[g].split(separator: " ").map(String.init)
            return parts.count == 2 && parts.allSatisfy { ids[$0].map { words.contains(Int($0)) } ?? false }
        }
        return kept.sorted { uses[$0] != uses[$1] ? uses[$0] > uses[$1] : names[$0] < names[$1] }.map(Int32.init)
    }

    /// Collects a word's hashes as the tokenizer makes them.
    private struct Sink: CoachTokenSink {
        var hashes: [UInt64] = []

        mutating func word(hash: UInt64, start: Int, end: Int, flags: UInt8, syllables: UInt8) {
            hashes.append(hash)
        }

        mutating func mark(_ kind: CoachToken.Kind, start: Int, end: Int) {}
    }
}
