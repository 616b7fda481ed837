import Foundation

/// Payback, NPV and hurdle checks of a deal's business case, by the conventions of `sameside case`.
///
/// A self-contained minimal calculator for the review; the full one is `BusinessCaseCalculator`.
public struct BusinessCaseFigures: Sendable, Equatable {
    public var totalInvestment: Double
    public var totalBenefit: Double
    public var paybackMonths: Double?
    public var maxPaybackMonths: Double?
    public var hurdleRatePercent: Double?
    /// NPV at the customer's hurdle rate (when they have one).
    public var npvAtHurdle: Double?
    /// The hurdles the case fails, in the contract's wording ("payback 14.2 months > 12 allowed").
    public var failures: [String]
    /// Some benefit line names a goal.
    public var benefitsTiedToGoals: Bool

    /// `nil` when the case has no investment and no benefit line. Pure; non-finite numbers count as 0.
    public init?(case input: BusinessCaseInput, hurdles: FinancialHurdles?) {
        guard !input.investment.isEmpty || !input.benefits.isEmpty else { return nil }
        func finite(_ value: Double?) -> Double { value.flatMap { $0.isFinite ? $0 : nil } ?? 0 }
        let years = input.horizonYears.flatMap { $0.isFinite && $0 > 0 ? $0 : nil } ?? 3
        let months = max(1, min(600, Int((years * 12).rounded())))
        var flows = [Double](repeating: 0, count: months + 1)
        for line in input.investment {
            flows[0] -= finite(line.oneTime)
            let perMonth = finite(line.perYear) / 12
            for month in 1...months { flows[month] -= perMonth }
        }
        var benefitTotal = 0.0
        for line in input.benefits {
            let confidence = line.confidence.flatMap { $0.isFinite ? $0 : nil } ?? 1
            let ramp = finite(line.rampMonths)
            let full = finite(line.perYear) / 12 * confidence
            for month in 1...months {
                let value = Double(month) < ramp ? full * Double(month) / ramp : full
                flows[month] += value
                benefitTotal += value
            }
        }
        totalBenefit = benefitTotal
        totalInvestment = input.investment.reduce(0) { $0 + finite($1.oneTime) + finite($1.perYear) / 12 * Double(months) }
        benefitsTiedToGoals = input.benefits.contains { $0.goalId != nil }

        var cumulative = 0.0
        var payback: Double?
        for (month, flow) in flows.enumerated() {
            let previous = cumulative
            cumulative += flow
            if cumulative >= 0 {
                payback = month == 0 || flow <= 0 ? Double(month) : Double(month - 1) + (-previous / flow)
                break
            }
        }
        paybackMonths = payback
        maxPaybackMonths = hurdles?.maxPaybackMonths.flatMap { $0.isFinite ? $0 : nil }
        hurdleRatePercent = hurdles?.hurdleRatePercent.flatMap { $0.isFinite && $0 > -100 ? $0 : nil }
        if let rate = hurdleRatePercent {
            var npv = 0.0
            for (month, flow) in flows.enumerated() {
                npv += flow / pow(1 + rate / 100, Double(month) / 12)
            }
            npvAtHurdle = npv.isFinite ? npv : nil
        } else {
            npvAtHurdle = nil
        }
        var failures: [String] = []
        if let limit = maxPaybackMonths {
            if let payback {
                if payback > limit {
                    failures.append("payback \(ReviewText.oneDecimal(payback)) months > \(ReviewText.number(limit)) allowed")
                }
            } else {
                failures.append("no payback within \(months) months; \(ReviewText.number(limit)) allowed")
            }
        }
        if let rate = hurdleRatePercent, let npv = npvAtHurdle, npv < 0 {
            failures.append("NPV at the \(ReviewText.number(rate))% hurdle rate is \(ReviewText.number(npv.rounded())) < 0")
        }
        self.failures = failures
    }

    /// Whether the case meets the customer's hurdles; `nil` when they have none on file.
    public var meetsHurdles: Bool? {
        maxPaybackMonths == nil && hurdleRatePercent == nil ? nil : failures.isEmpty
    }
}
