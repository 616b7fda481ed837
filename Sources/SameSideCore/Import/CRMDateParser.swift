/// Reads dates as CRM exports write them: ISO `YYYY-MM-DD` (optionally with a time, which is
/// dropped), or slashed `M/D/YYYY` / `D/M/YYYY` by ``DateOrder`` (optionally with a time).
///
/// Pure. Impossible dates such as `31/31/2026` or `2/30/2026` are rejected, never rolled over.
public enum CRMDateParser {
    /// Parses `text`; `nil` when it is not a date that exists.
    public static func parse(_ text: String, order: DateOrder) -> Day? {
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

    /// What a date cell is expected to look like, for error messages.
    public static func expected(_ order: DateOrder) -> String {
        switch order {
        case .mdy: return "a date as M/D/YYYY or YYYY-MM-DD"
        case .dmy: return "a date as D/M/YYYY or YYYY-MM-DD"
        }
    }
}
