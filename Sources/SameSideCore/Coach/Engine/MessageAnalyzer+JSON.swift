extension MessageAnalyzer {
    /// Judges `p` and writes its report's JSON (byte for byte ``CoachReport/jsonBytes(id:)``) into `out`
    /// straight from the analysis: finding texts are escaped from the input bytes, with no `CoachFinding`
    /// or `String` in between.
    func writeJSON(
        _ p: UnsafeBufferPointer<UInt8>, kind: MessageKind, sellers: [String], id: UnsafeBufferPointer<UInt8>?,
        scratch: inout AnalyzerScratch, into out: inout JSONText
    ) {
        let outcome = run(p, kind: kind, context: nil, sellers: sellers, scratch: &scratch)
        let summary = summarize(p, kind: kind, outcome: outcome, scratch: scratch, context: nil)
        if !Self.inInputOrder(scratch.findings) { scratch.findings.sort(by: Self.inputOrder) }
        out.raw("{")
        if let id {
            out.raw("\"id\":")
            out.escaped(id)
            out.raw(",")
        }
        CoachReport.writeSummary(
            &out, kind: summary.kind, verdict: summary.verdict, score: summary.score, metrics: summary.metrics)
        var scalarAt = ScalarOffsets(p)
        out.raw("\"findings\":")
        out.raw("[")
        let suggestionStart = lexicon.escapedSuggestionStart
        lexicon.escapedSuggestions.withUnsafeBufferPointer { suggestions in
            for index in scratch.findings.indices {
                let finding = scratch.findings[index]
                if index > 0 { out.raw(",") }
                CoachReport.writeFindingHead(&out, kind: finding.kind, category: finding.category)
                out.escaped(UnsafeBufferPointer(rebasing: p[finding.start..<max(finding.start, finding.end)]))
                let start = scalarAt(finding.start)
                let id = Int(finding.suggestion)
                CoachReport.writeFindingTail(
                    &out, start: start, end: scalarAt(finding.end),
                    escapedSuggestion: UnsafeBufferPointer(
                        rebasing: suggestions[suggestionStart[id]..<suggestionStart[id + 1]]))
            }
        }
        out.raw("],\"advice\":")
        out.strings(summary.advice)
        CoachReport.writeDrivers(&out, summary.drivers)
        if summary.kind == .transcript || !scratch.candidates.isEmpty {
            out.raw(",\"candidateGoals\":")
            out.raw("[")
            for index in scratch.candidates.indices {
                let candidate = scratch.candidates[index]
                if index > 0 { out.raw(",") }
                CoachReport.writeCandidateHead(&out, speaker: Self.speaker(at: candidate.start, layout: outcome.layout))
                out.escaped(UnsafeBufferPointer(rebasing: p[candidate.start..<max(candidate.start, candidate.end)]))
                let start = scalarAt(candidate.start)
                CoachReport.writeCandidateTail(
                    &out, start: start, end: scalarAt(candidate.end), hasNumber: candidate.hasNumber)
            }
            out.raw("]")
        }
        CoachReport.writeAlignmentAndClose(&out, summary.alignment)
    }
}
