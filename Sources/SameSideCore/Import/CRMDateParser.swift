/// Reads dates as CRM exports write them: ISO `YYYY-MM-DD` (optionally with a time, which is
/// dropped), or slashed `M/D/YYYY` / `D/M/YYYY` by ``DateOrder`` (optionally with a time).
///
/// Pure. Impossible dates such as `31/31/2026` or `2/30/2026` are rejected, never rolled over.
public enum CRMDateParser {
    /// Parses `text`; `nil` when it is not a date that exists.
    public static func parse(_ text: String, order: DateOrder) -> Day? {
        if let fast = parseSlashed(text, order: order) { return fast }
        let trimmed = text.trimmingSpaces
        // Drop a time part: "2026-11-25T10:00:00Z", "2026-11-25 10:00", "11/25/2026 10:00 AM".
        let datePart: Substring
        if let cut = trimmed.firstIndex(where: { $0 == " " || $0 == "T" }) {
            datePart = trimmed[..<cut]
        } else {
            datePart = Substring(trimmed)
        }
        if datePart.contains("-") {
            return Day(String(datePart))
        }
        let parts = datePart.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3,
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4,
            let first = Int(parts[0]), let second = Int(parts[1]), let year = Int(parts[2])
        else { return nil }
        switch order {
        case .mdy: return Day(year: year, month: first, day: second)
        case .dmy: return Day(year: year, month: second, day: first)
        }
    }

    /// `M/D/YYYY`, `D/M/YYYY` or `YYYY-MM-DD` read straight from the bytes of a trimmed cell; `nil`
    /// when it has another shape or is not a date that exists (then ``parse(_:order:)`` decides). Pure.
    public static func parse(bytes: ArraySlice<UInt8>, order: DateOrder) -> Day? {
        bytes.withUnsafeBufferPointer { b -> Day? in
            if b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") {
                func digits(_ range: Range<Int>) -> Int? {
                    var value = 0
                    for i in range {
                        guard b[i] >= 48 && b[i] <= 57 else { return nil }
                        value = value * 10 + Int(b[i] - 48)
                    }
                    return value
                }
                guard let year = digits(0..<4), let month = digits(5..<7), let day = digits(8..<10) else { return nil }
                return Day(year: year, month: month, day: day)
            }
            return slashed(b, order: order)
        }
    }

    /// What a date cell is expected to look like, for error messages.
    public static func expected(_ order: DateOrder) -> String {
        switch order {
        case .mdy: return "a date as M/D/YYYY or YYYY-MM-DD"
        case .dmy: return "a date as D/M/YYYY or YYYY-MM-DD"
        }
    }

    /// `M/D/YYYY` (or `D/M/YYYY`) read straight from the bytes; `nil` sends anything else to the
    /// general path (which rejects what this one cannot read).
    private static func parseSlashed(_ text: String, order: DateOrder) -> Day? {
        var text = text
        return text.withUTF8 { slashed($0, order: order) }
    }

    private static func slashed(_ text: UnsafeBufferPointer<UInt8>, order: DateOrder) -> Day? {
        var parts = (0, 0, 0)
        var lengths = (0, 0, 0)
        var part = 0
        for b in text {
            if b == UInt8(ascii: "/") {
                part += 1
                guard part <= 2 else { return nil }
            } else if b >= 48 && b <= 57 {
                let digit = Int(b - 48)
                switch part {
                case 0: parts.0 = parts.0 * 10 + digit; lengths.0 += 1
                case 1: parts.1 = parts.1 * 10 + digit; lengths.1 += 1
                default: parts.2 = parts.2 * 10 + digit; lengths.2 += 1
                }
            } else {
                return nil
            }
        }
        guard part == 2, (1...2).contains(lengths.0), (1...2).contains(lengths.1), lengths.2 == 4 else { return nil }
        switch order {
        case .mdy: return Day(year: parts.2, month: parts.0, day: parts.1)
        case .dmy: return Day(year: parts.2, month: parts.1, day: parts.0)
        }
    }
}
