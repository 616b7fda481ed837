import SameSideCore

/// Reads one message to coach: UTF-8 text, not empty, not binary.
public enum MessageText {
    /// The text of `path` (`-` for stdin).
    /// - Throws: ``AppError/badInput(_:)`` for a missing file and for empty, binary or non-UTF-8 input.
    public static func read(_ path: String) throws(AppError) -> String {
        let bytes = try InputFile.readAll(path)
        return try decode(bytes, name: InputFile.displayName(path))
    }

    /// `bytes` as text, or a clear error naming `name` and the offending byte offset.
    /// - Throws: ``AppError/badInput(_:)``.
    public static func decode(_ bytes: [UInt8], name: String) throws(AppError) -> String {
        if let problem = problem(in: bytes) { throw AppError.badInput("\(name): \(problem)") }
        let text = String(decoding: bytes, as: UTF8.self)
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            throw AppError.badInput("\(name): the message is empty; expected text to coach")
        }
        return text
    }

    /// What makes `bytes` unacceptable as a message, or nil. Pure.
    public static func problem(in bytes: [UInt8]) -> String? {
        if let nul = bytes.firstIndex(of: 0) {
            return "binary data (a NUL byte at offset \(nul)); expected UTF-8 text"
        }
        guard let offset = bytes.withUnsafeBufferPointer(UTF8Check.firstInvalidOffset) else { return nil }
        let hex = String(bytes[offset], radix: 16, uppercase: true)
        return "not UTF-8 text (byte 0x\(hex.count == 1 ? "0" + hex : hex) at offset \(offset)); binary data?"
    }
}
