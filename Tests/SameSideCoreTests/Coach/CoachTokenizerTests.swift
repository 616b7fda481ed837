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

    /// The fields of a token, for comparing token lists (``CoachToken`` is not `Equatable`).
    static func fields(_ tokens: [CoachToken]) -> [[Int]] {
        tokens.map {
            [Int($0.start), Int($0.end), Int($0.word), Int($0.kind.rawValue), Int($0.flags), Int($0.syllables)]
        }
    }

    @Test(arguments: [1, 2, 5, 17])
    func aMessageNeedingMoreSlotsThanFirstTriedKeepsEveryToken(slots: Int) {
        // Given a message of words, contractions, apostrophe-less contractions and marks
        let lexicon = MessageCoach().compiled
        var text = "Hi Marta,\nWe're sure you'll love it — dont wait! Can't we sign by Friday? 20% off, I'm told.\n"
        var expected: [CoachToken] = []
        var tokens: [CoachToken] = []
        text.withUTF8 { bytes in
            expected = lexicon.tokenize(bytes)
            // When it is tokenized into fewer slots than it needs
            lexicon.tokenize(bytes, into: &tokens, slots: slots)
        }
        // Then it is tokenized again with more, and nothing is lost or doubled
        #expect(expected.count > 17)
        #expect(Self.fields(tokens) == Self.fields(expected))
    }

    @Test func aReusedTokenArrayHoldsOnlyTheLatestMessage() {
        // Given a token array that held a long message
        let lexicon = MessageCoach().compiled
        var long = String(repeating: "We are the leading platform, trusted by teams. ", count: 40)
        var short = "Any update?"
        var tokens: [CoachToken] = []
        var expected: [CoachToken] = []
        long.withUTF8 { lexicon.tokenize($0, into: &tokens) }
        let longCount = tokens.count
        // When a short message is tokenized into it
        short.withUTF8 { bytes in
            lexicon.tokenize(bytes, into: &tokens)
            expected = lexicon.tokenize(bytes)
        }
        // Then it holds exactly the short message's tokens
        #expect(longCount > 100)
        #expect(Self.fields(tokens) == Self.fields(expected))
    }
}
