import Foundation

/// Fitting and honest measuring of the coach's model on a labelled corpus. Pure and deterministic.
public enum CoachModelTraining {
    /// The most vocabulary words a model takes, and how many fitting messages must use a word for it to be one.
    public static let vocabularyLimit = 300
    public static let vocabularyMinimumMessages = 5

    /// How many inner folds give the fitting messages their sentence readings (no message is read by a reader
    /// fitted on its own page).
    public static let readerFolds = 5

    /// A message as training sees it: its measures, which lexicon words the seller used, and the seller's
    /// sentences (measures, distinct lexicon word ids and distinct grams of each; ``CoachReaderGrams``).
    struct Example {
        var dense: [Double]
        var words: Set<Int32>
        var sentences: [SentenceExample] = []
    }

    /// One seller sentence of an ``Example``.
    struct SentenceExample {
        var measures: [Double]
        var words: [Int32]
        var length: Int
        var grams: [Int32] = []
    }

    /// The examples of `messages`, the text of every lexicon word id they use, and their grams. Pure.
    static func examples(
        _ messages: [CoachCorpusMessage], lexicon: CoachLexicon
    ) -> (examples: [Example], wordText: [Int32: String], grams: CoachReaderGrams) {
        let coach = MessageCoach(lexicon: lexicon)
        let analyzer = MessageAnalyzer(lexicon: coach.compiled, scoring: CompiledModel(everyWordOf: coach.compiled))
        let denseCount = CoachFeatures.names.count
        var examples: [Example] = []
        var wordText: [Int32: String] = [:]
        var scratch = AnalyzerScratch()
        let recorder = SentenceRecorder()
        var grams = CoachReaderGrams()
        var hashes: [[[UInt64]]] = []
        for message in messages {
            var text = message.text
            recorder.rows.removeAll(keepingCapacity: true)
            text.withUTF8 { bytes in
                let outcome = analyzer.run(
                    bytes, kind: message.kind, context: nil, sellers: message.sellers, scratch: &scratch,
                    record: recorder)
                let summary = analyzer.summarize(
                    bytes, kind: message.kind, outcome: outcome, scratch: scratch, context: nil)
                examples.append(
                    Example(
                        dense: Array(summary.dense[0..<denseCount]), words: Set(summary.wordHits),
                        sentences: recorder.rows.map {
                            SentenceExample(measures: $0.measures, words: $0.words, length: $0.length)
                        }))
                hashes.append(
                    recorder.rows.map {
                        grams.hashes(bytes, tokens: scratch.tokens, roles: scratch.roles, in: $0.tokens)
                    })
                for token in scratch.tokens where token.word >= 0 && token.isFirstOfWord {
                    guard wordText[token.word] == nil else { continue }
                    let word = String(
                        decoding: UnsafeBufferPointer(rebasing: bytes[Int(token.start)..<Int(token.end)]),
                        as: UTF8.self
                    ).lowercased()
                    if coach.compiled.table.lookup(WordHash.of(word)) == token.word { wordText[token.word] = word }
                }
            }
        }
        // Named only now, when every word of the corpus has been seen in full at least once.
        for (i, sentences) in hashes.enumerated() {
            for (k, sentence) in sentences.enumerated() { examples[i].sentences[k].grams = grams.grams(sentence) }
        }
        return (examples, wordText, grams)
    }

    /// Every message's measures (named as ``CoachFeatures/names``) and the lexicon words its seller used, for
    /// looking at the data outside Swift (`sameside coach-model features`). Pure.
    public static func featureTable(
        _ messages: [CoachCorpusMessage], lexicon: CoachLexicon = .standard
    ) -> (names: [String], rows: [(dense: [Double], words: [String])]) {
        let (all, wordText, _) = examples(messages, lexicon: lexicon)
        return (CoachFeatures.names, all.map { ($0.dense, $0.words.compactMap { wordText[$0] }.sorted()) })
    }

    /// The vocabulary of a fitting set: words used by at least ``vocabularyMinimumMessages`` of its messages,
    /// most used first (ties alphabetical), at most ``vocabularyLimit``. Pure.
    static func vocabulary(
        _ examples: [Example], wordText: [Int32: String], limit: Int = vocabularyLimit
    ) -> [(id: Int32, text: String)] {
        var uses: [Int32: Int] = [:]
        for example in examples { for word in example.words { uses[word, default: 0] += 1 } }
        let chosen = uses.compactMap { id, count -> (id: Int32, text: String, count: Int)? in
            guard count >= vocabularyMinimumMessages, let text = wordText[id] else { return nil }
            return (id, text, count)
        }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.text < $1.text }
        return chosen.prefix(limit).map { ($0.id, $0.text) }
    }

    /// Measures then 1/0 per vocabulary word.
    static func vector(_ example: Example, vocabulary: [(id: Int32, text: String)]) -> [Double] {
        example.dense + vocabulary.map { example.words.contains($0.id) ? 1 : 0 }
    }

    static func names(_ vocabulary: [(id: Int32, text: String)]) -> [String] {
        CoachFeatures.names + vocabulary.map { CompiledModel.wordPrefix + $0.text }
    }

    /// What a fit needs to know of each message besides its example: its id (for its sentences' labels), its
    /// source page (for the reader's inner folds) and its label.
    struct Labels {
        var ids: [String]
        var sources: [String]
        var verdicts: [CoachVerdict]
        var sentences: CoachSentenceLabels?

        func subset(_ rows: [Int]) -> Labels {
            Labels(
                ids: rows.map { ids[$0] }, sources: rows.map { sources[$0] }, verdicts: rows.map { verdicts[$0] },
                sentences: sentences)
        }
    }

    /// The model fitted on `examples` (vocabulary chosen from them alone). With sentence labels, a sentence
    /// reader is fitted too, and the message model learns from readings of the fitting messages made by readers
    /// fitted in ``readerFolds`` inner folds by page (never by a reader that read the message's own page). Pure.
    static func fit(
        _ examples: [Example], labels: Labels, wordText: [Int32: String], grams: CoachReaderGrams,
        fitter: CoachModelFitter, readerFitter: CoachSentenceReaderFitter
    ) -> (CoachModel, [(id: Int32, text: String)]) {
        let vocabulary = vocabulary(examples, wordText: wordText, limit: fitter.vocabularyLimit)
        let names = names(vocabulary)
        var examples = examples
        var reader: CoachSentenceReader?
        if let sentences = labels.sentences, sentences.count > 0 {
            // The reader reads a sentence's measures and grams; its grams come from its own fitting sentences.
            func fitReader(_ rows: [Int]) -> (CoachSentenceReader, [Int32: Int32]) {
                var labelled: [(sentence: SentenceExample, reading: Int)] = []
                for i in rows {
                    for (k, sentence) in examples[i].sentences.enumerated() {
                        guard let reading = sentences.reading(labels.ids[i], k + 1) else { continue }
                        labelled.append((sentence, reading))
                    }
                }
                let chosen = grams.chosen(labelled.map(\.sentence.grams), minimum: readerFitter.gramMinimum)
                var slotOf: [Int32: Int32] = [:]
                for (slot, g) in chosen.enumerated() { slotOf[g] = Int32(slot) }
                let sentenceExamples = labelled.map {
                    CoachSentenceReaderFitter.Example(
                        measures: $0.sentence.measures,
                        words: $0.sentence.grams.compactMap { slotOf[$0].map(Int.init) },
                        label: $0.reading)
                }
                let gramNames = chosen.map { ReaderTables.gramPrefix + grams.names[Int($0)] }
                return (readerFitter.fit(sentenceExamples, vocabulary: gramNames), slotOf)
            }
            let inner = folds(sources: labels.sources, count: readerFolds)
            var readings = [[Double]](repeating: [], count: examples.count)
            for j in 0..<readerFolds {
                let held = examples.indices.filter { inner[$0] == j }
                guard !held.isEmpty else { continue }
                let (innerReader, slotOf) = fitReader(examples.indices.filter { inner[$0] != j })
                let tables = ReaderTables(innerReader, vocabulary: [])
                for i in held { readings[i] = read(examples[i], tables: tables, gramSlots: slotOf) }
            }
            for i in examples.indices { examples[i].setReadings(readings[i]) }
            reader = fitReader(Array(examples.indices)).0
        }
        var model = fitter.fit(
            names: names, vectors: examples.map { vector($0, vocabulary: vocabulary) }, labels: labels.verdicts)
        model.sentenceReader = reader
        return (model, vocabulary)
    }

    /// The reader's measures of one message (``SentenceReadings/values``), computed as the coach does;
    /// `gramSlots` maps the example's grams to the reader's (``gramSlots(_:grams:)``). Pure.
    static func read(_ example: Example, tables: ReaderTables, gramSlots: [Int32: Int32]) -> [Double] {
        measures(example, sentenceReadings(example, tables: tables, gramSlots: gramSlots))
    }

    /// The reader's gram of each corpus gram it has (``CoachReaderGrams``), by name. Pure.
    static func gramSlots(_ reader: CoachSentenceReader, grams: CoachReaderGrams) -> [Int32: Int32] {
        var slots: [Int32: Int32] = [:]
        var slot: Int32 = 0
        for name in reader.featureNames where name.hasPrefix(ReaderTables.gramPrefix) {
            if let id = grams.existingID(String(name.dropFirst(ReaderTables.gramPrefix.count))) { slots[id] = slot }
            slot += 1
        }
        return slots
    }

    /// The message measures of sentence readings already made (one per sentence of `example`). Pure.
    static func measures(_ example: Example, _ read: [(us: Double, them: Double)]) -> [Double] {
        var readings = SentenceReadings()
        for (sentence, p) in zip(example.sentences, read) {
            let asks = sentence.measures[SentenceMeasures.questionIndex] != 0
            readings.add(us: p.us, them: p.them, words: sentence.length, question: asks)
        }
        return readings.values
    }

    /// P(us) and P(them) of each of the message's seller sentences, as the coach computes them. Pure.
    static func sentenceReadings(
        _ example: Example, tables: ReaderTables, gramSlots: [Int32: Int32]
    ) -> [(us: Double, them: Double)] {
        example.sentences.map { sentence in
            let slots = sentence.grams.compactMap { gramSlots[$0] }
            return tables.read(measures: sentence.measures, wordLogits: tables.gramLogits(slots))
        }
    }

    /// The model fitted on all of `messages`; with `sentences`, its sentence reader too. Pure.
    public static func fit(
        _ messages: [CoachCorpusMessage], sentences: CoachSentenceLabels? = nil,
        fitter: CoachModelFitter = CoachModelFitter(), readerFitter: CoachSentenceReaderFitter = .init(),
        lexicon: CoachLexicon = .standard
    ) -> CoachModel {
        let (examples, wordText, grams) = examples(messages, lexicon: lexicon)
        return fit(
            examples, labels: labels(messages, sentences: sentences), wordText: wordText, grams: grams,
            fitter: fitter, readerFitter: readerFitter
        ).0
    }

    static func labels(_ messages: [CoachCorpusMessage], sentences: CoachSentenceLabels?) -> Labels {
        Labels(
            ids: messages.map(\.id), sources: messages.map(\.source), verdicts: messages.map(\.label),
            sentences: sentences)
    }

    /// Fold of each message: whole source pages go to one fold, largest pages first, each to the fold with the
    /// fewest messages so far (ties: lowest fold); pages of equal size in order of their address's hash. Pure.
    public static func folds(sources: [String], count: Int) -> [Int] {
        var sizes: [String: Int] = [:]
        for source in sources { sizes[source, default: 0] += 1 }
        let pages = sizes.keys.sorted {
            let (a, b) = (sizes[$0] ?? 0, sizes[$1] ?? 0)
            if a != b { return a > b }
            let (ha, hb) = (WordHash.of($0), WordHash.of($1))
            return ha != hb ? ha < hb : $0 < $1
        }
        var load = [Int](repeating: 0, count: max(count, 1))
        var foldOf: [String: Int] = [:]
        for page in pages {
            var best = 0
            for fold in load.indices where load[fold] < load[best] { best = fold }
            foldOf[page] = best
            load[best] += sizes[page] ?? 0
        }
        return sources.map { foldOf[$0] ?? 0 }
    }

    /// Grouped cross-validation: each fold's messages judged by a model fitted on the other folds only (no
    /// source page both fits and is scored; the vocabulary, too, comes from the fitting folds). Pure.
    public static func crossValidate(
        _ messages: [CoachCorpusMessage], sentences: CoachSentenceLabels? = nil, folds count: Int,
        fitter: CoachModelFitter = CoachModelFitter(), readerFitter: CoachSentenceReaderFitter = .init(),
        lexicon: CoachLexicon = .standard
    ) -> CoachModelEvaluation {
        let (all, wordText, grams) = examples(messages, lexicon: lexicon)
        let labels = labels(messages, sentences: sentences)
        let fold = folds(sources: messages.map(\.source), count: count)
        var verdicts = [CoachVerdict](repeating: .mixed, count: messages.count)
        var scores = [Int](repeating: 50, count: messages.count)
        var drivers = [[CoachDriver]](repeating: [], count: messages.count)
        var sentenceAgreement = (agreed: 0, read: 0)
        for k in 0..<count {
            let train = messages.indices.filter { fold[$0] != k }
            let test = messages.indices.filter { fold[$0] == k }
            guard !test.isEmpty else { continue }
            let (model, vocabulary) = fit(
                train.map { all[$0] }, labels: labels.subset(train), wordText: wordText, grams: grams,
                fitter: fitter, readerFitter: readerFitter)
            let slots = model.sentenceReader.map { gramSlots($0, grams: grams) } ?? [:]
            let tables = model.sentenceReader.map {
                ReaderTables($0, vocabulary: names(vocabulary).suffix(vocabulary.count))
            }
            for i in test {
                var example = all[i]
                if let tables {
                    let read = sentenceReadings(example, tables: tables, gramSlots: slots)
                    example.setReadings(measures(example, read))
                    for (k, p) in read.enumerated() {
                        guard let label = sentences?.reading(messages[i].id, k + 1) else { continue }
                        let neither = 1 - p.us - p.them
                        let reading = p.us >= max(neither, p.them) ? 0 : (p.them > neither ? 2 : 1)
                        sentenceAgreement.read += 1
                        if reading == label { sentenceAgreement.agreed += 1 }
                    }
                }
                let x = vector(example, vocabulary: vocabulary)
                (verdicts[i], scores[i]) = CoachJudgement.judge(model: model, features: x, contextPoints: 0)
                drivers[i] = model.drivers(x, limit: 8)
            }
        }
        var evaluation = CoachModelEvaluation()
        evaluation.sentencesAgreed = sentenceAgreement.agreed
        evaluation.sentencesRead = sentenceAgreement.read
        for (i, message) in messages.enumerated() {
            evaluation.add(message, verdict: verdicts[i], score: scores[i], drivers: drivers[i])
        }
        return evaluation
    }

    /// The verdicts of the full coach with `model` on `messages` (e.g. the hand-written set). Pure.
    public static func evaluate(_ messages: [CoachCorpusMessage], model: CoachModel = .standard) -> CoachModelEvaluation
    {
        let coach = MessageCoach(model: model)
        var evaluation = CoachModelEvaluation()
        for message in messages {
            evaluation.add(
                message, verdict: coach.coach(message.text, kind: message.kind, sellerSpeakers: message.sellers).verdict
            )
        }
        return evaluation
    }

    /// A vector's verdict as the coach would give it without a deal context.
    static func judge(model: CoachModel, vector: [Double]) -> CoachVerdict {
        CoachJudgement.judge(model: model, features: vector, contextPoints: 0).0
    }
}

extension MessageCoach {
    /// The feature vector the verdict is computed from (the names of ``model``'s features, in order). Pure.
    public func featureVector(_ text: String, kind: MessageKind, sellerSpeakers: [String] = []) -> [Double] {
        var text = text
        return text.withUTF8 { bytes in
            let analyzer = MessageAnalyzer(lexicon: compiled, scoring: scoring)
            var scratch = AnalyzerScratch()
            let outcome = analyzer.run(bytes, kind: kind, context: nil, sellers: sellerSpeakers, scratch: &scratch)
            let summary = analyzer.summarize(bytes, kind: kind, outcome: outcome, scratch: scratch, context: nil)
            return scoring.vector(dense: summary.dense, wordHits: summary.wordHits)
        }
    }
}

extension CoachModelTraining.Example {
    /// Puts the reader's measures in their places (the last of the measures).
    mutating func setReadings(_ values: [Double]) {
        let start = CoachFeatures.readerStart
        for (k, value) in values.enumerated() where start + k < dense.count { dense[start + k] = value }
    }
}
