extension CoachReport {
    /// The report as one JSON object (the contract's shape in spec/cli.md; camelCase keys). Pure.
    ///
    /// `id`, when given, is written first (for `coach --batch`).
    public func jsonBytes(id: String? = nil) -> [UInt8] {
        var bytes: [UInt8] = []
        appendJSON(to: &bytes, id: id)
        return bytes
    }

    /// Appends ``jsonBytes(id:)`` to `buffer`. Pure.
    public func appendJSON(to buffer: inout [UInt8], id: String? = nil) {
        var out = JSONText(capacity: 4096)
        write(&out, id: id)
        buffer.append(contentsOf: out.bytes)
    }

    /// Writes ``jsonBytes(id:)`` into `out`, which grows as needed.
    func write(into out: inout JSONText, id: String? = nil) { write(&out, id: id) }

    /// Writes ``jsonBytes(id:)`` into `out` with the id given as raw UTF-8 bytes.
    func write(into out: inout JSONText, rawID: UnsafeBufferPointer<UInt8>?) {
        out.raw("{")
        if let rawID {
            out.key("id")
            out.escaped(rawID)
            out.raw(",")
        }
        writeFields(&out)
    }

    private func write(_ out: inout JSONText, id: String?) {
        out.raw("{")
        if let id {
            out.key("id")
            out.string(id)
            out.raw(",")
        }
        writeFields(&out)
    }

    private func writeFields(_ out: inout JSONText) {
        Self.writeSummary(&out, kind: kind, verdict: verdict, score: score, metrics: metrics)
        out.key("findings")
        out.raw("[")
        for (index, finding) in findings.enumerated() {
            if index > 0 { out.raw(",") }
            Self.writeFindingHead(&out, kind: finding.kind, category: finding.category)
            out.string(finding.text)
            Self.writeFindingTail(&out, start: finding.start, end: finding.end, suggestion: finding.suggestion)
        }
        out.raw("],")
        out.key("advice")
        out.strings(advice)
        if kind == .transcript || !candidateGoals.isEmpty {
            out.raw(",")
            out.key("candidateGoals")
            out.raw("[")
            for (index, goal) in candidateGoals.enumerated() {
                if index > 0 { out.raw(",") }
                Self.writeCandidateHead(&out, speaker: goal.speaker)
                out.string(goal.text)
                Self.writeCandidateTail(&out, start: goal.start, end: goal.end, hasNumber: goal.hasNumber)
            }
            out.raw("]")
        }
        Self.writeAlignmentAndClose(&out, goalAlignment)
    }

    // The pieces below are shared with the batch path, which writes from the analysis without a report.

    /// `"kind":…,"verdict":…,"score":…,"metrics":{…},`
    static func writeSummary(
        _ out: inout JSONText, kind: MessageKind, verdict: CoachVerdict, score: Int, metrics: CoachMetrics
    ) {
        out.key("kind")
        out.string(kind.rawValue)
        out.raw(",")
        out.key("verdict")
        out.string(verdict.rawValue)
        out.raw(",")
        out.key("score")
        out.int(score)
        out.raw(",")
        out.key("metrics")
        writeMetrics(&out, metrics)
        out.raw(",")
    }

    /// `{"kind":…,"category":…,"text":` (the caller writes the text).
    static func writeFindingHead(_ out: inout JSONText, kind: CoachFinding.Kind, category: CoachFinding.Category) {
        out.raw("{")
        out.key("kind")
        out.string(kind.rawValue)
        out.raw(",")
        out.key("category")
        out.string(category.rawValue)
        out.raw(",")
        out.key("text")
    }

    /// `,"start":…,"end":…,"suggestion":…}`
    static func writeFindingTail(_ out: inout JSONText, start: Int, end: Int, suggestion: String) {
        out.raw(",")
        out.key("start")
        out.int(start)
        out.raw(",")
        out.key("end")
        out.int(end)
        out.raw(",")
        out.key("suggestion")
        out.string(suggestion)
        out.raw("}")
    }

    /// `{"speaker":…,"text":` (the caller writes the text).
    static func writeCandidateHead(_ out: inout JSONText, speaker: String) {
        out.raw("{")
        out.key("speaker")
        out.string(speaker)
        out.raw(",")
        out.key("text")
    }

    /// `,"start":…,"end":…,"hasNumber":…}`
    static func writeCandidateTail(_ out: inout JSONText, start: Int, end: Int, hasNumber: Bool) {
        out.raw(",")
        out.key("start")
        out.int(start)
        out.raw(",")
        out.key("end")
        out.int(end)
        out.raw(",")
        out.key("hasNumber")
        out.bool(hasNumber)
        out.raw("}")
    }

    /// `,"goalAlignment":{…}` when there is one, then the report's closing `}`.
    static func writeAlignmentAndClose(_ out: inout JSONText, _ goalAlignment: GoalAlignment?) {
        if let goalAlignment {
            out.raw(",")
            out.key("goalAlignment")
            out.raw("{")
            out.key("coverage")
            out.number(goalAlignment.coverage)
            out.raw(",")
            out.key("mentioned")
            out.strings(goalAlignment.mentioned)
            out.raw(",")
            out.key("suggestions")
            out.strings(goalAlignment.suggestions)
            out.raw("}")
        }
        out.raw("}")
    }

    /// ``jsonBytes(id:)`` as a string. Pure.
    public func json(id: String? = nil) -> String { String(decoding: jsonBytes(id: id), as: UTF8.self) }

    private static func writeMetrics(_ out: inout JSONText, _ metrics: CoachMetrics) {
        out.raw("{")
        out.key("words")
        out.int(metrics.words)
        out.raw(",")
        out.key("sentences")
        out.int(metrics.sentences)
        out.raw(",")
        out.key("customerFocus")
        out.number(metrics.customerFocus)
        out.raw(",")
        out.key("customerReferences")
        out.int(metrics.customerReferences)
        out.raw(",")
        out.key("sellerReferences")
        out.int(metrics.sellerReferences)
        out.raw(",")
        out.key("questions")
        out.int(metrics.questions)
        out.raw(",")
        out.key("businessQuestions")
        out.int(metrics.businessQuestions)
        out.raw(",")
        out.key("closingQuestions")
        out.int(metrics.closingQuestions)
        out.raw(",")
        out.key("yesNoQuestions")
        out.int(metrics.yesNoQuestions)
        out.raw(",")
        out.key("pitchTerms")
        out.int(metrics.pitchTerms)
        out.raw(",")
        out.key("pressureTerms")
        out.int(metrics.pressureTerms)
        out.raw(",")
        out.key("readingEase")
        out.number(metrics.readingEase)
        out.raw(",")
        out.key("readingGrade")
        out.number(metrics.readingGrade)
        if let transcript = metrics.transcript {
            out.raw(",")
            out.key("talkRatio")
            out.number(transcript.talkRatio)
            out.raw(",")
            out.key("sellerWords")
            out.int(transcript.sellerWords)
            out.raw(",")
            out.key("customerWords")
            out.int(transcript.customerWords)
            out.raw(",")
            out.key("turns")
            out.int(transcript.turns)
            out.raw(",")
            out.key("longestMonologueWords")
            out.int(transcript.longestMonologueWords)
            out.raw(",")
            out.key("longestMonologueSeconds")
            out.number(transcript.longestMonologueSeconds)
            out.raw(",")
            out.key("sellerQuestions")
            out.int(transcript.sellerQuestions)
            out.raw(",")
            out.key("customerQuestions")
            out.int(transcript.customerQuestions)
            out.raw(",")
            out.key("sellerSpeakers")
            out.strings(transcript.sellerSpeakers)
            out.raw(",")
            out.key("customerSpeakers")
            out.strings(transcript.customerSpeakers)
            out.raw(",")
            out.key("benchmarks")
            out.raw("{\"talkRatio\":0.43,\"talkRatioCeiling\":0.65,\"discoveryQuestions\":[11,14]}")
        }
        out.raw("}")
    }
}
