/// Locale-free number formatting for sentences and documents (the same text on every machine).
public enum NumberText {
    /// `value` with at most `places` decimals, trailing zeros dropped: 12 → "12", 14.25 → "14.3". Pure.
    public static func plain(_ value: Double, places: Int = 1) -> String {
        guard value.isFinite else { return value.isNaN ? "n/a" : (value > 0 ? "∞" : "-∞") }
        let rounded = Rounding.round(value, places: places)
        let (whole, fraction) = split(abs(rounded), places: places)
        var text = rounded < 0 ? "-" : ""
        text += String(whole)
        // The fraction's digits without trailing zeros, as integer arithmetic: the reversed-and-dropped
        // characters of its text cost more than the rest of the review's number formatting.
        var digits = places
        var kept = fraction
        while digits > 0 && kept % 10 == 0 {
            kept /= 10
            digits -= 1
        }
        if digits > 0 {
            text += "."
            appendPadded(kept, width: digits, to: &text)
        }
        return text
    }

    /// Money with thousands separators and cents only when there are any: 151234.5 → "151,234.50",
    /// 280000 → "280,000". Pure.
    public static func money(_ value: Double) -> String {
        guard value.isFinite else { return plain(value) }
        let rounded = Rounding.money(value)
        let (whole, fraction) = split(abs(rounded), places: 2)
        var text = rounded < 0 ? "-" : ""
        appendGrouped(whole, to: &text)
        if fraction != 0 {
            text += "."
            appendPadded(fraction, width: 2, to: &text)
        }
        return text
    }

    /// Money rounded to what a reader needs: to the thousand from a million up (2,341,567.89 → "2,342,000"),
    /// whole units from a thousand (95,000.40 → "95,000"), cents only below a thousand (12.5 → "12.50",
    /// 500 → "500").
    /// JSON keeps full precision; this is for sentences and tables. Pure.
    public static func readableMoney(_ value: Double) -> String {
        guard value.isFinite else { return plain(value) }
        let magnitude = abs(value)
        if magnitude >= 999_999.5 { return money((value / 1000).rounded(.toNearestOrAwayFromZero) * 1000) }
        if magnitude >= 999.995 { return money(value.rounded(.toNearestOrAwayFromZero)) }
        return money(value)
    }

    /// ``readableMoney(_:)`` with the currency code: "USD 2,342,000". Pure.
    public static func readableMoney(_ value: Double, currency: String) -> String {
        "\(currency) \(readableMoney(value))"
    }

    /// Money with the currency code: "USD 280,000". Pure.
    public static func money(_ value: Double, currency: String) -> String { "\(currency) \(money(value))" }

    /// A percentage with one decimal at most: "92.9%". Pure.
    public static func percent(_ value: Double) -> String { plain(value, places: 1) + "%" }

    /// `value` scaled to `places` decimals and rounded: the whole part and the fraction's digits as a number.
    private static func split(_ value: Double, places: Int) -> (whole: UInt64, fraction: UInt64) {
        var scale: UInt64 = 1
        for _ in 0..<places { scale *= 10 }
        let limit = Double(UInt64.max / 1000)
        let scaled = min(limit, (value * Double(scale)).rounded(.toNearestOrAwayFromZero))
        let units = UInt64(scaled)
        return (units / scale, units % scale)
    }

    /// Appends `value` in decimal with leading zeros up to `width` digits.
    private static func appendPadded(_ value: UInt64, width: Int, to text: inout String) {
        let digits = String(value)
        for _ in 0..<max(0, width - digits.utf8.count) { text += "0" }
        text += digits
    }

    /// Appends `value` in decimal with a comma between groups of three digits.
    private static func appendGrouped(_ value: UInt64, to text: inout String) {
        let digits = String(value).utf8
        var remaining = digits.count
        for digit in digits {
            text.unicodeScalars.append(Unicode.Scalar(digit))
            remaining -= 1
            if remaining > 0 && remaining % 3 == 0 { text += "," }
        }
    }
}
