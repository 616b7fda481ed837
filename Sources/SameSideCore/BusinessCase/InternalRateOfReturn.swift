import Foundation

/// The internal rate of return of a case's monthly flows, annualised, or why it would mislead.
///
/// The monthly rate i solves Σ net[m] / (1 + i)^m = 0 and is annualised as (1 + i)^12 − 1. It is
/// suppressed when there is no money at risk, when the money at risk is tiny against the benefits
/// (the rate explodes and means nothing), or when the flows never change sign.
public enum InternalRateOfReturn: Equatable, Sendable {
    /// The annual rate in percent, rounded to one decimal.
    case rate(annualPercent: Double)
    /// No rate is shown, for this reason.
    case suppressed(Suppression)

    /// Why no IRR is shown.
    public enum Suppression: Equatable, Sendable {
        /// The cumulative net cash never goes below zero: nothing is at risk, payback is immediate.
        case noMoneyAtRisk
        /// The most the customer is ever out of pocket is below 5% of the total benefit.
        case upFrontTooSmall(atRisk: Double, totalBenefit: Double)
        /// No month brings more than it costs, so the money never comes back.
        case neverPositive
        /// The rate would exceed 300% a year.
        case tooHigh
        /// The equation has no root in the range searched (−99.9% … +300% a year).
        case noSolution

        /// A sentence for the reader of the business case.
        public var reason: String {
            switch self {
            case .noMoneyAtRisk:
                return "not meaningful: the cumulative cash flow never goes below zero, so no money is at risk"
            case .upFrontTooSmall(let atRisk, let totalBenefit):
                return "not meaningful: at most \(NumberText.money(atRisk)) is ever at risk against"
                    + " \(NumberText.money(totalBenefit)) of benefit, which makes the rate explode"
            case .neverPositive:
                return "not meaningful: no month brings in more than it costs"
            case .tooHigh:
                return "not meaningful: above 300% a year, because the money at risk comes back within months;"
                    + " payback is the better measure here"
            case .noSolution:
                return "not meaningful: no rate between -99.9% and 300% a year balances the cash flows"
            }
        }
    }

    /// The smallest share of the total benefit that must be at risk for the IRR to be shown (5%).
    public static let minimumAtRiskShare = 0.05
    /// The highest annual IRR shown, in percent; above it the rate says more about timing than about value.
    public static let maximumAnnualPercent = 300.0

    /// The IRR of `flows` (unrounded monthly flows of a case). Pure.
    public init(flows: CashFlows) {
        let net = flows.net
        var cumulative = 0.0
        var lowest = 0.0
        for flow in net {
            cumulative += flow
            lowest = min(lowest, cumulative)
        }
        let atRisk = -lowest
        guard atRisk > 0 else {
            self = .suppressed(.noMoneyAtRisk)
            return
        }
        guard net.contains(where: { $0 > 0 }) else {
            self = .suppressed(.neverPositive)
            return
        }
        let totalBenefit = flows.totalBenefit
        guard atRisk >= Self.minimumAtRiskShare * totalBenefit else {
            self = .suppressed(
                .upFrontTooSmall(atRisk: Rounding.money(atRisk), totalBenefit: Rounding.money(totalBenefit)))
            return
        }
        // Monthly bounds matching −99.9% and +300% a year.
        let low = pow(0.001, 1.0 / 12) - 1
        let high = pow(1 + Self.maximumAnnualPercent / 100, 1.0 / 12) - 1
        func value(_ i: Double) -> Double {
            var total = 0.0
            let logBase = log1p(i)
            for (month, flow) in net.enumerated() where flow != 0 {
                total += flow * exp(-Double(month) * logBase)
            }
            return total
        }
        var a = low
        var b = high
        var fa = value(a)
        let fb = value(b)
        guard fa.isFinite, fb.isFinite else {
            self = .suppressed(.noSolution)
            return
        }
        if fa * fb > 0 {
            self = .suppressed(fb > 0 ? .tooHigh : .noSolution)
            return
        }
        for _ in 0..<200 {
            let mid = (a + b) / 2
            let fm = value(mid)
            if fm == 0 || (b - a) < 1e-13 {
                a = mid
                b = mid
                break
            }
            if (fa < 0) == (fm < 0) {
                a = mid
                fa = fm
            } else {
                b = mid
            }
        }
        let monthly = (a + b) / 2
        let annual = (pow(1 + monthly, 12) - 1) * 100
        self = .rate(annualPercent: Rounding.tenth(annual))
    }

    /// The annual rate in percent, when shown.
    public var annualPercent: Double? {
        if case .rate(let value) = self { return value }
        return nil
    }
}
