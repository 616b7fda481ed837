/// Everything the business case says about one deal: the contract's figures, IRR, the cost of doing nothing,
/// the options, and the sensitivity.
public struct BusinessCaseAnalysis: Equatable, Sendable {
    public var result: BusinessCaseResult
    public var irr: InternalRateOfReturn
    public var costOfDoingNothing: CostOfDoingNothing?
    public var options: [CaseOption]
    public var sensitivity: Sensitivity

    public init(
        result: BusinessCaseResult, irr: InternalRateOfReturn, costOfDoingNothing: CostOfDoingNothing?,
        options: [CaseOption], sensitivity: Sensitivity
    ) {
        self.result = result
        self.irr = irr
        self.costOfDoingNothing = costOfDoingNothing
        self.options = options
        self.sensitivity = sensitivity
    }

    /// Analyses `deal` of `account` as of `asOf` (used for the months until the compelling event). Pure.
    /// - Throws: ``BusinessCaseError`` as ``BusinessCaseCalculator/calculate(_:account:)`` does, and for a bad
    ///   cost of inaction or growth rate.
    public static func of(
        _ deal: Opportunity, account: Account?, asOf: Day, currency: String? = nil,
        calculator: BusinessCaseCalculator = BusinessCaseCalculator()
    ) throws(BusinessCaseError) -> BusinessCaseAnalysis {
        guard let input = deal.businessCase else { throw .noBusinessCase(deal.id) }
        let hurdles = account?.context?.financialHurdles
        let result = try calculator.calculate(deal, account: account)
        let doingNothing = try CostOfDoingNothing.of(
            deal.needToChange, horizonMonths: result.horizonMonths, asOf: asOf)
        let sensitivity = try Sensitivity.of(input, expected: result, hurdles: hurdles, calculator: calculator)
        return BusinessCaseAnalysis(
            result: result, irr: InternalRateOfReturn(flows: result.cashFlows), costOfDoingNothing: doingNothing,
            options: CaseOption.options(result: result, costOfDoingNothing: doingNothing, currency: currency),
            sensitivity: sensitivity)
    }

    /// The contract's keys, then `irrPercent`, `irrNote`, `costOfDoingNothing`, `options`, `sensitivity`. Pure.
    public var jsonObject: JSONObject {
        var object = result.jsonObject
        switch irr {
        case .rate(let percent):
            object["irrPercent"] = .number(percent)
            object["irrNote"] = .null
        case .suppressed(let why):
            object["irrPercent"] = .null
            object["irrNote"] = .string(why.reason)
        }
        if let doingNothing = costOfDoingNothing {
            var cost = JSONObject()
            cost["perMonth"] = .number(Rounding.money(doingNothing.perMonth))
            cost["growthPercentPerMonth"] = .number(doingNothing.growthPercentPerMonth)
            cost["compellingEventDate"] = doingNothing.compellingEvent?.date.map { .string($0.description) } ?? .null
            cost["monthsUntilEvent"] = doingNothing.monthsUntilEvent.map(JSONValue.number) ?? .null
            cost["untilEvent"] = doingNothing.untilEvent.map(JSONValue.number) ?? .null
            cost["overHorizon"] = .number(doingNothing.overHorizon)
            cost["customerAcknowledged"] = .bool(doingNothing.customerAcknowledged)
            object["costOfDoingNothing"] = .object(cost)
        } else {
            object["costOfDoingNothing"] = .null
        }
        object["options"] = .array(
            options.map { option in
                var entry = JSONObject()
                entry["option"] = .string(option.title)
                entry["cost"] = option.cost.map(JSONValue.number) ?? .null
                entry["benefit"] = option.benefit.map(JSONValue.number) ?? .null
                entry["net"] = option.net.map(JSONValue.number) ?? .null
                return .object(entry)
            })
        var sensitivityObject = JSONObject()
        sensitivityObject["scenarios"] = .array(
            sensitivity.scenarios.map { scenario in
                var entry = JSONObject()
                entry["name"] = .string(scenario.name)
                entry["confidenceScale"] = .number(scenario.confidenceScale)
                entry["totalBenefit"] = .number(scenario.totalBenefit)
                entry["netBenefit"] = .number(scenario.netBenefit)
                entry["roiPercent"] = scenario.roiPercent.map(JSONValue.number) ?? .null
                entry["paybackMonths"] = scenario.paybackMonths.map(JSONValue.number) ?? .null
                entry["npv"] = .number(scenario.npv)
                entry["meetsHurdles"] = .bool(scenario.meetsHurdles)
                return .object(entry)
            })
        sensitivityObject["breakEvenBenefitPercent"] =
            sensitivity.breakEvenBenefitPercent.map(JSONValue.number) ?? .null
        sensitivityObject["breakEvenBenefitPerYear"] =
            sensitivity.breakEvenBenefitPerYear.map(JSONValue.number) ?? .null
        object["sensitivity"] = .object(sensitivityObject)
        return object
    }
}
