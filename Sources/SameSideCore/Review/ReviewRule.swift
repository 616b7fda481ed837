/// One check of the deal review: a pure value with a stable id.
///
/// A rule looks at one ``ReviewInput`` and either stays silent or returns a ``RuleResult`` with
/// its evidence, coaching questions and next action. Rules never read the clock or do I/O.
public struct ReviewRule: Sendable {
    /// Stable kebab-case id, used in output, playbooks and docs.
    public let id: RuleID
    /// When the rule fires, in one plain sentence.
    public let firesWhen: String
    private let check: @Sendable (ReviewInput) -> RuleResult?

    /// Creates a rule from its id, its one-line meaning and its check.
    public init(id: RuleID, firesWhen: String, check: @escaping @Sendable (ReviewInput) -> RuleResult?) {
        self.id = id
        self.firesWhen = firesWhen
        self.check = check
    }

    /// Runs the check; `nil` when the rule does not fire. Pure.
    public func evaluate(_ input: ReviewInput) -> Finding? {
        guard let result = check(input) else { return nil }
        return Finding(
            rule: id, severity: result.severity, title: result.title, evidence: result.evidence,
            questions: result.questions, nextAction: result.nextAction)
    }
}

extension ReviewRule {
    /// Every built-in rule, in the order the docs and the output list them.
    public static let all: [ReviewRule] = [
        outsideICP, noProblemWeSolve,
        noCustomerGoal, goalAssumed, goalUnmeasured,
        noCompellingNeed, inactionCheaper, inactionCostUnknown, needNotAcknowledged,
        noBuyingProcess, paperProcessUnknown, stepsOverdue, closeBeforeSteps, noNextStep,
        noCustomerStep, customerStepsOnOnePerson, planTooLong, stepsWordedForSeller, stepDatesMoved,
        stageAheadOfEvidence, stageUnmapped, stalledInStage,
        singleThreaded, notEnoughContacts, noEconomicBuyer, noPower,
        sellerChasing, ghosted, noCustomerPull, stale, pauseExpired,
        pressureLanguage, discountToAccelerate, pricingNotDiscussed, redFlags,
        closeDateSlipped, closeDatePassed,
        noBusinessCase, businessCaseMissesHurdle,
        whatWeDontKnowYet,
    ]

    /// The ids of every built-in rule, for validating playbooks.
    public static let allIDs: Set<RuleID> = Set(all.map(\.id))
}
