/// One token of a message: a word (canonical, lowercased, contractions split) or a punctuation mark.
///
/// Offsets are UTF-8 byte offsets into the input; the tokens of a split contraction share one span.
struct CoachToken {
    enum Kind: UInt8 {
        case word, period, question, exclaim, clause, lineBreak, quoteToggle, quoteOpen, quoteClose, bullet
        /// A `>` opening a quoted line of an email reply.
        case quoteLine
    }

    static let firstOfWord: UInt8 = 1
    static let allCaps: UInt8 = 2
    static let capitalized: UInt8 = 4
    static let number: UInt8 = 8

    var start: Int32
    var end: Int32
    /// The lexicon's id for the word, or below 0: -1 for an unknown word or a mark, `-2 − g` for an unknown
    /// word that is the sentence reader's gram `g` (``CompiledLexicon/gramWordID(_:)``).
    var word: Int32
    var kind: Kind
    var flags: UInt8
    var syllables: UInt8

    var isWord: Bool { kind == .word }
    var isFirstOfWord: Bool { flags & CoachToken.firstOfWord != 0 }
}
