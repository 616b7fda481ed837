import Foundation
import Testing

@testable import SameSideCore

/// The sentence reader's grams: the words and neighbouring pairs of words of each seller sentence, as training
/// names them and as the coach finds them (docs/coach.md, "Sentences").
@Suite struct CoachReaderGramTests {
    /// The gram names of each seller sentence of `text`, as training records them.
    static func gramNames(_ text: String, kind: MessageKind = .email) -> [[String]] {
        let message = CoachCorpusMessage(
            id: "t1", kind: kind, label: .mixed, reason: "", source: "https://example.org/t", text: text)
        let (examples, _, grams) = CoachModelTraining.examples([message], lexicon: .standard)
        return examples[0].sentences.map { $0.grams.map { grams.names[Int($0)] } }
    }

    @Test func aSentenceHasItsWordsAndItsNeighbouringPairsEachTimeTheyAreUsed() {
        // Given a sentence that repeats a word, and a comma between two words
        let names = Self.gramNames("Our team helps your team, quickly helps.")
        // Then each word and each pair of neighbours is there each time it is used, a pair after its second word,
        // and no pair spans the comma
        #expect(
            names == [
                [
                    "our", "team", "our team", "helps", "team helps", "your", "helps your", "team", "your team",
                    "quickly", "helps", "quickly helps",
                ]
            ])
    }

    @Test func contractionsAreNamedByTheirPartsAndUnknownWordsByTheirCanonicalForm() {
        // Given a contraction with a curly apostrophe, a capitalised unknown word and an accented one
        let names = Self.gramNames("We don’t know Zorblax at the Café.")
        // Then the contraction is its two words, and the others are lowercased as the tokenizer reads them
        let words = names.first ?? []
        #expect(words.contains("do") && words.contains("not") && words.contains("do not"))
        #expect(words.contains("zorblax") && words.contains("café"))
        #expect(!words.contains { $0.contains("’") || $0.contains("don") })
    }

    @Test func theReaderTakesGramsOfEnoughSentencesAndPairsOnlyOfWordsItTakes() {
        // Given sentences where "our team" is used three times, "team" four and "rare" once
        var grams = CoachReaderGrams()
        let ids = ["our", "team", "our team", "rare", "rare team"].map { grams.id($0) }
        let (our, team, pair, rare, rarePair) = (ids[0], ids[1], ids[2], ids[3], ids[4])
        let sentences: [[Int32]] = [
            [our, team, pair], [our, team, pair], [our, team, pair], [rare, team, rarePair], [rarePair],
            [rarePair],
        ]
        // When the reader's grams are chosen among those of three sentences or more
        let chosen = grams.chosen(sentences, minimum: 3).map { grams.names[Int($0)] }
        // Then the most used come first, and a pair whose word is too rare is left out even when it is used enough
        #expect(chosen == ["team", "our", "our team"])
        // And with the committed minimum of five sentences, none of these is used often enough
        #expect(grams.chosen(sentences).isEmpty)
    }

    @Test func gramWordsDoNotChangeWhatTheLexiconFinds() throws {
        // Given the lexicon compiled with and without a thousand reader words it does not know
        let words = (0..<1000).map { "zzgram\($0)" } + ["platform", "", "budget"]
        let plain = CompiledLexicon(.standard)
        let withGrams = CompiledLexicon(.standard, gramWords: words)
        var model = CoachModel.standard
        model.sentenceReader = nil
        let texts =
            try CoachOutOfFoldTests.corpus().prefix(80).map(\.text) + [
                "zzgram1 zzgram2, our platform zzgram3? Would zzgram4 like to see a demo by Friday?"
            ]
        for text in texts {
            // When a message is analysed with each
            let a = MessageAnalyzer(lexicon: plain, scoring: CompiledModel(model, lexicon: plain))
            let b = MessageAnalyzer(lexicon: withGrams, scoring: CompiledModel(model, lexicon: withGrams))
            var copy = text
            let (left, right) = copy.withUTF8 { bytes in
                (
                    a.analyze(bytes, kind: .email, context: nil, sellers: []),
                    b.analyze(bytes, kind: .email, context: nil, sellers: [])
                )
            }
            // Then the findings, verdict and score are the same
            #expect(left.findings == right.findings)
            #expect(left.verdict == right.verdict && left.score == right.score)
        }
        // And each unknown reader word gets its own id below -1, in order, and a known one keeps its id
        #expect(withGrams.table.lookup(WordHash.of("zzgram7")) == CompiledLexicon.gramWordID(7))
        #expect(withGrams.unknownGramWords == 1000)
        #expect(withGrams.table.lookup(WordHash.of("budget")) == plain.table.lookup(WordHash.of("budget")))
        #expect(withGrams.table.lookup(WordHash.of("budget")) >= 0)
    }

    @Test func theCoachAddsEachUseOfAGramAndPairsOfNeighboursOnly() {
        // Given a reader that reads only two words and their pair: "zqa" and "zqb" towards us, the pair towards them
        let names = ["gram:zqa", "gram:zqb", "gram:zqa zqb"]
        let reader = CoachSentenceReader(
            featureNames: names, means: [0, 0, 0], scales: [1, 1, 1],
            weights: [1, 0, 0, 2, 0, 0, 0, 0, 4], biases: [0, 0, 0])
        var model = CoachModel.standard
        model.sentenceReader = reader
        let coach = MessageCoach(model: model)
        let start = CoachFeatures.readerStart
        let usShare = start + (CoachFeatures.readerNames.firstIndex(of: "readerUsWords") ?? 0)
        let themShare = start + (CoachFeatures.readerNames.firstIndex(of: "readerThemWords") ?? 0)
        func shares(_ text: String) -> (us: Double, them: Double) {
            let v = coach.featureVector(text, kind: .note)
            return (v[usShare], v[themShare])
        }
        // When sentences use the words apart, together, twice, and across a comma
        let apart = shares("zqb zqa.")
        let together = shares("zqa zqb.")
        let twice = shares("zqa zqb zqa zqb.")
        let split = shares("zqa, zqb.")
        // Then the pair counts only when the words are neighbours in that order, and each use counts again
        #expect(apart.us > apart.them)
        #expect(together.them > together.us)
        #expect(twice.them > together.them + 0.1)
        #expect(abs(split.us - apart.us) < 1e-12)
    }

    @Test func packedNumbersReadAsWritten() {
        // Given numbers as the model source writes them, with line breaks and a stray word
        let values = CoachSentenceReader.numbers("1.500000 -0.000200\n 3e2  x 7")
        // Then each is read, and what is not a number reads as 0
        #expect(values == [1.5, -0.0002, 300, 0, 7])
        #expect(CoachSentenceReader.numbers("").isEmpty)
    }
}
