/// Reads one message for `sameside coach`: UTF-8 text, not empty, not binary.
enum MessageText {
    /// The text of `path` (`-` for stdin). Throws ``CLIError/badInput(_:)`` for empty, binary or non-UTF-8 input.
    static func read(_ path: String) throws -> String {
        let bytes = try InputFile.readAll(path)
        return try decode(bytes, name: InputFile.displayName(path))
    }

    /// `bytes` as text, or a clear error naming `name` and the offending byte offset.
    static func decode(_ bytes: [UInt8], name: String) throws -> String {
        if let problem = problem(in: bytes) { throw CLIError.badInput("\(name): \(problem)") }
        let text = String(decoding: bytes, as: UTF8.self)
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            throw CLIError.badInput("\(name): the message is empty; expected text to coach")
        }
        return text
    }

    /// What makes `bytes` unacceptable as a message, or nil. Pure.
    static func problem(in bytes: [UInt8]) -> String? {
        if let nul = bytes.firstIndex(of: 0) {
            return "binary data (a NUL byte at offset \(nul)); expected UTF-8 text"
        }
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                i += 1
                continue
            }
            let length: Int
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return invalid(b, at: i)
            }
            guard i + length <= n else { return invalid(b, at: i) }
            for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { return invalid(bytes[i + k], at: i + k) }
            let second = bytes[i + 1]
            if (b == 0xE0 && second < 0xA0) || (b == 0xED && second > 0x9F) || (b == 0xF0 && second < 0x90)
                || (b == 0xF4 && second > 0x8F)
            {
                return invalid(b, at: i)
            }
            i += length
        }
        return nil
    }

    private static func invalid(_ byte: UInt8, at offset: Int) -> String {
        let hex = String(byte, radix: 16, uppercase: true)
        return "not UTF-8 text (byte 0x\(hex.count == 1 ? "0" + hex : hex) at offset \(offset)); binary data?"
    }
}
