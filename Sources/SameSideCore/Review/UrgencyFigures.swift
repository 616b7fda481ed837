/// The money side of the customer's need to change, as of one day.
///
/// The cost of doing nothing in month k (k = 1…n) is `costPerMonth · (1 + growth/100)^(k-1)`;
/// `inactionCost` sums it over n months: until the compelling event when its date is ahead,
/// else the playbook's horizon (12 months by default). The slip cost of an overdue plan is
/// `slipDays · costPerMonth / 30`.
public struct UrgencyFigures: Sendable, Equatable {
    public var costPerMonth: Double?
    public var growthPercentPerMonth: Double
    public var horizonMonths: Int
    /// The horizon runs to the compelling event (not the default).
    public var horizonIsCompellingEvent: Bool
    /// The compelling event's date is on or before `asOf`.
    public var compellingEventPassed: Bool
    /// Cost of doing nothing summed over the horizon; `nil` when the monthly cost is unknown.
    public var inactionCost: Double?
    public var changeCost: Double?
    /// Days the most overdue customer step is late.
    public var slipDays: Int
    /// What that slip costs the customer; `nil` when the monthly cost is unknown.
    public var slipCost: Double?

    /// Computes the figures. Pure; non-finite or negative inputs count as unknown.
    public init(need: NeedToChange?, asOf: Day, defaultHorizonMonths: Int, overdueDays: Int) {
        let cost = need?.costOfInactionPerMonth.flatMap { $0.isFinite && $0 >= 0 ? $0 : nil }
        let growth = need?.costOfInactionGrowthPercentPerMonth.flatMap { $0.isFinite ? max($0, -99) : nil } ?? 0
        costPerMonth = cost
        growthPercentPerMonth = growth
        changeCost = need?.changeCost.flatMap { $0.isFinite && $0 >= 0 ? $0 : nil }
        var months = max(1, min(defaultHorizonMonths, 120))
        var toEvent = false
        var passed = false
        if let date = need?.compellingEvent?.date {
            let days = asOf.days(until: date)
            if days > 0 {
                months = max(1, min(120, Int((Double(days) / 30.4375).rounded(.up))))
                toEvent = true
            } else {
                passed = true
            }
        }
        horizonMonths = months
        horizonIsCompellingEvent = toEvent
        compellingEventPassed = passed
        if let cost {
            // The business case's formula (one computation of the cost of doing nothing).
            let total = CostOfDoingNothing.total(perMonth: cost, growthPercent: growth, months: Double(months))
            inactionCost = total.isFinite ? total : nil
        } else {
            inactionCost = nil
        }
        slipDays = max(0, overdueDays)
        slipCost = cost.map { Double(max(0, overdueDays)) * $0 / 30 }
    }

    /// Inaction cost over the horizon divided by the change cost; `nil` when either is unknown
    /// or the change cost is zero.
    public var inactionToChangeRatio: Double? {
        guard let inactionCost, let changeCost, changeCost > 0 else { return nil }
        return inactionCost / changeCost
    }
}
