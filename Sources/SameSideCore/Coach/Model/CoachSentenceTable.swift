import Foundation

/// The seller's sentences of each corpus message as the coach splits them, with the coach's own reading of
/// whom each is about — for labelling sentences by hand and comparing (`sameside coach-model sentences`).
public enum CoachSentenceTable {
    /// Whom a sentence is about, as the coach reads it (the first party it names; docs/coach.md, "Features").
    public enum Reading: String, Sendable, CaseIterable {
        case us, them
        case theirBusiness = "their-business"
        case neither
    }

    /// One seller sentence: its message, its place among the message's seller sentences (from 1), its exact
    /// text and the coach's reading.
    public struct Row: Sendable, Equatable {
        public var messageID: String
        public var index: Int
        public var text: String
        public var reading: Reading
    }

    /// Every seller sentence of `messages`, in order. Pure.
    public static func rows(_ messages: [CoachCorpusMessage], lexicon: CoachLexicon = .standard) -> [Row] {
        let coach = MessageCoach(lexicon: lexicon)
        let analyzer = MessageAnalyzer(lexicon: coach.compiled, scoring: CompiledModel(everyWordOf: coach.compiled))
        var scratch = AnalyzerScratch()
        var rows: [Row] = []
        for message in messages {
            var text = message.text
            var texts: [String] = []
            text.withUTF8 { bytes in
                _ = analyzer.run(bytes, kind: message.kind, context: nil, sellers: message.sellers, scratch: &scratch)
                let tokens = scratch.tokens
                let roles = scratch.roles
                for sentence in scratch.sentences where sentence.role == TokenRole.seller {
                    guard
                        let first = (sentence.start..<sentence.end).first(where: {
                            tokens[$0].kind == .word && roles[$0] == TokenRole.seller
                        })
                    else { continue }
                    let start = Int(tokens[first].start)
                    let end = MessageAnalyzer.spanEnd(tokens, sentence)
                    guard end > start else { continue }
                    texts.append(
                        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                }
            }
            for (offset, sentence) in texts.enumerated() {
                rows.append(
                    Row(
                        messageID: message.id, index: offset + 1, text: sentence,
                        reading: reading(of: sentence, analyzer: analyzer, scratch: &scratch)))
            }
        }
        return rows
    }

    /// The coach's reading of one sentence judged on its own (as a note). Pure.
    static func reading(of sentence: String, analyzer: MessageAnalyzer, scratch: inout AnalyzerScratch) -> Reading {
        var text = sentence
        let features = text.withUTF8 { bytes in
            analyzer.run(bytes, kind: .note, context: nil, sellers: [], scratch: &scratch).tally.features
        }
        if features.aboutUs > 0 && features.aboutUs >= features.aboutThem { return .us }
        if features.aboutThem > 0 { return .them }
        if features.aboutTheirBusiness > 0 { return .theirBusiness }
        return .neither
    }
}
