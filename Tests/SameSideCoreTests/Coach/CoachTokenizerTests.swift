import Testing

@testable import SameSideCore

/// The tokenizer splits contractions from hashes gathered while scanning; ``Contractions/split(canonical:)``
/// is the readable reference it must agree with.
@Suite struct CoachTokenizerTests {
    struct Collector: CoachTokenSink {
        var hashes: [UInt64] = []
        var ends: [Int] = []

        mutating func word(hash: UInt64, start: Int, end: Int, flags: UInt8, syllables: UInt8) {
            hashes.append(hash)
            ends.append(end)
        }

        mutating func mark(_ kind: CoachToken.Kind, start: Int, end: Int) {}
    }

    @Test(arguments: [
        "we're", "WE’RE", "don't", "don’t", "won't", "can't", "shan't", "ain't", "aren't", "isn't", "let's", "Let’s",
        "y'all", "o'clock", "ma'am", "I'd", "I'm", "it's", "they've", "we'll", "you'll", "rock'n'roll", "l’été",
        "O'Neill", "ab'cd", "e'x", "naïve's", "ÜBERN'T", "n'n't", "x'b2", "we'r3", "a'é'll", "kelvin\u{212A}'s",
        "Zoë's", "d'oh", "o'er", "twas'nt",
    ])
    func contractionsSplitAsTheReferenceSplitsThem(word: String) {
        // Given one word with an apostrophe
        var text = word
        var sink = Collector()
        var reference: [UInt64] = []
        text.withUTF8 { bytes in
            // When it is tokenized
            CoachTokenizer.run(bytes, into: &sink)
            reference = Contractions.split(canonical: CoachTokenizer.canonicalBytes(bytes, 0, bytes.count))
        }
        // Then it splits into the reference's words, all with the whole word's span
        #expect(sink.hashes == reference, "\(word)")
        #expect(sink.ends.allSatisfy { $0 == word.utf8.count }, "\(word)")
    }
}
