/// Where a use case writes a report: standard output for the CLI, a buffer for a web response or a test.
public protocol ReportSink: AnyObject {
    /// Appends `text`.
    func write(_ text: String)
    /// Appends `bytes`.
    func write(bytes: [UInt8])
    /// Hands on what is buffered.
    func flush()
}

/// A report kept in memory.
public final class BufferSink: ReportSink {
    /// Everything written so far.
    public private(set) var bytes: [UInt8] = []

    public init() {}

    /// What was written, as text.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    public func write(_ text: String) { bytes.append(contentsOf: text.utf8) }
    public func write(bytes: [UInt8]) { self.bytes.append(contentsOf: bytes) }
    public func flush() {}
}
