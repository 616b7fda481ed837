extension MessageAnalyzer {
    /// Leaves in `scratch.findings` exactly the pressure findings ``run(_:kind:context:sellers:scratch:pressureOnly:)``
    /// would leave there (no context, no speakers), in the same order. Pure apart from `scratch`, which only keeps
    /// memory.
    ///
    /// The same sentence loop in its pressure-only mode; transcripts go through the full run (the review never
    /// passes one).
    func runPressure(_ p: UnsafeBufferPointer<UInt8>, kind: MessageKind, scratch: inout AnalyzerScratch) {
        guard kind != .transcript else {
            _ = run(p, kind: kind, context: nil, sellers: [], scratch: &scratch)
            scratch.findings.removeAll { $0.kind != .pressure }
            return
        }
        _ = run(p, kind: kind, context: nil, sellers: [], scratch: &scratch, pressureOnly: true)
    }
}
