/// Small deterministic formatters for evidence and reports (no locale, no Foundation formatters).
enum ReviewText {
    /// `186,000` for whole numbers, else two decimals: `1,234.50`.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "?" }
        let negative = value < 0
        let magnitude = value.magnitude
        guard magnitude < 1e15 else { return negative ? "-huge" : "huge" }
        let cents = Int((magnitude * 100).rounded())
        let whole = cents / 100
        let fraction = cents % 100
        // Written byte by byte into one buffer: the grouping loop over substrings built a string per group.
        let digits = String(whole).utf8
        return String(unsafeUninitializedCapacity: 1 + digits.count * 4 / 3 + 3) { buffer in
            var count = 0
            func put(_ byte: UInt8) {
                buffer[count] = byte
                count += 1
            }
            if negative { put(UInt8(ascii: "-")) }
            var left = digits.count
            for digit in digits {
                if left < digits.count && left % 3 == 0 { put(UInt8(ascii: ",")) }
                put(digit)
                left -= 1
            }
            if fraction != 0 {
                put(UInt8(ascii: "."))
                put(UInt8(ascii: "0") + UInt8(fraction / 10))
                put(UInt8(ascii: "0") + UInt8(fraction % 10))
            }
            return count
        }
    }

    /// `USD 186,000`; `186,000 (no currency)` when the currency is not known.
    static func money(_ value: Double, _ currency: String) -> String {
        currency.isEmpty ? "\(number(value.rounded())) (no currency)" : "\(currency) \(number(value.rounded()))"
    }

    /// One decimal: `14.2`.
    static func oneDecimal(_ value: Double) -> String {
        guard value.isFinite, value.magnitude < 1e15 else { return "?" }
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }

    /// `1 email`, `4 emails`.
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : (plural ?? singular + "s"))"
    }

    /// `a`, `a and b`, `a, b and c`.
    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
        }
    }

    /// `Northline's`, `Acme Services'`.
    static func possessive(_ name: String) -> String { name.hasSuffix("s") ? name + "'" : name + "'s" }

    /// `Marta Kowalski (Director of Operations)`.
    static func person(_ stakeholder: Stakeholder) -> String {
        stakeholder.title.map { "\(stakeholder.name) (\($0))" } ?? stakeholder.name
    }

    /// The text in quotes, cut at `limit` characters with an ellipsis.
    static func quote(_ text: String, limit: Int = 90) -> String {
        // A text of at most `limit` bytes has at most `limit` characters: no need to count them.
        if text.utf8.count <= limit { return "\"\(text)\"" }
        // Only the first `limit` characters are counted, not the whole text.
        if let cut = text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex), cut != text.endIndex {
            return "\"\(text[..<cut])…\""
        }
        return "\"\(text)\""
    }

    /// What an activity was: `2026-10-30 email "asked for the PO"`.
    static func activity(_ activity: Activity) -> String {
        var text = "\(activity.date) \(activity.type?.rawValue ?? "activity")"
        if let summary = activity.summary ?? activity.text { text += " " + quote(summary, limit: 70) }
        return text
    }
}
