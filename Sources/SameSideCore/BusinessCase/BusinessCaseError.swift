/// Why a deal's business case cannot be calculated. Each case names the field at fault.
public enum BusinessCaseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The deal has no `businessCase` at all.
    case noBusinessCase(DealID)
    /// The business case lists no benefit lines, so there is nothing to weigh the investment against.
    case noBenefits(DealID)
    /// `horizonYears` is zero, negative, or shorter than one month.
    case horizonNotPositive(Double)
    /// `horizonYears` is longer than ``BusinessCaseCalculator/maxHorizonYears``.
    case horizonTooLong(Double)
    /// `discountRatePercent` (or the customer's hurdle rate used in its place) is -100 or less.
    case discountRateOutOfRange(field: String, value: Double)
    /// A benefit line has no `perYear` value.
    case benefitWithoutValue(index: Int)
    /// A money amount is negative.
    case negativeAmount(field: String, value: Double)
    /// A benefit's `confidence` lies outside 0…1.
    case confidenceOutOfRange(index: Int, value: Double)
    /// A benefit's `rampMonths` is negative.
    case negativeRamp(index: Int, value: Double)
    /// An amount, or a figure computed from the amounts, is beyond ``BusinessCaseCalculator/maxAmount``.
    case amountTooLarge(field: String)
    /// Compounding the cost of inaction over the horizon gives a figure beyond any real one.
    case costOfInactionExplodes(growthPercent: Double, months: Int)
    /// `costOfInactionGrowthPercentPerMonth` lies outside −100 … 100.
    case growthOutOfRange(Double)
    /// A number is NaN or infinite (only possible when built in code).
    case notFinite(field: String)

    public var description: String {
        switch self {
        case .noBusinessCase(let deal):
            return "deal \"\(deal)\" has no businessCase: add one with investment and benefits"
        case .noBenefits(let deal):
            return "deal \"\(deal)\": businessCase.benefits is empty; expected at least one benefit line"
                + " with perYear (what the customer gains per year)"
        case .horizonNotPositive(let years):
            return "businessCase.horizonYears: \(Self.format(years)) is not a horizon;"
                + " expected a number of years greater than 0 (at least one month)"
        case .horizonTooLong(let years):
            return "businessCase.horizonYears: \(Self.format(years)) is too long;"
                + " expected at most \(Self.format(BusinessCaseCalculator.maxHorizonYears)) years"
        case .discountRateOutOfRange(let field, let value):
            return "\(field): \(Self.format(value)) is not a usable rate; expected a percentage greater than -100"
        case .benefitWithoutValue(let index):
            return "businessCase.benefits[\(index)].perYear: missing; expected the yearly value of the benefit"
        case .negativeAmount(let field, let value):
            return "\(field): \(Self.format(value)) is negative; expected an amount of 0 or more"
        case .confidenceOutOfRange(let index, let value):
            return "businessCase.benefits[\(index)].confidence: \(Self.format(value)) is outside 0…1"
        case .negativeRamp(let index, let value):
            return "businessCase.benefits[\(index)].rampMonths: \(Self.format(value)) is negative;"
                + " expected 0 or more months"
        case .amountTooLarge(let field):
            return "\(field): too large; expected amounts below 10 trillion in the file's currency"
        case .costOfInactionExplodes(let growth, let months):
            return "needToChange.costOfInactionGrowthPercentPerMonth: \(Self.format(growth))% a month compounded over"
                + " \(months) months gives a cost beyond any real figure; expected a smaller growth rate"
        case .growthOutOfRange(let value):
            return "needToChange.costOfInactionGrowthPercentPerMonth: \(Self.format(value)) is outside -100…100;"
                + " expected the percentage by which the monthly loss grows each month"
        case .notFinite(let field):
            return "\(field): not a finite number"
        }
    }

    private static func format(_ value: Double) -> String {
        value.isFinite && value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
