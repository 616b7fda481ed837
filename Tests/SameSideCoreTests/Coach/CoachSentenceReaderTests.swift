import Foundation
import Testing

@testable import SameSideCore

/// The fitted sentence reader: whom each seller sentence is about, and the six measures of a message made from
/// its readings (docs/coach.md, "Sentences").
@Suite struct CoachSentenceReaderTests {
    /// A sentence of the synthetic set: the reading follows whom it names first; words are noise.
    static func synthetic(count: Int) -> [CoachSentenceReaderFitter.Example] {
        var generator = SplitMix64(seed: 7)
        return (0..<count).map { i in
            var facts = SentenceFacts()
            facts.words = 4 + Int(generator.next() % 12)
            let label = i % 3
            facts.firstReferent = label == 0 ? .seller : (label == 2 ? .customer : .none)
            facts.index = Int(generator.next() % 5)
            let measures = [Double](unsafeUninitializedCapacity: SentenceMeasures.count) { buffer, initialized in
                SentenceMeasures.write(facts, into: buffer.baseAddress!)
                initialized = SentenceMeasures.count
            }
            let words = (0..<3).map { _ in Int(generator.next() % 10) }
            return .init(measures: measures, words: Array(Set(words)).sorted(), label: label)
        }
    }

    @Test func theFitLearnsWhomASentenceIsAboutAndIsDeterministic() throws {
        // Given sentences whose reading is whom they name first, with noise words
        let examples = Self.synthetic(count: 300)
        let vocabulary = (0..<10).map { "word:w\($0)" }
        // When the reader is fitted twice
        let reader = CoachSentenceReaderFitter().fit(examples, vocabulary: vocabulary)
        let again = CoachSentenceReaderFitter().fit(examples, vocabulary: vocabulary)
        // Then it reads nearly all of them as labelled
        var right = 0
        for example in examples {
            var x = example.measures + [Double](repeating: 0, count: vocabulary.count)
            for word in example.words { x[SentenceMeasures.count + word] = 1 }
            let p = reader.probabilities(x)
            let reading = p.firstIndex(of: p.max() ?? 0) ?? -1
            if reading == example.label { right += 1 }
        }
        #expect(right >= 290, "\(right) of 300")
        // And the same data gives the same weights
        #expect(reader == again)
        #expect(reader.featureNames == SentenceMeasures.names + vocabulary)
    }

    @Test func aLargePenaltyKeepsTheReadersWeightsFinite() {
        // Given the same synthetic sentences, and a penalty a hundred times the default
        let examples = Self.synthetic(count: 300)
        let vocabulary = (0..<10).map { "word:w\($0)" }
        // When the reader is fitted with it (its step is bounded as the message fit's is)
        let reader = CoachSentenceReaderFitter(lambda: 10).fit(examples, vocabulary: vocabulary)
        // Then every weight is a number, and smaller than the default fit's
        let plain = CoachSentenceReaderFitter().fit(examples, vocabulary: vocabulary)
        let finite = (reader.weights + reader.biases).allSatisfy { $0.isFinite }
        #expect(finite)
        let size = { (r: CoachSentenceReader) in r.weights.map { $0 * $0 }.reduce(0, +) }
        #expect(size(reader) < size(plain))
    }

    @Test func everyMeasureIsWrittenInItsOwnPlace() {
        // Given a sentence with every fact set (first in its message) and one later in its message
        var facts = SentenceFacts()
        facts.words = 9
        facts.firstReferent = .customer
        facts.framed = true
        facts.theirWords = true
        facts.isQuestion = true
        facts.questionClass = .business
        facts.customerRefs = 2
        facts.sellerRefs = 1
        facts.thirdPersonRefs = 1
        facts.businessWords = 3
        facts.hasNumber = true
        facts.capitalizedInside = 2
        facts.commas = 1
        facts.exclamations = 1
        facts.pressureFindings = 1
        facts.pitchFindings = 1
        facts.allAboutUs = true
        facts.isBullet = true
        var later = facts
        later.index = 3
        later.firstReferent = .seller
        later.questionClass = .closing
        var third = facts
        third.firstReferent = .thirdPerson
        third.questionClass = .yesNo
        var fourth = facts
        fourth.firstReferent = .product
        // When their measures are written
        var written = Set<Int>()
        for sentence in [facts, later, third, fourth] {
            var values = [Double](repeating: -1, count: SentenceMeasures.count)
            values.withUnsafeMutableBufferPointer { SentenceMeasures.write(sentence, into: $0.baseAddress!) }
            #expect(values.allSatisfy { $0 >= 0 }, "every place is written, unset ones with 0")
            for (index, value) in values.enumerated() where value != 0 { written.insert(index) }
        }
        // Then together they reach every measure: no two facts share a place and none is left out
        #expect(written == Set(0..<SentenceMeasures.count))
        #expect(SentenceMeasures.names.count == Set(SentenceMeasures.names).count)
        // And the place the message's readings look up for a question is the question's
        #expect(SentenceMeasures.names[SentenceMeasures.questionIndex] == "question")
    }

    @Test func aMessagesReadingsAreSharesOfItsWordsAndSentencesItsOpeningAndItsClose() {
        // Given a two-word greeting, an eight-word question mostly about them, a five-word sentence about us, a
        // sign-off
        var readings = SentenceReadings()
        #expect(readings.values == [Double](repeating: 0, count: CoachFeatures.readerNames.count))
        readings.add(us: 0.8, them: 0.01, words: 2, question: false)
        readings.add(us: 0.2, them: 0.7, words: 8, question: true)
        readings.add(us: 0.9, them: 0.05, words: 5, question: false)
        readings.add(us: 0.3, them: 0.1, words: 1, question: false)
        let v = readings.values
        // Then the word-weighted shares, the plain means, the opening and the close (the first and the last
        // sentence of four words or more), the largest readings, the question's readings, the word-weighted
        // log-odds of them over us (the greeting's −4.4 held at −4), and the sentences read clearly either way
        let lean = (2 * -4 + 8 * log(0.7 / 0.2) + 5 * log(0.05 / 0.9) + log(0.1 / 0.3)) / 16
        let expected = [
            (0.8 * 2 + 0.2 * 8 + 0.9 * 5 + 0.3) / 16, (0.01 * 2 + 0.7 * 8 + 0.05 * 5 + 0.1) / 16,
            (0.8 + 0.2 + 0.9 + 0.3) / 4, (0.01 + 0.7 + 0.05 + 0.1) / 4, 0.2, 0.7, 0.9, 0.05, 0.9, 0.7,
            log1p(0.2), log1p(0.7), lean, log1p(2), log1p(1),
        ]
        #expect(v.count == CoachFeatures.readerNames.count)
        #expect(expected.count == v.count)
        for (value, wanted) in zip(v, expected) { #expect(abs(value - wanted) < 1e-12) }
    }

    @Test func theCoachReadsCorpusSentencesExactlyAsTheFitDid() throws {
        // Given corpus messages and the committed model with its reader
        let messages = Array(try CoachOutOfFoldTests.corpus().prefix(60))
        let model = CoachModel.standard
        let reader = try #require(model.sentenceReader)
        let coach = MessageCoach()
        let (examples, _, grams) = CoachModelTraining.examples(messages, lexicon: .standard)
        let vocabulary = model.featureNames.filter { $0.hasPrefix(CompiledModel.wordPrefix) }
        let tables = ReaderTables(reader, vocabulary: vocabulary[...])
        let gramSlots = CoachModelTraining.gramSlots(reader, grams: grams)
        #expect(gramSlots.count > 1000, "most of the reader's grams are used by these messages")
        let start = CoachFeatures.readerStart
        var nonZero = 0
        for (message, example) in zip(messages, examples) {
            // When the coach reads the message, and training reads the sentences it recorded
            let vector = coach.featureVector(message.text, kind: message.kind)
            let coachReadings = Array(vector[start..<(start + CoachFeatures.readerNames.count)])
            let fitReadings = CoachModelTraining.read(example, tables: tables, gramSlots: gramSlots)
            // Then both give the same six measures
            for (a, b) in zip(coachReadings, fitReadings) { #expect(abs(a - b) < 1e-12, "\(message.id)") }
            if coachReadings.contains(where: { $0 > 0 }) { nonZero += 1 }
        }
        #expect(nonZero == messages.count)
    }

    @Test func withoutAReaderTheReaderMeasuresStayZero() {
        // Given the committed model without its reader
        var model = CoachModel.standard
        model.sentenceReader = nil
        let text = "Hi Ana, your team said returns doubled in March. What is that costing the warehouse each week?"
        // When a message is coached with it, and with the committed model
        let without = MessageCoach(model: model).featureVector(text, kind: .email)
        let with = MessageCoach().featureVector(text, kind: .email)
        // Then only the committed model reads its sentences, and it reads them as about them
        let range = CoachFeatures.readerStart..<(CoachFeatures.readerStart + CoachFeatures.readerNames.count)
        #expect(without[range].allSatisfy { $0 == 0 })
        let names = CoachFeatures.readerNames
        let themWords = with[CoachFeatures.readerStart + (names.firstIndex(of: "readerThemWords") ?? 0)]
        let usWords = with[CoachFeatures.readerStart + (names.firstIndex(of: "readerUsWords") ?? 0)]
        #expect(themWords > usWords)
    }

    @Test(arguments: [
        ("not json\n", 1, "not a JSON object"),
        ("{\"id\":\"c1\",\"n\":1,\"label\":\"us\"}\n{\"id\":\"c1\",\"n\":0,\"label\":\"us\"}", 2, "`n`"),
        ("{\"id\":\"c1\",\"n\":1,\"label\":\"ours\"}", 1, "unknown label `ours`"),
        ("{\"n\":1,\"label\":\"us\"}", 1, "`id`"),
        ("{\"id\":\"c1\",\"n\":\"one\",\"label\":\"us\"}", 1, "`n`"),
    ])
    func aBadSentenceLabelLineIsNamed(_ input: String, _ line: Int, _ problem: String) {
        // When malformed sentence labels are read
        #expect {
            _ = try CoachSentenceLabels.parse(jsonl: Array(input.utf8))
        } throws: { error in
            // Then the error names the line and what is wrong with it
            guard case .invalidLine(let at, let text) = error as? CoachCorpusError else { return false }
            return at == line && text.contains(problem)
        }
    }

    @Test func disputedSentencesAreLeftOutAndBlankLinesSkipped() throws {
        // Given labels with a disputed sentence and a blank line
        let input = """
            {"id":"c1","n":1,"label":"us","text":"We ship."}

            {"id":"c1","n":2,"label":"disputed"}
            {"id":"c2","n":1,"label":"them"}
            """
        // When they are read
        let labels = try CoachSentenceLabels.parse(jsonl: Array(input.utf8))
        // Then the agreed ones have their readings and the disputed one none
        #expect(labels.count == 2)
        #expect(labels.reading("c1", 1) == 0)
        #expect(labels.reading("c1", 2) == nil)
        #expect(labels.reading("c2", 1) == 2)
        #expect(throws: CoachCorpusError.empty) { try CoachSentenceLabels.parse(jsonl: Array("\n \n".utf8)) }
    }

    @Test func theWrittenModelCarriesItsReader() throws {
        // Given a model with a small reader
        let reader = CoachSentenceReader(
            featureNames: ["firstSeller", "word:we"], means: [0.5, 0.25], scales: [0.5, 0.4],
            weights: [1, 0, -1, 0.5, 0, -0.5], biases: [0.1, 0.2, 0.3])
        let model = CoachModel(
            featureNames: ["customerFocus", "word:we"], means: [0, 0.2], scales: [1, 0.4], weights: [1.5, -0.5],
            sellerBelow: -1, customerFrom: 1, sentenceReader: reader)
        // When it is written as Swift source
        let source = CoachModelSource.swift(model, provenance: ["test"])
        // Then the reader's names and numbers are in it, packed, and a model without one writes none
        #expect(source.contains("sentenceReader: CoachSentenceReader("))
        #expect(source.contains("packedNames: #\"\"\"\n                firstSeller\n                word:we\n"))
        #expect(
            source.contains(
                "weights: #\"\"\"\n                1.000000 0.000000 -1.000000 0.500000 0.000000 -0.500000\n"))
        #expect(source.contains("biases: [0.100000, 0.200000, 0.300000]"))
        // And the packed form reads back as the reader
        let packed = CoachSentenceReader(
            packedNames: "firstSeller\nword:we", means: "0.500000 0.250000", scales: "0.500000\n0.400000",
            weights: "1.000000 0.000000 -1.000000 0.500000 0.000000 -0.500000", biases: [0.1, 0.2, 0.3])
        #expect(packed == reader)
        var plain = model
        plain.sentenceReader = nil
        #expect(!CoachModelSource.swift(plain, provenance: []).contains("sentenceReader"))
    }
}
