/// Memory one thread reuses while coaching many messages in turn, and the JSON lines it has written.
///
/// `coach --batch` gives each worker one workspace: token, sentence and finding arrays keep their capacity
/// from message to message, and results are written as JSON straight into ``output`` (which grows as needed).
/// Not thread-safe; one per thread.
public struct CoachWorkspace: ~Copyable {
    var out: JSONText
    var scratch = AnalyzerScratch()
    /// The analyzer of the last coach that wrote here: made once, not per message (making one copies a dozen
    /// table references, each retained and released again).
    var analyzer: MessageAnalyzer?

    /// An empty workspace.
    public init() {
        out = JSONText(capacity: 1 << 16)
    }

    /// The JSON written since the last ``clearOutput()``.
    public var output: UnsafeBufferPointer<UInt8> { out.bytes }

    /// Forgets the output written so far, keeping its memory.
    public mutating func clearOutput() { out.removeAll() }

    /// Appends bytes to the output as they are (the caller's own JSON, e.g. an error line).
    public mutating func appendOutput(_ bytes: UnsafeBufferPointer<UInt8>) { out.raw(bytes) }

    /// Appends one byte to the output as it is.
    public mutating func appendOutput(byte: UInt8) { out.byte(byte) }
}

extension MessageCoach {
    /// Coaches UTF-8 bytes and appends the report's JSON (``CoachReport/jsonBytes(id:)``, byte for byte) and a
    /// newline to `workspace`'s output. Pure apart from the workspace.
    ///
    /// - Parameter id: the id to write first, as raw UTF-8 (it is escaped here), or nil for none.
    public func appendJSONLine(
        utf8 bytes: UnsafeBufferPointer<UInt8>, kind: MessageKind, sellerSpeakers: [String] = [],
        id: UnsafeBufferPointer<UInt8>?, to workspace: inout CoachWorkspace
    ) {
        if bytes.count > Self.maxBytes {
            let report = coach(utf8: bytes, kind: kind, context: nil, sellerSpeakers: sellerSpeakers)
            report.write(into: &workspace.out, rawID: id)
        } else {
            if workspace.analyzer?.lexicon !== compiled || workspace.analyzer?.scoring !== scoring {
                workspace.analyzer = MessageAnalyzer(lexicon: compiled, scoring: scoring)
            }
            workspace.analyzer?.writeJSON(
                bytes, kind: kind, sellers: sellerSpeakers, id: id, scratch: &workspace.scratch,
                into: &workspace.out)
        }
        workspace.out.byte(10)
    }
}
