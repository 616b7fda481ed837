/// Calculates a deal's business case with the conventions of the `sameside case` contract.
///
/// Pure: the same deal and account always give the same result. Monthly cash flows over
/// `12 · horizonYears` months; one-time investment in month 0; yearly amounts as `perYear / 12` each month;
/// benefits scaled by confidence (default 1) and ramped linearly while `m < rampMonths`.
public struct BusinessCaseCalculator: Sendable {
    /// The horizon used when the business case gives none.
    public static let defaultHorizonYears = 3.0
    /// The longest horizon accepted (longer ones are almost always typing mistakes).
    public static let maxHorizonYears = 50.0
    /// The largest amount (one line, or a computed total) the calculator accepts: 10 trillion.
    public static let maxAmount = 1e13

    public init() {}

    /// The business case of `deal`, checked against the hurdles of `account` (the deal's account). Pure.
    ///
    /// The discount rate is the deal's `discountRatePercent`, else the customer's `hurdleRatePercent`,
    /// else 0. `costOfDelayPerMonth` takes the deal's `needToChange.costOfInactionPerMonth` when larger.
    /// - Throws: ``BusinessCaseError`` when the deal has no business case, no benefits, or a field is out of range.
    public func calculate(_ deal: Opportunity, account: Account?) throws(BusinessCaseError) -> BusinessCaseResult {
        guard let input = deal.businessCase else { throw .noBusinessCase(deal.id) }
        return try calculate(
            input, dealId: deal.id, hurdles: account?.context?.financialHurdles,
            costOfInactionPerMonth: deal.needToChange?.costOfInactionPerMonth)
    }

    /// The business case of `input` for deal `dealId`, checked against `hurdles`. Pure.
    /// - Throws: ``BusinessCaseError`` when there are no benefits or a field is out of range.
    public func calculate(
        _ input: BusinessCaseInput, dealId: DealID, hurdles: FinancialHurdles?, costOfInactionPerMonth: Double?
    ) throws(BusinessCaseError) -> BusinessCaseResult {
        guard !input.benefits.isEmpty else { throw .noBenefits(dealId) }
        let flows = try cashFlows(input)
        let (rate, rateSource) = try discountRate(input, hurdles: hurdles)
        if let costOfInactionPerMonth, !costOfInactionPerMonth.isFinite {
            throw .notFinite(field: "needToChange.costOfInactionPerMonth")
        }

        let totalInvestment = flows.totalInvestment
        let totalBenefit = flows.totalBenefit
        let net = totalBenefit - totalInvestment
        let roi: Double? = totalInvestment > 0 ? Rounding.tenth(100 * net / totalInvestment) : nil
        let payback = flows.paybackMonths.map(Rounding.tenth)
        let npv = Rounding.money(flows.npv(ratePercent: rate))

        var costOfDelay = fullValueMonthlyNet(input)
        if let costOfInactionPerMonth, costOfInactionPerMonth > costOfDelay { costOfDelay = costOfInactionPerMonth }

        for (figure, field) in [
            (totalInvestment, "businessCase.investment"), (totalBenefit, "businessCase.benefits"),
            (npv, "businessCase"), (costOfDelay, "needToChange.costOfInactionPerMonth"),
        ] where !(figure.isFinite && abs(figure) <= Self.maxAmount) {
            throw .amountTooLarge(field: field)
        }
        let checks = hurdleChecks(flows: flows, payback: payback, hurdles: hurdles)
        let failures = checks.filter { !$0.passed }.map(\.explanation)
        return BusinessCaseResult(
            dealId: dealId, horizonYears: input.horizonYears ?? Self.defaultHorizonYears,
            horizonMonths: flows.horizonMonths, discountRatePercent: rate, discountRateSource: rateSource,
            totalInvestment: Rounding.money(totalInvestment), totalBenefit: Rounding.money(totalBenefit),
            netBenefit: Rounding.money(net), roiPercent: roi, paybackMonths: payback, npv: npv,
            costOfDelayPerMonth: Rounding.money(costOfDelay), meetsHurdles: failures.isEmpty,
            hurdleFailures: failures, hurdleChecks: checks, cashFlows: flows)
    }

    /// The monthly cash flows of `input`, months 0 … `12 · horizonYears`, after validating every field. Pure.
    /// - Throws: ``BusinessCaseError`` for a bad horizon, a negative amount, a confidence outside 0…1,
    ///   a negative ramp, a benefit without a value, or a non-finite number.
    public func cashFlows(_ input: BusinessCaseInput) throws(BusinessCaseError) -> CashFlows {
        let months = try horizonMonths(input.horizonYears)
        var benefits = [Double](repeating: 0, count: months + 1)
        var investment = [Double](repeating: 0, count: months + 1)

        for (index, line) in input.investment.enumerated() {
            let oneTime = try amount(line.oneTime, field: "businessCase.investment[\(index)].oneTime")
            let perYear = try amount(line.perYear, field: "businessCase.investment[\(index)].perYear")
            investment[0] += oneTime
            if perYear > 0 {
                for month in 1...months { investment[month] += perYear / 12 }
            }
        }
        for (index, line) in input.benefits.enumerated() {
            guard let perYearValue = line.perYear else { throw .benefitWithoutValue(index: index) }
            let perYear = try amount(perYearValue, field: "businessCase.benefits[\(index)].perYear")
            let confidence = line.confidence ?? 1
            guard confidence.isFinite else { throw .notFinite(field: "businessCase.benefits[\(index)].confidence") }
            guard (0...1).contains(confidence) else { throw .confidenceOutOfRange(index: index, value: confidence) }
            let ramp = line.rampMonths ?? 0
            guard ramp.isFinite else { throw .notFinite(field: "businessCase.benefits[\(index)].rampMonths") }
            guard ramp >= 0 else { throw .negativeRamp(index: index, value: ramp) }
            let full = perYear / 12 * confidence
            for month in 1...months {
                let m = Double(month)
                benefits[month] += m < ramp ? full * m / ramp : full
            }
        }
        return CashFlows(benefits: benefits, investment: investment)
    }

    /// Whole months of the horizon: `12 · horizonYears` rounded, at least 1.
    private func horizonMonths(_ years: Double?) throws(BusinessCaseError) -> Int {
        let years = years ?? Self.defaultHorizonYears
        guard years.isFinite else { throw .notFinite(field: "businessCase.horizonYears") }
        guard years <= Self.maxHorizonYears else { throw .horizonTooLong(years) }
        let months = Int((years * 12).rounded(.toNearestOrAwayFromZero))
        guard years > 0, months >= 1 else { throw .horizonNotPositive(years) }
        return months
    }

    private func amount(_ value: Double?, field: String) throws(BusinessCaseError) -> Double {
        guard let value else { return 0 }
        guard value.isFinite else { throw .notFinite(field: field) }
        guard value >= 0 else { throw .negativeAmount(field: field, value: value) }
        guard value <= Self.maxAmount else { throw .amountTooLarge(field: field) }
        return value
    }

    private func discountRate(
        _ input: BusinessCaseInput, hurdles: FinancialHurdles?
    ) throws(BusinessCaseError) -> (Double, DiscountRateSource) {
        let choice: (Double, DiscountRateSource, String)
        if let rate = input.discountRatePercent {
            choice = (rate, .deal, "businessCase.discountRatePercent")
        } else if let rate = hurdles?.hurdleRatePercent {
            choice = (rate, .customerHurdleRate, "financialHurdles.hurdleRatePercent")
        } else {
            choice = (0, .none, "businessCase.discountRatePercent")
        }
        guard choice.0.isFinite else { throw .notFinite(field: choice.2) }
        guard choice.0 > -100 else { throw .discountRateOutOfRange(field: choice.2, value: choice.0) }
        if let rate = hurdles?.hurdleRatePercent {
            guard rate.isFinite else { throw .notFinite(field: "financialHurdles.hurdleRatePercent") }
            guard rate > -100 else {
                throw .discountRateOutOfRange(field: "financialHurdles.hurdleRatePercent", value: rate)
            }
        }
        return (choice.0, choice.1)
    }

    /// Net benefit of a month in which every benefit line is at full value (after every ramp).
    private func fullValueMonthlyNet(_ input: BusinessCaseInput) -> Double {
        let benefit = input.benefits.reduce(0.0) { $0 + ($1.perYear ?? 0) / 12 * ($1.confidence ?? 1) }
        let cost = input.investment.reduce(0.0) { $0 + ($1.perYear ?? 0) / 12 }
        return benefit - cost
    }

    private func hurdleChecks(flows: CashFlows, payback: Double?, hurdles: FinancialHurdles?) -> [HurdleCheck] {
        guard let hurdles else { return [] }
        var checks: [HurdleCheck] = []
        if let maxPayback = hurdles.maxPaybackMonths, maxPayback.isFinite {
            let allowed = NumberText.plain(maxPayback)
            if let payback {
                let passed = payback <= maxPayback
                let sign = passed ? "≤" : ">"
                checks.append(
                    HurdleCheck(
                        kind: .payback, required: maxPayback, actual: payback, passed: passed,
                        explanation: "payback \(NumberText.plain(payback)) months \(sign) \(allowed) allowed"))
            } else {
                checks.append(
                    HurdleCheck(
                        kind: .payback, required: maxPayback, actual: nil, passed: false,
                        explanation: "no payback within the \(flows.horizonMonths)-month horizon"
                            + " (\(allowed) months allowed)"))
            }
        }
        if let hurdleRate = hurdles.hurdleRatePercent, hurdleRate.isFinite, hurdleRate > -100 {
            let npv = Rounding.money(flows.npv(ratePercent: hurdleRate))
            let passed = npv >= 0
            let rateText = NumberText.percent(hurdleRate)
            checks.append(
                HurdleCheck(
                    kind: .hurdleRate, required: hurdleRate, actual: npv, passed: passed,
                    explanation: passed
                        ? "NPV at the \(rateText) hurdle rate is \(NumberText.money(npv)) ≥ 0"
                        : "NPV at the \(rateText) hurdle rate is \(NumberText.money(npv)) < 0"))
        }
        return checks
    }
}
