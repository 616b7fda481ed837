/// The money side of the customer's need to change, as of one day.
///
/// The cost of doing nothing in month k (k = 1…n) is `costPerMonth · (1 + growth/100)^(k-1)`;
/// `inactionCost` sums it over n months, the horizon over which the customer judges the change (see
/// ``HorizonBasis``): their own payback limit when on file, else the business case's horizon, else the playbook's
/// horizon (12 months by default) or the months until the compelling event when that is further away. The slip
/// cost of an overdue plan is `slipDays · costPerMonth / 30`.
public struct UrgencyFigures: Sendable, Equatable {
    /// Where the horizon of the cost of doing nothing comes from, most specific first.
    public enum HorizonBasis: Sendable, Equatable {
        /// The customer's own `maxPaybackMonths`: a change that the avoided cost pays back within it passes their test.
        case paybackLimit
        /// The deal's business case `horizonYears`.
        case businessCase
        /// The months until the compelling event, further away than the playbook's horizon.
        case compellingEvent
        /// The playbook's `inactionHorizonMonths`.
        case playbook
    }

    public var costPerMonth: Double?
    public var growthPercentPerMonth: Double
    public var horizonMonths: Int
    public var horizonBasis: HorizonBasis
    /// The horizon runs to the compelling event (not the default).
    public var horizonIsCompellingEvent: Bool { horizonBasis == .compellingEvent }
    /// The compelling event's date is after `asOf`.
    public var compellingEventAhead: Bool
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
    ///
    /// A compelling event nearer than the playbook's horizon no longer shortens it: the cost of doing nothing does not
    /// stop at the event (a near deadline makes waiting dearer, not cheaper).
    public init(
        need: NeedToChange?, asOf: Day, defaultHorizonMonths: Int, overdueDays: Int, paybackLimitMonths: Double? = nil,
        businessCaseYears: Double? = nil
    ) {
        let cost = need?.costOfInactionPerMonth.flatMap { $0.isFinite && $0 >= 0 ? $0 : nil }
        let growth = need?.costOfInactionGrowthPercentPerMonth.flatMap { $0.isFinite ? max($0, -99) : nil } ?? 0
        costPerMonth = cost
        growthPercentPerMonth = growth
        changeCost = need?.changeCost.flatMap { $0.isFinite && $0 >= 0 ? $0 : nil }
        var months = max(1, min(defaultHorizonMonths, 120))
        var basis = HorizonBasis.playbook
        var ahead = false
        var passed = false
        if let date = need?.compellingEvent?.date {
            let days = asOf.days(until: date)
            if days > 0 {
                ahead = true
                let toEvent = max(1, min(120, Int((Double(days) / 30.4375).rounded(.up))))
                if toEvent > months {
                    months = toEvent
                    basis = .compellingEvent
                }
            } else {
                passed = true
            }
        }
        func wholeMonths(_ value: Double?) -> Int? {
            guard let value, value.isFinite, value >= 1 else { return nil }
            return min(120, Int(value.rounded(.up)))
        }
        if let payback = wholeMonths(paybackLimitMonths) {
            months = payback
            basis = .paybackLimit
        } else if let years = wholeMonths(businessCaseYears.map { $0 * 12 }) {
            months = years
            basis = .businessCase
        }
        horizonMonths = months
        horizonBasis = basis
        compellingEventAhead = ahead
        compellingEventPassed = passed
        if let cost {
            var total = 0.0
            var monthly = cost
            for _ in 0..<months {
                total += monthly
                monthly *= 1 + growth / 100
            }
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
