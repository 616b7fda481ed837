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
            out.raw("\"id\":")
            out.escaped(rawID)
            out.raw(",")
        }
        writeFields(&out)
    }

    private func write(_ out: inout JSONText, id: String?) {
        out.raw("{")
        if let id {
            out.raw("\"id\":")
            out.string(id)
            out.raw(",")
        }
        writeFields(&out)
    }

    private func writeFields(_ out: inout JSONText) {
        Self.writeSummary(&out, kind: kind, verdict: verdict, score: score, metrics: metrics)
        out.raw("\"findings\":")
        out.raw("[")
        for (index, finding) in findings.enumerated() {
            if index > 0 { out.raw(",") }
            Self.writeFindingHead(&out, kind: finding.kind, category: finding.category)
            out.string(finding.text)
            Self.writeFindingTail(&out, start: finding.start, end: finding.end, suggestion: finding.suggestion)
        }
        out.raw("],\"advice\":")
        out.strings(advice)
        Self.writeDrivers(&out, drivers)
        if kind == .transcript || !candidateGoals.isEmpty {
            out.raw(",\"candidateGoals\":")
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
        out.raw("\"kind\":")
        out.string(kind.rawValue)
        out.raw(",\"verdict\":")
        out.string(verdict.rawValue)
        out.raw(",\"score\":")
        out.int(score)
        out.raw(",\"metrics\":")
        writeMetrics(&out, metrics)
        out.raw(",")
    }

    /// `{"kind":…,"category":…,"text":` (the caller writes the text).
    static func writeFindingHead(_ out: inout JSONText, kind: CoachFinding.Kind, category: CoachFinding.Category) {
        out.raw("{\"kind\":")
        out.string(kind.rawValue)
        out.raw(",\"category\":")
        out.string(category.rawValue)
        out.raw(",\"text\":")
    }

    /// `,"start":…,"end":…,"suggestion":…}`
    static func writeFindingTail(_ out: inout JSONText, start: Int, end: Int, suggestion: String) {
        out.raw(",\"start\":")
        out.int(start)
        out.raw(",\"end\":")
        out.int(end)
        out.raw(",\"suggestion\":")
        out.string(suggestion)
        out.raw("}")
    }

    /// ``writeFindingTail(_:start:end:suggestion:)`` with the suggestion already a JSON string.
    static func writeFindingTail(
        _ out: inout JSONText, start: Int, end: Int, escapedSuggestion: UnsafeBufferPointer<UInt8>
    ) {
        out.raw(",\"start\":")
        out.int(start)
        out.raw(",\"end\":")
        out.int(end)
        out.raw(",\"suggestion\":")
        out.raw(escapedSuggestion)
        out.raw("}")
    }

    /// `,"drivers":[{"feature":…,"value":…,"effect":…},…]`
    static func writeDrivers(_ out: inout JSONText, _ drivers: [CoachDriver]) {
        out.raw(",\"drivers\":[")
        for (index, driver) in drivers.enumerated() {
            if index > 0 { out.raw(",") }
            out.raw("{\"feature\":")
            out.string(driver.feature)
            out.raw(",\"value\":")
            out.number(driver.value)
            out.raw(",\"effect\":")
            out.number(driver.effect)
            out.raw("}")
        }
        out.raw("]")
    }

    /// `{"speaker":…,"text":` (the caller writes the text).
    static func writeCandidateHead(_ out: inout JSONText, speaker: String) {
        out.raw("{\"speaker\":")
        out.string(speaker)
        out.raw(",\"text\":")
    }

    /// `,"start":…,"end":…,"hasNumber":…}`
    static func writeCandidateTail(_ out: inout JSONText, start: Int, end: Int, hasNumber: Bool) {
        out.raw(",\"start\":")
        out.int(start)
        out.raw(",\"end\":")
        out.int(end)
        out.raw(",\"hasNumber\":")
        out.bool(hasNumber)
        out.raw("}")
    }

    /// `,"goalAlignment":{…}` when there is one, then the report's closing `}`.
    static func writeAlignmentAndClose(_ out: inout JSONText, _ goalAlignment: GoalAlignment?) {
        if let goalAlignment {
            out.raw(",\"goalAlignment\":")
            out.raw("{\"coverage\":")
            out.number(goalAlignment.coverage)
            out.raw(",\"mentioned\":")
            out.strings(goalAlignment.mentioned)
            out.raw(",\"suggestions\":")
            out.strings(goalAlignment.suggestions)
            out.raw("}")
        }
        out.raw("}")
    }

    /// ``jsonBytes(id:)`` as a string. Pure.
    public func json(id: String? = nil) -> String { String(decoding: jsonBytes(id: id), as: UTF8.self) }

    private static func writeMetrics(_ out: inout JSONText, _ metrics: CoachMetrics) {
        out.raw("{\"words\":")
        out.int(metrics.words)
        out.raw(",\"sentences\":")
        out.int(metrics.sentences)
        out.raw(",\"customerFocus\":")
        out.number(metrics.customerFocus)
        out.raw(",\"customerReferences\":")
        out.int(metrics.customerReferences)
        out.raw(",\"sellerReferences\":")
        out.int(metrics.sellerReferences)
        out.raw(",\"questions\":")
        out.int(metrics.questions)
        out.raw(",\"businessQuestions\":")
        out.int(metrics.businessQuestions)
        out.raw(",\"closingQuestions\":")
        out.int(metrics.closingQuestions)
        out.raw(",\"yesNoQuestions\":")
        out.int(metrics.yesNoQuestions)
        out.raw(",\"pitchTerms\":")
        out.int(metrics.pitchTerms)
        out.raw(",\"pressureTerms\":")
        out.int(metrics.pressureTerms)
        out.raw(",\"readingEase\":")
        out.number(metrics.readingEase)
        out.raw(",\"readingGrade\":")
        out.number(metrics.readingGrade)
        if let transcript = metrics.transcript {
            out.raw(",\"talkRatio\":")
            out.number(transcript.talkRatio)
            out.raw(",\"sellerWords\":")
            out.int(transcript.sellerWords)
            out.raw(",\"customerWords\":")
            out.int(transcript.customerWords)
            out.raw(",\"turns\":")
            out.int(transcript.turns)
            out.raw(",\"longestMonologueWords\":")
            out.int(transcript.longestMonologueWords)
            out.raw(",\"longestMonologueSeconds\":")
            out.number(transcript.longestMonologueSeconds)
            out.raw(",\"sellerQuestions\":")
            out.int(transcript.sellerQuestions)
            out.raw(",\"customerQuestions\":")
            out.int(transcript.customerQuestions)
            out.raw(",\"sellerSpeakers\":")
            out.strings(transcript.sellerSpeakers)
            out.raw(",\"customerSpeakers\":")
            out.strings(transcript.customerSpeakers)
            out.raw(",\"benchmarks\":")
            out.raw("{\"talkRatio\":0.43,\"talkRatioCeiling\":0.65,\"discoveryQuestions\":[11,14]}")
        }
        out.raw("}")
    }
}
