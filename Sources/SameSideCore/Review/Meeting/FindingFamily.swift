/// Groups of rules whose findings mean the same thing for a manager, so a deal's review says it once.
///
/// "Gone quiet" is the main one: stale, ghosted, stalled in its stage, no customer pull, the close date
/// passed and the seller chasing all say the customer is not moving; they are shown as one point with all
/// their evidence. Pure data.
public enum FindingFamily: String, CaseIterable, Sendable {
    case goneQuiet = "gone-quiet"
    case fit
    case power
    case threads
    case pressure
    case process
    case need

    /// The rules of the family.
    public var rules: [RuleID] {
        switch self {
        case .goneQuiet:
            return ["seller-chasing", "ghosted", "no-customer-pull", "stale", "stalled-in-stage", "close-date-passed"]
        case .fit: return ["outside-icp", "no-problem-we-solve"]
        case .power: return ["no-economic-buyer", "no-power"]
        case .threads: return ["single-threaded", "not-enough-contacts"]
        case .pressure: return ["pressure-language", "discount-to-accelerate"]
        case .process: return ["no-buying-process", "paper-process-unknown"]
        case .need: return ["no-compelling-need", "need-not-acknowledged"]
        }
    }

    /// The title of two or more merged findings of the family.
    public var mergedTitle: String {
        switch self {
        case .goneQuiet: return "The customer has gone quiet"
        case .fit: return "The account is outside the profile we serve"
        case .power: return "Nobody who can say yes is engaged"
        case .threads: return "Too few people at the customer are involved"
        case .pressure: return "We are pushing the customer"
        case .process: return "We do not know how the customer buys"
        case .need: return "The reason to change is ours, not the customer's"
        }
    }

    /// The habit a rep works on when this family keeps showing up in their deals.
    public var habit: String {
        switch self {
        case .goneQuiet:
            return "when a customer goes quiet, stop asking: send one useful note that asks nothing, then agree an "
                + "honest pause or close"
        case .fit: return "check fit against the profile before the first meeting"
        case .power: return "meet the person who signs off the spend before proposing"
        case .threads: return "bring a second and third person at the customer into every deal"
        case .pressure: return "take pressure and deadline discounts out of messages; let the customer's date lead"
        case .process: return "map the customer's buying steps with them before proposing"
        case .need: return "get the customer to say, in their words, why they must change now"
        }
    }

    /// The family of `rule`; `nil` for a rule that stands alone.
    public static func of(_ rule: RuleID) -> FindingFamily? { byRule[rule] }

    private static let byRule: [RuleID: FindingFamily] = {
        var map: [RuleID: FindingFamily] = [:]
        for family in FindingFamily.allCases { for rule in family.rules { map[rule] = family } }
        return map
    }()
}
