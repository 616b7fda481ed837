import Foundation

/// The one progress display: a line on stderr, drawn only when stderr is a terminal, and cleared at the end.
final class ProgressDisplay: @unchecked Sendable {
    // Updated from one task at a time.
    private let label: String
    private let enabled: Bool
    private var lastDraw: UInt64 = 0
    private var lastPercent = -1
    private var drawn = false

    init(label: String) {
        self.label = label
        enabled = StandardStreams.stderrIsTerminal
    }

    /// `DONE/TOTAL LABEL (P%)`, redrawn when the percentage changes.
    func update(count done: Int, of total: Int) {
        guard enabled else { return }
        let total = max(total, 1)
        let percent = min(100, done * 100 / total)
        guard percent != lastPercent else { return }
        lastPercent = percent
        draw("\r\(done)/\(total) \(label) (\(percent)%)")
    }

    /// `LABEL: [####....] P%` when the total is known, else `LABEL: 12.3 MB`; at most five times a second.
    func update(bytes: Int, total: Int?) {
        guard enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        guard now - lastDraw > 200_000_000 else { return }
        lastDraw = now
        var text = "\r\(label): "
        if let total, total > 0 {
            let fraction = min(1, Double(bytes) / Double(total))
            let filled = Int(fraction * 30)
            text += "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: 30 - filled) + "] "
            text += "\(Int(fraction * 100))%"
        } else {
            text += String(format: "%.1f MB", Double(bytes) / 1_048_576)
        }
        draw(text)
    }

    /// Clears the line, if anything was drawn.
    func clear() {
        guard drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        drawn = false
    }

    private func draw(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
        drawn = true
    }
}
