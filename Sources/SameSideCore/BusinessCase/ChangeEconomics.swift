/// The cost of doing nothing set against the cost and the benefit of changing — the one comparison both the
/// review (`inaction-cheaper`) and the business case (`sameside case`, its options) rest on, so they cannot
/// disagree.
///
/// It answers two questions over the horizon that matters for each:
/// - urgency, until the customer's deadline (their compelling event, else the playbook's horizon): does
///   waiting cost them less than changing? Then nothing forces a decision before that date.
/// - value, over the business case's horizon: does changing pay (a positive net benefit that meets the
///   customer's own hurdles)? Without a calculable case the cost of doing nothing over that horizon stands in
///   for the benefit.
public struct ChangeEconomics: Equatable, Sendable {
    /// Months until the customer's deadline (or the playbook's horizon without one).
    public var urgencyMonths: Int
    /// Whether ``urgencyMonths`` run to the customer's compelling event.
    public var urgencyIsCompellingEvent: Bool
    /// What doing nothing costs until then.
    public var inactionUntilDeadline: Double
    /// What changing costs the customer.
    public var changeCost: Double
    /// Months of the business case, when there is one that can be calculated.
    public var caseHorizonMonths: Int?
    /// The case's net benefit over its horizon.
    public var caseNetBenefit: Double?
    /// Whether the case meets every hurdle the customer has (`true` when they have none on file).
    public var caseMeetsHurdles: Bool?

    /// The comparison for a deal's urgency figures and, when it has a calculable one, its business case.
    /// `nil` when the cost of doing nothing or the cost of change is unknown (or the change costs nothing). Pure.
    public init?(urgency: UrgencyFigures, businessCase: BusinessCaseResult?) {
        guard let inaction = urgency.inactionCost, let change = urgency.changeCost, change > 0 else { return nil }
        urgencyMonths = urgency.horizonMonths
        urgencyIsCompellingEvent = urgency.horizonIsCompellingEvent
        inactionUntilDeadline = inaction
        changeCost = change
        caseHorizonMonths = businessCase?.horizonMonths
        caseNetBenefit = businessCase?.netBenefit
        caseMeetsHurdles = businessCase.map { $0.hurdleChecks.isEmpty || $0.meetsHurdles }
    }

    /// The share of the change cost that waiting until the deadline costs: below 1, waiting is cheaper.
    public var inactionToChangeRatio: Double { inactionUntilDeadline / changeCost }

    /// Waiting until the deadline costs the customer less than changing.
    public var inactionCheaperUntilDeadline: Bool { inactionUntilDeadline < changeCost }

    /// Whether changing pays over the case's horizon (a positive net benefit meeting the customer's hurdles);
    /// `nil` without a calculable case.
    public var changePaysOverCaseHorizon: Bool? {
        guard let net = caseNetBenefit, let meets = caseMeetsHurdles else { return nil }
        return net > 0 && meets
    }

    /// Doing nothing is cheaper for the customer on every horizon we know: until their deadline, and the case
    /// (if any) does not pay. This is when the review says "doing nothing is cheaper".
    public var doingNothingIsCheaper: Bool { inactionCheaperUntilDeadline && changePaysOverCaseHorizon != true }

    /// Waiting is cheaper until the deadline, yet the case pays over its longer horizon: no urgency, real value.
    public var noUrgencyButValue: Bool { inactionCheaperUntilDeadline && changePaysOverCaseHorizon == true }
}
