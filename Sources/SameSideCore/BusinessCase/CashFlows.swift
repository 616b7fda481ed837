import Foundation

/// The monthly cash flows of a business case, month 0 (up-front) to month `horizonMonths`, unrounded.
///
/// Built by ``BusinessCaseCalculator/cashFlows(_:)`` with the contract's conventions; every figure of
/// the case (payback, NPV, IRR, sensitivity) is computed from these arrays.
public struct CashFlows: Equatable, Sendable {
    /// Benefit in each month; `benefits[0]` is always 0.
    public var benefits: [Double]
    /// Investment paid in each month; `investment[0]` is the sum of the one-time amounts.
    public var investment: [Double]

    /// Creates cash flows from per-month benefits and investment of the same length (month 0 first).
    public init(benefits: [Double], investment: [Double]) {
        precondition(benefits.count == investment.count, "benefits and investment must cover the same months")
        self.benefits = benefits
        self.investment = investment
    }

    /// The last month of the horizon (`12 · horizonYears`).
    public var horizonMonths: Int { benefits.count - 1 }

    /// Net cash flow (benefit − investment) of each month.
    public var net: [Double] { zip(benefits, investment).map { $0 - $1 } }

    /// Undiscounted sum of the benefits.
    public var totalBenefit: Double { benefits.reduce(0, +) }

    /// Undiscounted sum of the investment.
    public var totalInvestment: Double { investment.reduce(0, +) }

    /// Net present value of the net flows, month m discounted by `(1 + r)^(m/12)`. Pure.
    public func npv(ratePercent: Double) -> Double {
        let r = ratePercent / 100
        var total = 0.0
        for (month, flow) in net.enumerated() {
            total += flow / pow1p(r, Double(month) / 12)
        }
        return total
    }

    /// Present value of the benefits alone (or of the investment alone) at `ratePercent`. Pure.
    public func presentValue(of flows: KeyPath<CashFlows, [Double]>, ratePercent: Double) -> Double {
        let r = ratePercent / 100
        var total = 0.0
        for (month, flow) in self[keyPath: flows].enumerated() {
            total += flow / pow1p(r, Double(month) / 12)
        }
        return total
    }

    /// Months until the cumulative net cash flow is back at zero or more for good, interpolated inside the
    /// month it turns; `nil` when that does not happen within the horizon. Pure.
    ///
    /// With no one-time cost and a benefit ramp, the cumulative flow starts at 0 and dips below zero before
    /// it recovers; payback is then the recovery, not month 0 (see docs/business-case.md).
    public var paybackMonths: Double? {
        let flows = net
        var cumulative = 0.0
        var lastNegativeMonth: Int?
        var cumulativeAt: [Double] = []
        cumulativeAt.reserveCapacity(flows.count)
        for (month, flow) in flows.enumerated() {
            cumulative += flow
            cumulativeAt.append(cumulative)
            if cumulative < 0 { lastNegativeMonth = month }
        }
        guard let last = lastNegativeMonth else { return 0 }
        let turning = last + 1
        guard turning < flows.count, flows[turning] > 0 else { return nil }
        return Double(last) + (-cumulativeAt[last]) / flows[turning]
    }
}

/// `(1 + r)^exponent` for r > -1.
@inline(__always)
func pow1p(_ r: Double, _ exponent: Double) -> Double {
    exponent == 0 ? 1 : exp(exponent * log1p(r))
}
