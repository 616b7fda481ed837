/// Something we do not yet know about the customer's deal, which a question in a meeting can close.
public struct DealGap: Equatable, Sendable {
    /// Stable kebab-case names of the gaps.
    public enum Kind: String, Sendable, CaseIterable {
        case noCustomerGoal = "no-customer-goal"
        case goalAssumed = "goal-assumed"
        case goalUnmeasured = "goal-unmeasured"
        case goalBaselineUnknown = "goal-baseline-unknown"
        case goalNotInCase = "goal-not-in-case"
        case noTrigger = "no-trigger"
        case noCompellingEvent = "no-compelling-event"
        case costOfInactionUnknown = "cost-of-inaction-unknown"
        case needNotAcknowledged = "need-not-acknowledged"
        case noBuyingProcess = "no-buying-process"
        case successCriteriaUnknown = "success-criteria-unknown"
        case approvalUnknown = "approval-step-unknown"
        case budgetUnknown = "budget-unknown"
        case procurementUnknown = "procurement-step-unknown"
        case purchaseOrderUnknown = "purchase-order-step-unknown"
        case legalUnknown = "legal-step-unknown"
        case stepsOverdue = "steps-overdue"
        case stepBlocked = "step-blocked"
        case stepOwnerUnknown = "step-owner-unknown"
        case noEconomicBuyer = "no-economic-buyer"
        case economicBuyerNotEngaged = "economic-buyer-not-engaged"
        case noProcurementContact = "no-procurement-contact"
        case singleThreaded = "single-threaded"
        case customerSilent = "customer-silent"
        case noBusinessCase = "no-business-case"
        case businessCaseInvalid = "business-case-invalid"
        case businessCaseNotValidated = "business-case-not-validated"
        case businessCaseMissesHurdle = "business-case-misses-hurdle"
        case hurdlesUnknown = "hurdles-unknown"
        case risksNotHandled = "risks-not-handled"
        case kickoffUnplanned = "kickoff-unplanned"
        /// A finding of the deal review that none of the above covers; ``DealGap/reviewRule`` names it.
        case review
    }

    public var kind: Kind
    /// What is unknown, in one sentence about the customer.
    public var description: String
    /// The question that closes the gap, in the customer's terms.
    public var question: String

    /// The review rule this gap comes from, for ``Kind/review`` gaps.
    public var reviewRule: RuleID?
    private var reviewMeetings: Set<MeetingKind> = []

    /// The name of the gap a question closes: the kind, or the review rule for review gaps.
    public var closes: String { reviewRule?.rawValue ?? kind.rawValue }

    /// A gap found by the deal review's rule `rule`, asked about in `meetings`.
    public init(review rule: RuleID, description: String, question: String, meetings: Set<MeetingKind>) {
        self.kind = .review
        self.description = description
        self.question = question
        self.reviewRule = rule
        self.reviewMeetings = meetings
    }

    public init(kind: Kind, description: String, question: String) {
        self.kind = kind
        self.description = description
        self.question = question
    }

    /// The meetings in which asking about this gap belongs, most fitting first.
    public var meetings: Set<MeetingKind> {
        switch kind {
        case .noCustomerGoal, .goalAssumed, .goalUnmeasured, .noTrigger, .needNotAcknowledged:
            return [.discovery, .businessCase]
        case .goalBaselineUnknown, .goalNotInCase, .costOfInactionUnknown, .noCompellingEvent:
            return [.discovery, .businessCase, .approval]
        case .noBuyingProcess, .singleThreaded, .customerSilent:
            return [.discovery, .businessCase, .approval, .negotiation]
        case .successCriteriaUnknown:
            return [.discovery, .businessCase, .kickoff]
        case .approvalUnknown, .budgetUnknown, .noEconomicBuyer, .economicBuyerNotEngaged, .hurdlesUnknown:
            return [.businessCase, .approval, .negotiation]
        case .procurementUnknown, .purchaseOrderUnknown, .noProcurementContact:
            return [.businessCase, .approval, .negotiation]
        case .legalUnknown:
            return [.approval, .negotiation]
        case .stepsOverdue, .stepBlocked, .stepOwnerUnknown:
            return [.businessCase, .approval, .negotiation, .kickoff]
        case .noBusinessCase, .businessCaseInvalid, .businessCaseNotValidated, .businessCaseMissesHurdle:
            return [.businessCase, .approval]
        case .risksNotHandled:
            return [.businessCase, .approval, .kickoff]
        case .kickoffUnplanned:
            return [.negotiation, .kickoff]
        case .review:
            return reviewMeetings
        }
    }
}
