/// The figures of one deal's business case, rounded as the `sameside case` contract says.
///
/// Money is in the pipeline's currency, rounded to cents; months and percentages to one decimal.
/// ``jsonObject`` holds the contract's JSON keys in order.
public struct BusinessCaseResult: Equatable, Sendable {
    public var dealId: DealID
    public var horizonYears: Double
    /// `12 · horizonYears`, rounded to whole months.
    public var horizonMonths: Int
    public var discountRatePercent: Double
    /// Where ``discountRatePercent`` came from.
    public var discountRateSource: DiscountRateSource
    public var totalInvestment: Double
    public var totalBenefit: Double
    public var netBenefit: Double
    /// `100 · netBenefit / totalInvestment`; `nil` when nothing is invested.
    public var roiPercent: Double?
    /// `nil` when the case does not pay back within the horizon.
    public var paybackMonths: Double?
    public var npv: Double
    public var costOfDelayPerMonth: Double
    public var meetsHurdles: Bool
    /// One sentence per failed hurdle, e.g. `payback 14.2 months > 12 allowed`.
    public var hurdleFailures: [String]
    /// Every hurdle the customer has, passed or not.
    public var hurdleChecks: [HurdleCheck]
    /// The unrounded monthly flows the figures come from.
    public var cashFlows: CashFlows

    public init(
        dealId: DealID, horizonYears: Double, horizonMonths: Int, discountRatePercent: Double,
        discountRateSource: DiscountRateSource, totalInvestment: Double, totalBenefit: Double,
        netBenefit: Double, roiPercent: Double?, paybackMonths: Double?, npv: Double,
        costOfDelayPerMonth: Double, meetsHurdles: Bool, hurdleFailures: [String], hurdleChecks: [HurdleCheck],
        cashFlows: CashFlows
    ) {
        self.dealId = dealId
        self.horizonYears = horizonYears
        self.horizonMonths = horizonMonths
        self.discountRatePercent = discountRatePercent
        self.discountRateSource = discountRateSource
        self.totalInvestment = totalInvestment
        self.totalBenefit = totalBenefit
        self.netBenefit = netBenefit
        self.roiPercent = roiPercent
        self.paybackMonths = paybackMonths
        self.npv = npv
        self.costOfDelayPerMonth = costOfDelayPerMonth
        self.meetsHurdles = meetsHurdles
        self.hurdleFailures = hurdleFailures
        self.hurdleChecks = hurdleChecks
        self.cashFlows = cashFlows
    }

    /// The contract's JSON keys (`dealId` … `hurdleFailures`) in order, then `discountRateSource`. Pure.
    public var jsonObject: JSONObject {
        var object = JSONObject()
        object["dealId"] = .string(dealId.rawValue)
        object["horizonYears"] = .number(horizonYears)
        object["discountRatePercent"] = .number(discountRatePercent)
        object["totalInvestment"] = .number(totalInvestment)
        object["totalBenefit"] = .number(totalBenefit)
        object["netBenefit"] = .number(netBenefit)
        object["roiPercent"] = roiPercent.map(JSONValue.number) ?? .null
        object["paybackMonths"] = paybackMonths.map(JSONValue.number) ?? .null
        object["npv"] = .number(npv)
        object["costOfDelayPerMonth"] = .number(costOfDelayPerMonth)
        object["meetsHurdles"] = .bool(meetsHurdles)
        object["hurdleFailures"] = .array(hurdleFailures.map(JSONValue.string))
        object["discountRateSource"] = .string(discountRateSource.rawValue)
        return object
    }
}

/// Where the discount rate of a business case came from.
public enum DiscountRateSource: String, Sendable, Equatable {
    /// The deal's `businessCase.discountRatePercent`.
    case deal
    /// The account's `financialHurdles.hurdleRatePercent`, because the deal gives none.
    case customerHurdleRate = "customer-hurdle-rate"
    /// Neither gives one: the case is undiscounted (0%).
    case none
}

/// One of the customer's financial hurdles, checked against the case.
public struct HurdleCheck: Equatable, Sendable {
    public enum Kind: String, Sendable, Equatable {
        /// `maxPaybackMonths`: payback must come no later.
        case payback
        /// `hurdleRatePercent`: NPV at that rate must be 0 or more.
        case hurdleRate = "hurdle-rate"
    }

    public var kind: Kind
    /// The customer's limit: months for payback, percent for the hurdle rate.
    public var required: Double
    /// Payback months (nil: never) or the NPV at the hurdle rate, rounded.
    public var actual: Double?
    public var passed: Bool
    /// A sentence for people, e.g. `payback 14.2 months > 12 allowed`.
    public var explanation: String

    public init(kind: Kind, required: Double, actual: Double?, passed: Bool, explanation: String) {
        self.kind = kind
        self.required = required
        self.actual = actual
        self.passed = passed
        self.explanation = explanation
    }
}
