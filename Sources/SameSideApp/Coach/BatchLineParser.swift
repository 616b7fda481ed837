import SameSideCore

/// A fast, strict reader for the common shape of a `coach --batch` line: one flat JSON object whose
/// keys are `id`, `text` and `kind` and whose values are strings or `null` (`{"id": "…", "text": "…"}`).
///
/// It accepts only input that is valid JSON; anything it does not handle (numbers, nested values, odd
/// whitespace) makes it return nil so the caller falls back to the full ``JSONParser``, which also words
/// the error messages. Measured: the general parser's value tree cost ~7% of `coach --batch` time.
///
/// Values are unescaped into a scratch buffer the caller keeps from line to line, so a line costs no
/// allocation once the buffer has grown to the longest text.
struct BatchLineParser {
    /// Where each field's unescaped bytes are in the scratch buffer.
    struct Line {
        var id: Range<Int>?
        var text: Range<Int>?
        var kind: Range<Int>?
    }

    private enum Key { case id, text, kind }

    /// One of the three known keys (written without escapes), else nil.
    private static func keyName(_ p: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> Key? {
        if literal(p, &i, "\"id\"") { return .id }
        if literal(p, &i, "\"text\"") { return .text }
        if literal(p, &i, "\"kind\"") { return .kind }
        return nil
    }

    /// The line's fields (their bytes in `scratch`, which is cleared first), or nil when the line is not in
    /// the simple shape (or not valid).
    static func parse(_ p: UnsafeBufferPointer<UInt8>, scratch out: inout [UInt8]) -> Line? {
        out.removeAll(keepingCapacity: true)
        var i = 0
        let n = p.count
        func skipSpace() { while i < n && (p[i] == 32 || p[i] == 9 || p[i] == 13) { i += 1 } }
        skipSpace()
        guard i < n, p[i] == UInt8(ascii: "{") else { return nil }
        i += 1
        var line = Line()
        var seenID = false
        var seenText = false
        var seenKind = false
        skipSpace()
        if i < n && p[i] == UInt8(ascii: "}") {
            i += 1
        } else {
            while true {
                skipSpace()
                guard let key = keyName(p, &i) else { return nil }
                skipSpace()
                guard i < n, p[i] == UInt8(ascii: ":") else { return nil }
                i += 1
                skipSpace()
                guard i < n else { return nil }
                var value: Range<Int>?
                if p[i] == UInt8(ascii: "\"") {
                    guard let parsed = string(p, &i, into: &out) else { return nil }
                    value = parsed
                } else if literal(p, &i, "null") {
                    value = nil
                } else {
                    return nil
                }
                switch key {
                case .id:
                    guard !seenID else { return nil }
                    seenID = true
                    line.id = value
                case .text:
                    guard !seenText else { return nil }
                    seenText = true
                    line.text = value
                case .kind:
                    guard !seenKind else { return nil }
                    seenKind = true
                    line.kind = value
                }
                skipSpace()
                guard i < n else { return nil }
                if p[i] == UInt8(ascii: ",") {
                    i += 1
                    continue
                }
                guard p[i] == UInt8(ascii: "}") else { return nil }
                i += 1
                break
            }
        }
        skipSpace()
        return i == n ? line : nil
    }

    private static func literal(_ p: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ word: StaticString) -> Bool {
        let length = word.utf8CodeUnitCount
        guard i + length <= p.count else { return false }
        let matches = word.withUTF8Buffer { w in (0..<length).allSatisfy { p[i + $0] == w[$0] } }
        if matches { i += length }
        return matches
    }

    /// A JSON string at `i` (which must be `"`), unescaped onto the end of `out`; where it went in `out`, or
    /// nil if malformed or not valid UTF-8.
    private static func string(
        _ p: UnsafeBufferPointer<UInt8>, _ i: inout Int, into out: inout [UInt8]
    ) -> Range<Int>? {
        let n = p.count
        guard i < n, p[i] == UInt8(ascii: "\"") else { return nil }
        i += 1
        let first = out.count
        var runStart = i
        let raw = UnsafeRawPointer(p.baseAddress!)
        while i < n {
            // Eight plain ASCII bytes at a time (no quote, backslash or control byte): most of every text.
            while i + 8 <= n && isPlainASCII(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { i += 8 }
            guard i < n else { break }
            let b = p[i]
            if b == UInt8(ascii: "\"") {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: p[runStart..<i]))
                i += 1
                return first..<out.count
            }
            if b < 0x20 { return nil }
            if b < 0x80 && b != 92 {
                i += 1
                continue
            }
            if b >= 0x80 {
                guard let length = UTF8Check.sequenceLength(p, at: i) else { return nil }
                i += length
                continue
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: p[runStart..<i]))
            guard i + 1 < n else { return nil }
            let escape = p[i + 1]
            i += 2
            switch escape {
            case UInt8(ascii: "\""): out.append(34)
            case 92: out.append(92)
            case UInt8(ascii: "/"): out.append(47)
            case UInt8(ascii: "b"): out.append(8)
            case UInt8(ascii: "f"): out.append(12)
            case UInt8(ascii: "n"): out.append(10)
            case UInt8(ascii: "r"): out.append(13)
            case UInt8(ascii: "t"): out.append(9)
            case UInt8(ascii: "u"):
                guard var scalar = hex4(p, i) else { return nil }
                i += 4
                if scalar >= 0xD800 && scalar < 0xDC00 {
                    guard i + 6 <= n, p[i] == 92, p[i + 1] == UInt8(ascii: "u"), let low = hex4(p, i + 2),
                        low >= 0xDC00 && low < 0xE000
                    else { return nil }
                    i += 6
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if scalar >= 0xDC00 && scalar < 0xE000 {
                    return nil
                }
                guard let unicode = Unicode.Scalar(scalar) else { return nil }
                out.append(contentsOf: String(unicode).utf8)
            default:
                return nil
            }
            runStart = i
        }
        return nil
    }

    /// Whether all eight bytes of `word` are ASCII other than control bytes, `"` and `\\` (the has-zero-byte
    /// bit trick, exact for "any").
    @inline(__always)
    private static func isPlainASCII(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let special =
            word | ((word &- ones &* 0x20) & ~word) | ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
        return special & high == 0
    }

    private static func hex4(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt32? {
        guard i + 4 <= p.count else { return nil }
        var value: UInt32 = 0
        for k in 0..<4 {
            let c = p[i + k]
            let digit: UInt32
            switch c {
            case 48...57: digit = UInt32(c - 48)
            case 97...102: digit = UInt32(c - 87)
            case 65...70: digit = UInt32(c - 55)
            default: return nil
            }
            value = value << 4 | digit
        }
        return value
    }
}
