import Foundation
import SameSideApp

/// Writing to stdout and stderr without Foundation's buffering surprises.
enum StandardStreams {
    /// Writes `text` and a newline to stderr.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Whether stdout is a terminal (colour and progress only then).
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) != 0 }

    /// Whether stderr is a terminal.
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }

    /// Whether colour may be used on stdout: a terminal, and `NO_COLOR` unset or empty.
    static var colorAllowed: Bool {
        guard stdoutIsTerminal else { return false }
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"] ?? ""
        return noColor.isEmpty
    }
}

/// A buffered writer to stdout for large outputs (generate, batch modes).
final class StdoutWriter: ReportSink {
    private var buffer: [UInt8] = []
    private let limit: Int

    init(bufferSize: Int = 1 << 16) {
        limit = bufferSize
        buffer.reserveCapacity(bufferSize)
    }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= limit { flush() }
    }

    func write(bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= limit { flush() }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBufferPointer(Self.writeAll)
        buffer.removeAll(keepingCapacity: true)
    }

    deinit { flush() }

    /// Writes `bytes` straight to stdout; stops quietly when the reader went away (e.g. `| head`), as other
    /// Unix tools do.
    static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(STDOUT_FILENO, base + offset, bytes.count - offset)
            if written <= 0 {
                if written < 0 && errno == EINTR { continue }
                exit(0)
            }
            offset += written
        }
    }
}
