import Foundation

/// Fitting and honest measuring of the coach's model on a labelled corpus. Pure and deterministic.
public enum CoachModelTraining {
    /// The most vocabulary words a model takes, and how many fitting messages must use a word for it to be one.
    public static let vocabularyLimit = 300
    public static let vocabularyMinimumMessages = 5

    /// A message as training sees it: its measures and which lexicon words the seller used.
    struct Example {
        var dense: [Double]
        var words: Set<Int32>
    }

    /// The examples of `messages`, and the text of every lexicon word id they use. Pure.
    static func examples(
        _ messages: [CoachCorpusMessage], lexicon: CoachLexicon
    ) -> (examples: [Example], wordText: [Int32: String]) {
        let coach = MessageCoach(lexicon: lexicon)
        let analyzer = MessageAnalyzer(lexicon: coach.compiled, scoring: CompiledModel(everyWordOf: coach.compiled))
        let denseCount = CoachFeatures.names.count
        var examples: [Example] = []
        var wordText: [Int32: String] = [:]
        var scratch = AnalyzerScratch()
        for message in messages {
            var text = message.text
            text.withUTF8 { bytes in
                let outcome = analyzer.run(
                    bytes, kind: message.kind, context: nil, sellers: message.sellers, scratch: &scratch)
                let summary = analyzer.summarize(
                    bytes, kind: message.kind, outcome: outcome, scratch: scratch, context: nil)
                examples.append(Example(dense: Array(summary.dense[0..<denseCount]), words: Set(summary.wordHits)))
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
        return (examples, wordText)
    }

    /// Every message's measures (named as ``CoachFeatures/names``) and the lexicon words its seller used, for
    /// looking at the data outside Swift (`sameside coach-model features`). Pure.
    public static func featureTable(
        _ messages: [CoachCorpusMessage], lexicon: CoachLexicon = .standard
    ) -> (names: [String], rows: [(dense: [Double], words: [String])]) {
        let (all, wordText) = examples(messages, lexicon: lexicon)
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

    /// The model fitted on `examples` (vocabulary chosen from them alone). Pure.
    static func fit(
        _ examples: [Example], labels: [CoachVerdict], wordText: [Int32: String], fitter: CoachModelFitter
    )
        -> (CoachModel, [(id: Int32, text: String)])
    {
        let vocabulary = vocabulary(examples, wordText: wordText, limit: fitter.vocabularyLimit)
        let model = fitter.fit(
            names: names(vocabulary), vectors: examples.map { vector($0, vocabulary: vocabulary) }, labels: labels)
        return (model, vocabulary)
    }

    /// The model fitted on all of `messages`. Pure.
    public static func fit(
        _ messages: [CoachCorpusMessage], fitter: CoachModelFitter = CoachModelFitter(),
        lexicon: CoachLexicon = .standard
    ) -> CoachModel {
        let (examples, wordText) = examples(messages, lexicon: lexicon)
        return fit(examples, labels: messages.map(\.label), wordText: wordText, fitter: fitter).0
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
        _ messages: [CoachCorpusMessage], folds count: Int, fitter: CoachModelFitter = CoachModelFitter(),
        lexicon: CoachLexicon = .standard
    ) -> CoachModelEvaluation {
        let (all, wordText) = examples(messages, lexicon: lexicon)
        let fold = folds(sources: messages.map(\.source), count: count)
        var verdicts = [CoachVerdict](repeating: .mixed, count: messages.count)
        var scores = [Int](repeating: 50, count: messages.count)
        var drivers = [[CoachDriver]](repeating: [], count: messages.count)
        for k in 0..<count {
            let train = messages.indices.filter { fold[$0] != k }
            let test = messages.indices.filter { fold[$0] == k }
            guard !test.isEmpty else { continue }
            let (model, vocabulary) = fit(
                train.map { all[$0] }, labels: train.map { messages[$0].label }, wordText: wordText, fitter: fitter)
            for i in test {
                let x = vector(all[i], vocabulary: vocabulary)
                (verdicts[i], scores[i]) = CoachJudgement.judge(model: model, features: x, contextPoints: 0)
                drivers[i] = model.drivers(x, limit: 8)
            }
        }
        var evaluation = CoachModelEvaluation()
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
