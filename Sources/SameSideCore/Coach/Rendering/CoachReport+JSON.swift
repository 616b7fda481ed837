extension CoachReport {
    /// The report as one JSON object (the contract's shape in spec/cli.md; camelCase keys). Pure.
    ///
    /// `id`, when given, is written first (for `coach --batch`).
    public func jsonBytes(id: String? = nil) -> [UInt8] {
        var bytes: [UInt8] = []
        appendJSON(to: &bytes, id: id)
        return bytes
    }

    /// Appends ``jsonBytes(id:)`` to `buffer` (no intermediate copy; for batch output). Pure.
    public func appendJSON(to buffer: inout [UInt8], id: String? = nil) {
        let bound = jsonSizeBound(id: id)
        let bytes = [UInt8](unsafeUninitializedCapacity: bound) { memory, initialized in
            var out = JSONText(base: memory.baseAddress!, capacity: bound)
            write(&out, id: id)
            initialized = out.count
        }
        buffer.append(contentsOf: bytes)
    }

    /// More bytes than ``write(_:id:)`` can produce: every string escaped at worst (6 bytes per byte), plus
    /// a generous allowance for keys, numbers and punctuation.
    private func jsonSizeBound(id: String?) -> Int {
        var bound = 2048 + (id.map(JSONText.bound) ?? 0)
        for finding in findings {
            bound += 256 + JSONText.bound(finding.text) + JSONText.bound(finding.suggestion)
        }
        for item in advice { bound += 8 + JSONText.bound(item) }
        for goal in candidateGoals { bound += 160 + JSONText.bound(goal.speaker) + JSONText.bound(goal.text) }
        if let transcript = metrics.transcript {
            for name in transcript.sellerSpeakers + transcript.customerSpeakers { bound += 8 + JSONText.bound(name) }
        }
        if let goalAlignment {
            for item in goalAlignment.mentioned + goalAlignment.suggestions { bound += 8 + JSONText.bound(item) }
        }
        return bound
    }

    private func write(_ out: inout JSONText, id: String?) {
        out.raw("{")
        if let id {
            out.key("id")
            out.string(id)
            out.raw(",")
        }
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
        writeMetrics(&out)
        out.raw(",")
        out.key("findings")
        out.raw("[")
        for (index, finding) in findings.enumerated() {
            if index > 0 { out.raw(",") }
            out.raw("{")
            out.key("kind")
            out.string(finding.kind.rawValue)
            out.raw(",")
            out.key("category")
            out.string(finding.category.rawValue)
            out.raw(",")
            out.key("text")
            out.string(finding.text)
            out.raw(",")
            out.key("start")
            out.int(finding.start)
            out.raw(",")
            out.key("end")
            out.int(finding.end)
            out.raw(",")
            out.key("suggestion")
            out.string(finding.suggestion)
            out.raw("}")
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
                out.raw("{")
                out.key("speaker")
                out.string(goal.speaker)
                out.raw(",")
                out.key("text")
                out.string(goal.text)
                out.raw(",")
                out.key("start")
                out.int(goal.start)
                out.raw(",")
                out.key("end")
                out.int(goal.end)
                out.raw(",")
                out.key("hasNumber")
                out.bool(goal.hasNumber)
                out.raw("}")
            }
            out.raw("]")
        }
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

    private func writeMetrics(_ out: inout JSONText) {
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
