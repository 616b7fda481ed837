/// Checks bytes for well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above
/// U+10FFFF), so the parser can build Strings with the non-generic `String(decoding:as:)`. The one
/// UTF-8 check of the code base: the JSON parser, the coach's batch reader and message reader use it.
///
/// `String(validating:as:)` does the same check but goes through generic code that looks up type
/// metadata at run time; on a profile of `validate` that lookup was 12 % of the time. Pure.
public enum UTF8Check {
    /// Whether `bytes` is well-formed UTF-8. Pure.
    public static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            if bytes[index] < 0x80 {
                index += 1
                continue
            }
            guard let length = sequenceLength(bytes, at: index) else { return false }
            index += length
        }
        return true
    }

    /// The offset of the first byte at fault, or nil when `bytes` is well-formed: a continuation byte that
    /// is missing inside a sequence, else the lead byte of an ill-formed or cut-off sequence. Pure.
    public static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            if let length = sequenceLength(bytes, at: index) {
                index += length
                continue
            }
            let expected = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            if lead >= 0xC2 && lead <= 0xF4 && index + expected <= count {
                for next in (index + 1)..<(index + expected) where bytes[next] & 0xC0 != 0x80 { return next }
            }
            return index
        }
        return nil
    }

    /// The length (2–4) of the well-formed sequence whose lead byte (0x80 or above) is at `index`, or nil. Pure.
    @inlinable
    public static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let lead = bytes[index]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            high = 0x9F
        case 0xF0:
            length = 4
            low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            high = 0x8F
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        let second = bytes[index + 1]
        guard second >= low && second <= high else { return nil }
        var next = index + 2
        while next < index + length {
            guard bytes[next] & 0xC0 == 0x80 else { return nil }
            next += 1
        }
        return length
    }
}
