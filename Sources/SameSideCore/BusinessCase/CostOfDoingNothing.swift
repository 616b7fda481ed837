/// What not changing costs the customer: the monthly cost of inaction, growing each month, summed to the
/// compelling event and over the case's horizon.
///
/// Month k (k = 1, 2, …) costs `perMonth · (1 + g)^(k − 1)` with g = growth percent / 100. A fractional
/// month counts that fraction of the next month's cost. Months until the event are days ÷ 30.4375.
public struct CostOfDoingNothing: Equatable, Sendable {
    /// The customer's cost of inaction in the first month.
    public var perMonth: Double
    public var growthPercentPerMonth: Double
    public var basis: String?
    /// Whether the customer has acknowledged the need (and so, this cost).
    public var customerAcknowledged: Bool
    public var compellingEvent: CompellingEvent?
    /// Months from `asOf` to the compelling event, one decimal; `nil` without an event date, 0 once it has passed.
    public var monthsUntilEvent: Double?
    /// The cost summed to the compelling event, in cents; `nil` without an event date.
    public var untilEvent: Double?
    public var horizonMonths: Int
    /// The cost summed over the horizon, in cents.
    public var overHorizon: Double

    /// Average days in a month.
    public static let daysPerMonth = 30.4375

    /// The cost of doing nothing for `need`, or `nil` when the deal gives no cost of inaction. Pure.
    /// - Throws: ``BusinessCaseError`` for a negative cost, a growth rate outside −100 … 100% a month, or a cost
    ///   that grows beyond any real figure over the horizon.
    public static func of(
        _ need: NeedToChange?, horizonMonths: Int, asOf: Day
    ) throws(BusinessCaseError) -> CostOfDoingNothing? {
        guard let need, let perMonth = need.costOfInactionPerMonth else { return nil }
        guard perMonth.isFinite else { throw .notFinite(field: "needToChange.costOfInactionPerMonth") }
        guard perMonth >= 0 else {
            throw .negativeAmount(field: "needToChange.costOfInactionPerMonth", value: perMonth)
        }
        guard perMonth <= BusinessCaseCalculator.maxAmount else {
            throw .amountTooLarge(field: "needToChange.costOfInactionPerMonth")
        }
        let growth = need.costOfInactionGrowthPercentPerMonth ?? 0
        guard growth.isFinite else { throw .notFinite(field: "needToChange.costOfInactionGrowthPercentPerMonth") }
        guard growth > -100, growth <= 100 else { throw .growthOutOfRange(growth) }

        var monthsUntilEvent: Double?
        var untilEvent: Double?
        if let date = need.compellingEvent?.date {
            let months = max(0, Double(asOf.days(until: date)) / daysPerMonth)
            monthsUntilEvent = Rounding.tenth(months)
            untilEvent = Rounding.money(total(perMonth: perMonth, growthPercent: growth, months: months))
        }
        let overHorizon = total(perMonth: perMonth, growthPercent: growth, months: Double(horizonMonths))
        let limit = BusinessCaseCalculator.maxAmount * 1000
        guard overHorizon.isFinite, overHorizon <= limit, (untilEvent ?? 0) <= limit else {
            throw .costOfInactionExplodes(growthPercent: growth, months: horizonMonths)
        }
        return CostOfDoingNothing(
            perMonth: perMonth, growthPercentPerMonth: growth, basis: need.costOfInactionBasis,
            customerAcknowledged: need.customerAcknowledged ?? false, compellingEvent: need.compellingEvent,
            monthsUntilEvent: monthsUntilEvent, untilEvent: untilEvent, horizonMonths: horizonMonths,
            overHorizon: Rounding.money(overHorizon))
    }

    /// Σ of the growing monthly cost over `months` (fractional allowed). Pure.
    public static func total(perMonth: Double, growthPercent: Double, months: Double) -> Double {
        guard months > 0 else { return 0 }
        let factor = 1 + growthPercent / 100
        let whole = Int(months.rounded(.down))
        var sum = 0.0
        var cost = perMonth
        for _ in 0..<whole {
            sum += cost
            cost *= factor
        }
        return sum + cost * (months - Double(whole))
    }

    public init(
        perMonth: Double, growthPercentPerMonth: Double, basis: String?, customerAcknowledged: Bool,
        compellingEvent: CompellingEvent?, monthsUntilEvent: Double?, untilEvent: Double?, horizonMonths: Int,
        overHorizon: Double
    ) {
        self.perMonth = perMonth
        self.growthPercentPerMonth = growthPercentPerMonth
        self.basis = basis
        self.customerAcknowledged = customerAcknowledged
        self.compellingEvent = compellingEvent
        self.monthsUntilEvent = monthsUntilEvent
        self.untilEvent = untilEvent
        self.horizonMonths = horizonMonths
        self.overHorizon = overHorizon
    }
}
