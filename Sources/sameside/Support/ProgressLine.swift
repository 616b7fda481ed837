import Foundation

/// A one-line progress display on stderr, shown only when stderr is a terminal.
final class ProgressLine {
    private let total: Int
    private let label: String
    private let enabled: Bool
    private var lastShown = -1

    init(total: Int, label: String) {
        self.total = max(total, 1)
        self.label = label
        enabled = StandardStreams.stderrIsTerminal
    }

    /// Redraws when the percentage changes.
    func update(_ done: Int) {
        guard enabled else { return }
        let percent = min(100, done * 100 / total)
        guard percent != lastShown else { return }
        lastShown = percent
        FileHandle.standardError.write(Data("\r\(done)/\(total) \(label) (\(percent)%)".utf8))
    }

    /// Clears the line.
    func finish() {
        guard enabled, lastShown >= 0 else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
