/// Reads dates as CRM exports and spreadsheets write them. Pure.
///
/// - ISO `YYYY-MM-DD`, optionally with a time (`2026-11-25T10:00:00.000+0000`, `2026-11-25 10:00:00`);
/// - slashed or dashed `M/D/YYYY`, `M-D-YYYY` (or `D/M/YYYY` by ``DateOrder``), optionally with an
///   Excel time such as `11/25/2026 10:22 AM`;
/// - dotted `D.M.YYYY` (always day first: the European form);
/// - two-digit years in each of these: `00`–`69` are 2000–2069, `70`–`99` are 1970–1999 (the POSIX
///   `%y` pivot, which Excel also uses up to 2029 — CRM dates after 2069 are not written with two digits).
///
/// Impossible dates such as `31/31/2026` or `2/30/2026` are rejected, never rolled over.
public enum CRMDateParser {
    /// Years from this one on are read as "no date yet": CRMs and spreadsheets use 12/31/9999,
    /// 2999-12-31 or 1/1/2099 as placeholders for a date nobody knows.
    public static let placeholderYear = 2099

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
        for (separator, dayFirst) in [("-", false), ("/", false), (".", true)] {
            let parts = datePart.split(separator: Character(separator), omittingEmptySubsequences: false)
            guard parts.count == 3 else { continue }
            guard parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
                let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2])
            else { return nil }
            if parts[0].count == 4 {
                guard separator == "-", parts[1].count <= 2, parts[2].count <= 2 else { return nil }
                return Day(year: a, month: b, day: c)
            }
            guard parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4 || parts[2].count == 2 else {
                return nil
            }
            let year = parts[2].count == 2 ? fullYear(c) : c
            if dayFirst || order == .dmy { return Day(year: year, month: b, day: a) }
            return Day(year: year, month: a, day: b)
        }
        return nil
    }

    /// The year a two-digit year stands for (see the type's documentation). Pure.
    public static func fullYear(_ twoDigits: Int) -> Int { twoDigits < 70 ? 2000 + twoDigits : 1900 + twoDigits }

    /// Whether `day` is a placeholder for "no date yet" (see ``placeholderYear``). Pure.
    public static func isPlaceholder(_ day: Day) -> Bool { day.components.year >= placeholderYear }

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
        case .mdy: return "a date as M/D/YYYY, D.M.YYYY or YYYY-MM-DD"
        case .dmy: return "a date as D/M/YYYY, D.M.YYYY or YYYY-MM-DD"
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
