/// The business case at low, expected and high confidence, and the benefit level at which it breaks even.
///
/// Every benefit line's confidence is scaled to 50%, 100% and min(1, 150%) of its value. Break-even is the
/// share of the expected benefits at which NPV at the case's discount rate is exactly zero.
public struct Sensitivity: Equatable, Sendable {
    /// One scenario of the sensitivity table.
    public struct Scenario: Equatable, Sendable {
        /// `low`, `expected` or `high`.
        public var name: String
        /// The factor applied to each line's confidence (capped at confidence 1).
        public var confidenceScale: Double
        public var totalBenefit: Double
        public var netBenefit: Double
        public var roiPercent: Double?
        public var paybackMonths: Double?
        public var npv: Double
        public var meetsHurdles: Bool
    }

    public var scenarios: [Scenario]
    /// Percent of the expected benefits at which NPV is zero; `nil` when the benefits are worth nothing.
    public var breakEvenBenefitPercent: Double?
    /// The yearly full-value benefit at break-even (expected yearly benefit × break-even share), in cents.
    public var breakEvenBenefitPerYear: Double?

    /// The confidence scales of the three scenarios.
    public static let scales: [(String, Double)] = [("low", 0.5), ("expected", 1), ("high", 1.5)]

    /// The sensitivity of `input` with the same hurdles and rate as `expected`. Pure.
    /// - Throws: ``BusinessCaseError`` when `input` is invalid (as ``BusinessCaseCalculator`` does).
    public static func of(
        _ input: BusinessCaseInput, expected: BusinessCaseResult, hurdles: FinancialHurdles?,
        calculator: BusinessCaseCalculator = BusinessCaseCalculator()
    ) throws(BusinessCaseError) -> Sensitivity {
        var scenarios: [Scenario] = []
        var rated = input
        rated.discountRatePercent = expected.discountRatePercent
        for (name, scale) in scales {
            var scaled = rated
            scaled.benefits = rated.benefits.map { line in
                var line = line
                line.confidence = min(1, (line.confidence ?? 1) * scale)
                return line
            }
            let result = try calculator.calculate(
                scaled, dealId: expected.dealId, hurdles: hurdles, costOfInactionPerMonth: nil)
            scenarios.append(
                Scenario(
                    name: name, confidenceScale: scale, totalBenefit: result.totalBenefit,
                    netBenefit: result.netBenefit, roiPercent: result.roiPercent, paybackMonths: result.paybackMonths,
                    npv: result.npv, meetsHurdles: result.meetsHurdles))
        }
        let flows = expected.cashFlows
        let rate = expected.discountRatePercent
        let benefitValue = flows.presentValue(of: \.benefits, ratePercent: rate)
        let investmentValue = flows.presentValue(of: \.investment, ratePercent: rate)
        var percent: Double?
        var perYear: Double?
        if benefitValue > 0 {
            let share = investmentValue / benefitValue
            percent = Rounding.tenth(100 * share)
            let yearly = input.benefits.reduce(0.0) { $0 + ($1.perYear ?? 0) * ($1.confidence ?? 1) }
            perYear = Rounding.money(yearly * share)
        }
        return Sensitivity(scenarios: scenarios, breakEvenBenefitPercent: percent, breakEvenBenefitPerYear: perYear)
    }
}
