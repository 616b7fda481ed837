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
        var digits = String(whole)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        grouped = digits + grouped
        if fraction != 0 {
            grouped += "." + (fraction < 10 ? "0" : "") + String(fraction)
        }
        return (negative ? "-" : "") + grouped
    }

    /// `USD 186,000`.
    static func money(_ value: Double, _ currency: String) -> String { "\(currency) \(number(value.rounded()))" }

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
        let trimmed = text.count > limit ? String(text.prefix(limit)) + "…" : text
        return "\"\(trimmed)\""
    }

    /// What an activity was: `2026-10-30 email "asked for the PO"`.
    static func activity(_ activity: Activity) -> String {
        var text = "\(activity.date) \(activity.type?.rawValue ?? "activity")"
        if let summary = activity.summary ?? activity.text { text += " " + quote(summary, limit: 70) }
        return text
    }
}
