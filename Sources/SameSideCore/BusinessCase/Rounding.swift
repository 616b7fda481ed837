/// The rounding rules of the business case contract: money to cents, months and percentages to one decimal.
public enum Rounding {
    /// Rounds half away from zero to `places` decimals; never returns -0. Pure.
    public static func round(_ value: Double, places: Int) -> Double {
        guard value.isFinite else { return value }
        var scale = 1.0
        for _ in 0..<max(0, places) { scale *= 10 }
        let rounded = (value * scale).rounded(.toNearestOrAwayFromZero) / scale
        return rounded + 0.0
    }

    /// Money in the file's currency, to cents. Pure.
    public static func money(_ value: Double) -> Double { round(value, places: 2) }

    /// Months or percentages, to one decimal. Pure.
    public static func tenth(_ value: Double) -> Double { round(value, places: 1) }
}
