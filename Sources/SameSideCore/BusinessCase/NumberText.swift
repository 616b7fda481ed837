/// Locale-free number formatting for sentences and documents (the same text on every machine).
public enum NumberText {
    /// `value` with at most `places` decimals, trailing zeros dropped: 12 → "12", 14.25 → "14.3". Pure.
    public static func plain(_ value: Double, places: Int = 1) -> String {
        guard value.isFinite else { return value.isNaN ? "n/a" : (value > 0 ? "∞" : "-∞") }
        let rounded = Rounding.round(value, places: places)
        let negative = rounded < 0
        let (whole, fraction) = split(abs(rounded), places: places)
        var text = String(whole)
        let trimmed = fraction.reversed().drop { $0 == "0" }.reversed()
        if !trimmed.isEmpty { text += "." + String(trimmed) }
        return (negative ? "-" : "") + text
    }

    /// Money with thousands separators and cents only when there are any: 151234.5 → "151,234.50",
    /// 280000 → "280,000". Pure.
    public static func money(_ value: Double) -> String {
        guard value.isFinite else { return plain(value) }
        let rounded = Rounding.money(value)
        let negative = rounded < 0
        let (whole, fraction) = split(abs(rounded), places: 2)
        var text = grouped(whole)
        if fraction != "00" { text += "." + fraction }
        return (negative ? "-" : "") + text
    }

    /// Money with the currency code: "USD 280,000". Pure.
    public static func money(_ value: Double, currency: String) -> String { "\(currency) \(money(value))" }

    /// A percentage with one decimal at most: "92.9%". Pure.
    public static func percent(_ value: Double) -> String { plain(value, places: 1) + "%" }

    private static func split(_ value: Double, places: Int) -> (whole: UInt64, fraction: String) {
        var scale: UInt64 = 1
        for _ in 0..<places { scale *= 10 }
        let limit = Double(UInt64.max / 1000)
        let scaled = min(limit, (value * Double(scale)).rounded(.toNearestOrAwayFromZero))
        let units = UInt64(scaled)
        let whole = units / scale
        var fraction = String(units % scale)
        while fraction.count < places { fraction = "0" + fraction }
        return (whole, places == 0 ? "" : fraction)
    }

    private static func grouped(_ value: UInt64) -> String {
        let digits = Array(String(value))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }
}
