import Foundation

/// A progress bar on stderr, drawn only when stderr is a terminal, at most a few times a second.
final class ImportProgress: @unchecked Sendable {
    // Updated from the import's task only, one call at a time.
    private let label: String
    private let enabled: Bool
    private var lastDraw: UInt64 = 0
    private var drawn = false

    init(label: String) {
        self.label = label
        enabled = StandardStreams.stderrIsTerminal
    }

    func update(bytes: Int, total: Int?) {
        guard enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        guard now - lastDraw > 200_000_000 else { return }
        lastDraw = now
        let mb = Double(bytes) / 1_048_576
        var text = "\r\(label): "
        if let total, total > 0 {
            let fraction = min(1, Double(bytes) / Double(total))
            let filled = Int(fraction * 30)
            text += "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: 30 - filled) + "] "
            text += "\(Int(fraction * 100))%"
        } else {
            text += String(format: "%.1f MB", mb)
        }
        FileHandle.standardError.write(Data(text.utf8))
        drawn = true
    }

    func clear() {
        guard drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        drawn = false
    }
}
