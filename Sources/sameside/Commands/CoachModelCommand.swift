import ArgumentParser
import Foundation
import SameSideCore

/// `sameside coach-model`: fit the coach's verdict weights on a labelled corpus, and measure them honestly.
struct CoachModelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coach-model",
        abstract: "Fit the coach's verdict weights on a labelled corpus, or measure them out of fold.",
        discussion: """
            The corpus is JSON Lines: one object per line with id, kind, label (customer-centric | mixed | \
            seller-centric), source (the page it was paraphrased from) and text. The sentence labels (sentences.jsonl \
            beside the corpus, one object per seller sentence with id, n and label: us | neither | them | disputed) \
            fit the sentence reader. See docs/coach.md.
            """,
        subcommands: [Fit.self, Evaluate.self, Features.self, Sentences.self])

    /// Reads a file's bytes, or fails with exit status 2 and the path in the message.
    static func bytes(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("cannot read \(path)")
        }
        return [UInt8](data)
    }

    /// Prints one JSON object on one line, keys sorted (the analysis commands' output).
    static func printJSONLine(_ object: [String: Any]) throws {
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        print(String(decoding: data, as: UTF8.self))
    }

    /// The sentence labels at `path`; without a path, `sentences.jsonl` beside `corpus` if there is one; `none`:
    /// no labels (a model without a sentence reader).
    static func sentenceLabels(_ path: String?, corpus: String) throws -> CoachSentenceLabels? {
        if path == "none" { return nil }
        let file =
            path
            ?? URL(fileURLWithPath: corpus).deletingLastPathComponent().appendingPathComponent("sentences.jsonl")
            .path
        guard path != nil || FileManager.default.fileExists(atPath: file) else { return nil }
        do {
            return try CoachSentenceLabels.parse(jsonl: bytes(file))
        } catch let error as CoachCorpusError {
            throw ValidationError("\(file): \(error.description)")
        }
    }

    static func corpus(_ path: String) throws -> [CoachCorpusMessage] {
        do {
            return try CoachCorpus.parse(jsonl: bytes(path))
        } catch let error as CoachCorpusError {
            throw ValidationError("\(path): \(error.description)")
        }
    }

    /// `coach-model fit`: fits on the whole corpus and writes the weights as Swift source.
    struct Fit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Fit on the whole corpus and write the weights the coach loads (a Swift source file).")

        @Option(help: "The labelled corpus (JSON Lines).")
        var corpus: String

        @Option(help: "Where to write the weights (Sources/SameSideCore/Coach/Lexicon/StandardCoachModel.swift).")
        var out: String

        @Option(help: "The sentence labels (default: sentences.jsonl beside the corpus; `none`: no sentence reader).")
        var sentences: String?

        func run() throws {
            let messages = try CoachModelCommand.corpus(corpus)
            let labels = try CoachModelCommand.sentenceLabels(sentences, corpus: corpus)
            let fitter = CoachModelFitter()
            let readerFitter = CoachSentenceReaderFitter()
            let model = CoachModelTraining.fit(messages, sentences: labels, fitter: fitter, readerFitter: readerFitter)
            guard model.isFinite else {
                throw ValidationError("the fit did not converge (a weight is not a number); \(out) is left as it was")
            }
            let sources = Set(messages.map(\.source)).count
            let readerLines =
                labels.map {
                    [
                        "Sentence reader fitted on \($0.count) labelled sentences (multinomial logistic",
                        "regression, λ = \(readerFitter.lambda), \(readerFitter.steps) steps, over each sentence's",
                        "measures and the words and word pairs of \(CoachSentenceReader.gramMinimumSentences) or more",
                        "fitting sentences: \(model.sentenceReader?.gramCount ?? 0) grams);",
                        "the fitting messages' readings come from readers fitted in \(CoachModelTraining.readerFolds)",
                        "inner folds by page.",
                    ]
                } ?? ["No sentence reader (fitted without sentence labels)."]

            let source = CoachModelSource.swift(
                model,
                provenance: [
                    "Fitted on \(messages.count) messages from \(sources) source pages by",
                    "`sameside coach-model fit --corpus FILE --out FILE` with the corpus at",
                    "\(corpus) (ordinal logistic regression, λ = \(fitter.lambda),",
                    "mixed messages weighing \(fitter.mixedWeight), \(fitter.steps) steps,",
                    "at most \(fitter.vocabularyLimit) vocabulary words).",
                ] + readerLines)
            do {
                try Data(source.utf8).write(to: URL(fileURLWithPath: out))
            } catch {
                throw ValidationError("cannot write \(out)")
            }
            print("fitted on \(messages.count) messages from \(sources) pages; wrote \(out)")
        }
    }

    /// `coach-model evaluate`: grouped cross-validation by source page; the held-out and hand-written sets.
    struct Evaluate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Out-of-fold figures (folds by page); committed weights on the held-out and hand-written sets.")

        @Option(help: "The labelled corpus (JSON Lines).")
        var corpus: String

        @Option(help: "Number of folds; no source page is in more than one.")
        var folds: Int = 10

        @Option(help: "Folder with the hand-written evaluation-*.txt files, scored with the committed weights.")
        var handwritten: String = "Tests/Fixtures/coach"

        @Option(
            help: """
                A held-out corpus (JSON Lines, the corpus format) collected after the fit, scored with the committed \
                weights; skipped when the file is absent.
                """)
        var holdout: String = "Tests/Fixtures/coach/holdout/messages.jsonl"

        @Option(
            help: ArgumentHelp(
                "The L2 penalty (for trying others; the committed fit uses the default).", visibility: .hidden))
        var lambda: Double = CoachModelFitter().lambda

        @Option(help: ArgumentHelp("Loss weight of mixed-labelled messages.", visibility: .hidden))
        var mixedWeight: Double = CoachModelFitter().mixedWeight

        @Option(help: ArgumentHelp("α: clear messages also pay α · −log(1 − P(opposite)).", visibility: .hidden))
        var oppositeWeight: Double = CoachModelFitter().oppositeWeight

        @Option(help: ArgumentHelp("The L2 penalty on vocabulary words (default: --lambda).", visibility: .hidden))
        var wordLambda: Double?

        @Option(help: ArgumentHelp("The most vocabulary words a model takes.", visibility: .hidden))
        var vocabularyLimit: Int = CoachModelFitter().vocabularyLimit

        @Flag(help: "Also print every clear message judged otherwise out of fold, with the features that moved it.")
        var misses = false

        @Option(help: "The sentence labels (default: sentences.jsonl beside the corpus; `none`: no sentence reader).")
        var sentences: String?

        @Flag(help: ArgumentHelp("Keep vocabulary words on their 0/1 scale.", visibility: .hidden))
        var rawWords = false

        @Option(
            help: ArgumentHelp(
                "Also fit on the whole corpus with these settings and score this labelled set (for choosing "
                    + "settings on a spent held-out set).", visibility: .hidden))
        var fitAndScore: String?

        @Flag(
            help: ArgumentHelp(
                "With --fit-and-score: print only that set's figures (no cross-validation, held-out or hand-written "
                    + "set).", visibility: .hidden))
        var onlyFitAndScore = false

        @Option(help: ArgumentHelp("The sentence reader's L2 penalty.", visibility: .hidden))
        var readerLambda: Double = CoachSentenceReaderFitter().lambda

        @Option(help: ArgumentHelp("The sentence reader's gradient steps.", visibility: .hidden))
        var readerSteps: Int = CoachSentenceReaderFitter().steps

        @Option(help: ArgumentHelp("How many fitting sentences must use a reader gram.", visibility: .hidden))
        var gramMinimum: Int = CoachSentenceReaderFitter().gramMinimum

        func validate() throws {
            guard folds >= 2 else { throw ValidationError("--folds must be 2 or more") }
            guard gramMinimum >= 1 else { throw ValidationError("--gram-minimum must be 1 or more") }
            guard oppositeWeight >= 0, oppositeWeight.isFinite else {
                throw ValidationError("--opposite-weight must be 0 or more")
            }
            if onlyFitAndScore && fitAndScore == nil {
                throw ValidationError("--only-fit-and-score needs --fit-and-score FILE")
            }
        }

        func run() throws {
            let messages = try CoachModelCommand.corpus(corpus)
            let sources = Set(messages.map(\.source)).count
            var fitter = CoachModelFitter(
                lambda: lambda, mixedWeight: mixedWeight, wordLambda: wordLambda ?? CoachModelFitter().wordLambda,
                vocabularyLimit: vocabularyLimit)
            fitter.standardiseWords = !rawWords
            fitter.oppositeWeight = oppositeWeight
            let labels = try CoachModelCommand.sentenceLabels(sentences, corpus: corpus)
            var readerFitter = CoachSentenceReaderFitter(lambda: readerLambda, steps: readerSteps)
            readerFitter.gramMinimum = gramMinimum
            if let fitAndScore {
                let set = try CoachModelCommand.corpus(fitAndScore)
                let model = CoachModelTraining.fit(
                    messages, sentences: labels, fitter: fitter, readerFitter: readerFitter)
                print(
                    CoachModelTraining.evaluate(set, model: model).text(
                        title: "\(fitAndScore), weights fitted on the whole corpus with these settings"))
                print("")
                if onlyFitAndScore { return }
            }
            let outOfFold = CoachModelTraining.crossValidate(
                messages, sentences: labels, folds: folds, fitter: fitter, readerFitter: readerFitter)
            print(
                outOfFold.text(
                    title: "Out of fold: \(messages.count) messages, \(sources) source pages, \(folds) folds by page"))
            print("judged the opposite way: " + outOfFold.opposite.joined(separator: ", "))
            if misses {
                let byID = Dictionary(messages.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
                for miss in outOfFold.misses {
                    guard let message = byID[miss.id] else { continue }
                    print(
                        "\n\(miss.id) \(message.genre) \(message.kind.rawValue): \(message.label.rawValue) → "
                            + "\(miss.verdict.rawValue) (score \(miss.score))")
                    print("  reason: \(message.reason)")
                    print(
                        "  drivers: "
                            + miss.drivers.map { "\($0.feature)=\($0.value) \($0.effect)" }
                            .joined(separator: ", "))
                    print("  " + message.text.replacingOccurrences(of: "\n", with: "\n  "))
                }
            }
            if FileManager.default.fileExists(atPath: holdout) {
                let held = try CoachModelCommand.corpus(holdout)
                let pages = Set(held.map(\.source)).count
                print("")
                print(
                    CoachModelTraining.evaluate(held, model: .standard).text(
                        title: "Held-out set, committed weights: \(held.count) messages from \(pages) pages"))
            } else {
                print("\nno held-out set at \(holdout)")
            }
            let files =
                ((try? FileManager.default.contentsOfDirectory(atPath: handwritten)) ?? [])
                .filter { $0.hasPrefix("evaluation-") && $0.hasSuffix(".txt") }.sorted()
            var set: [CoachCorpusMessage] = []
            for file in files {
                let path = (handwritten as NSString).appendingPathComponent(file)
                guard let content = try? String(contentsOfFile: path, encoding: .utf8) else {
                    throw ValidationError("cannot read \(path)")
                }
                do {
                    set += try CoachCorpus.parseEvaluationSet(content, file: file)
                } catch {
                    throw ValidationError("\(path): \(error.description)")
                }
            }
            if set.isEmpty {
                print("\nno hand-written set in \(handwritten)")
            } else {
                let handwrittenFigures = CoachModelTraining.evaluate(set, model: .standard)
                print("")
                print(handwrittenFigures.text(title: "Hand-written set, committed weights: \(set.count) messages"))
            }
        }
    }

    /// `coach-model features`: every message's measures and words as JSON Lines, for analysis outside Swift.
    struct Features: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print every corpus message's measures and lexicon words as JSON Lines (for analysis).",
            shouldDisplay: false)

        @Option(help: "The labelled corpus (JSON Lines).")
        var corpus: String

        func run() throws {
            let messages = try CoachModelCommand.corpus(corpus)
            let (names, rows) = CoachModelTraining.featureTable(messages)
            for (message, row) in zip(messages, rows) {
                let object: [String: Any] = [
                    "id": message.id, "source": message.source, "label": message.label.rawValue,
                    "kind": message.kind.rawValue, "genre": message.genre,
                    "dense": Dictionary(uniqueKeysWithValues: zip(names, row.dense)), "words": row.words,
                ]
                try CoachModelCommand.printJSONLine(object)
            }
        }
    }

    /// `coach-model sentences`: the seller's sentences of every message, with the coach's reading of each.
    struct Sentences: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print every corpus message's seller sentences, with whom the coach reads each as about.",
            shouldDisplay: false)

        @Option(help: "The labelled corpus (JSON Lines).")
        var corpus: String

        func run() throws {
            let messages = try CoachModelCommand.corpus(corpus)
            for row in CoachSentenceTable.rows(messages) {
                let object: [String: Any] = [
                    "id": row.messageID, "sentence": row.index, "text": row.text, "coach": row.reading.rawValue,
                ]
                try CoachModelCommand.printJSONLine(object)
            }
        }
    }
}
