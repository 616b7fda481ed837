extension MessageAnalyzer {
    /// Judges `p` and hands `body` each pressure finding's category and text, in the order the full report lists
    /// them (``analyze(_:kind:context:sellers:)`` then keeping `.pressure` gives the same).
    ///
    /// Skips what only the report needs: the judging of other kinds (``runPressure(_:kind:scratch:)``), scalar
    /// offsets, the other kinds' texts, suggestions, metrics, readability and advice. `scratch` keeps its arrays'
    /// memory for the next message.
    func pressureFindings(
        _ p: UnsafeBufferPointer<UInt8>, kind: MessageKind, scratch: inout AnalyzerScratch,
        _ body: (CoachFinding.Category, String) -> Void
    ) {
        runPressure(p, kind: kind, scratch: &scratch)
        guard !scratch.findings.isEmpty else { return }
        // Same order as the report, which sorts all findings when they are out of input order: the sort is
        // stable, so sorting the pressure findings alone keeps them in the order they have among all of them.
        if !Self.inInputOrder(scratch.findings) { scratch.findings.sort(by: Self.inputOrder) }
        for finding in scratch.findings {
            let span = UnsafeBufferPointer(rebasing: p[finding.start..<max(finding.start, finding.end)])
            body(finding.category, String(decoding: span, as: UTF8.self))
        }
    }
}

extension MessageCoach {
    /// The pressure findings the full ``coach(_:kind:context:)`` would report on `text` (no context, no
    /// speakers), as category and exact text, in report order. Pure apart from `scratch`, which only keeps memory.
    func pressureFindings(
        in text: String, kind: MessageKind, scratch: inout AnalyzerScratch,
        _ body: (CoachFinding.Category, String) -> Void
    ) {
        var text = text
        text.withUTF8 { whole in
            var bytes = whole
            if bytes.count > Self.maxBytes {
                var end = Self.maxBytes
                while end > 0 && bytes[end] & 0xC0 == 0x80 { end -= 1 }
                bytes = UnsafeBufferPointer(rebasing: bytes[0..<end])
            }
            MessageAnalyzer(lexicon: compiled, scoring: scoring).pressureFindings(
                bytes, kind: kind, scratch: &scratch, body)
        }
    }
}
