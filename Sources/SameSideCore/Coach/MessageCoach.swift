/// Judges a message — email, LinkedIn message, call note or transcript — by whether it speaks to the
/// customer's business or to ours. A value: build once, share freely; every call is pure.
public struct MessageCoach: Sendable {
    /// The lexicon this coach matches with.
    public let lexicon: CoachLexicon
    /// The fitted weights behind the verdict (``CoachModel/standard`` by default).
    public let model: CoachModel
    let compiled: CompiledLexicon
    let scoring: CompiledModel

    /// Messages longer than this are judged on their first `maxBytes` bytes (with advice saying so).
    public static let maxBytes = 1 << 30

    private static let standardCompiled = CompiledLexicon(
        .standard, gramWords: ReaderTables.gramWords(CoachModel.standard.sentenceReader))
    private static let standardScoring = CompiledModel(.standard, lexicon: standardCompiled)

    /// A coach with `lexicon` (the built-in one by default) and `model`. Compiling a lexicon takes milliseconds.
    ///
    /// The lexicon is compiled with the words of the model's sentence reader (its grams), so the two always
    /// go together.
    public init(lexicon: CoachLexicon = .standard, model: CoachModel = .standard) {
        self.lexicon = lexicon
        self.model = model
        let standard = lexicon == .standard && model == .standard
        self.compiled =
            standard
            ? Self.standardCompiled
            : CompiledLexicon(lexicon, gramWords: ReaderTables.gramWords(model.sentenceReader))
        self.scoring = standard ? Self.standardScoring : CompiledModel(model, lexicon: compiled)
    }

    private init(lexicon: CoachLexicon, model: CoachModel, compiled: CompiledLexicon, scoring: CompiledModel) {
        self.lexicon = lexicon
        self.model = model
        self.compiled = compiled
        self.scoring = scoring
    }

    /// The same coach with its own copy of the compiled tables (copied, not compiled again). Pure.
    ///
    /// Threads coaching at the same time each retain and release the tables they read; with one shared copy
    /// those reference counts bounce between cores. `coach --batch` gives each worker but the first its own.
    public func withOwnTables() -> MessageCoach {
        MessageCoach(
            lexicon: lexicon, model: model, compiled: CompiledLexicon(copying: compiled),
            scoring: CompiledModel(copying: scoring))
    }

    /// The coach's report on `text`. Pure.
    ///
    /// - Parameters:
    ///   - kind: what the text is; `.transcript` reads `Speaker: words` lines.
    ///   - context: the deal's goals, compelling event and open steps, to check the message against.
    public func coach(_ text: String, kind: MessageKind = .email, context: CoachContext? = nil) -> CoachReport {
        coach(text, kind: kind, context: context, sellerSpeakers: [])
    }

    /// The coach's report on `text`, naming the seller's speakers for a transcript. Pure.
    public func coach(
        _ text: String, kind: MessageKind = .email, context: CoachContext? = nil, sellerSpeakers: [String]
    ) -> CoachReport {
        var text = text
        return text.withUTF8 { coach(utf8: $0, kind: kind, context: context, sellerSpeakers: sellerSpeakers) }
    }

    /// The coach's report on UTF-8 bytes (must be valid UTF-8; offsets in findings count Unicode scalars). Pure.
    public func coach(
        utf8 bytes: UnsafeBufferPointer<UInt8>, kind: MessageKind = .email, context: CoachContext? = nil,
        sellerSpeakers: [String] = []
    ) -> CoachReport {
        var bytes = bytes
        var truncated = false
        if bytes.count > Self.maxBytes {
            var end = Self.maxBytes
            while end > 0 && bytes[end] & 0xC0 == 0x80 { end -= 1 }
            bytes = UnsafeBufferPointer(rebasing: bytes[0..<end])
            truncated = true
        }
        var report = MessageAnalyzer(lexicon: compiled, scoring: scoring).analyze(
            bytes, kind: kind, context: context, sellers: sellerSpeakers)
        if truncated { report.advice.insert("Judged on the first 1 GiB only.", at: 0) }
        return report
    }
}
