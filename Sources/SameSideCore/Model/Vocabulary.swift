/// A closed vocabulary of the pipeline format: a string enum whose every value is listed.
///
/// The pipeline reader uses ``allowedValues`` to say what was expected when a file holds an
/// unknown value.
public protocol ClosedVocabulary: RawRepresentable, CaseIterable, Hashable, Sendable
where RawValue == String {}

extension ClosedVocabulary {
    /// All values, in declaration order, joined for error messages: `a | b | c`.
    public static var allowedValues: String { allCases.map(\.rawValue).joined(separator: " | ") }
}

/// What kind of result a customer's goal is about.
public enum GoalCategory: String, ClosedVocabulary {
    case growth, marketShare = "market-share", newProduct = "new-product"
    case customerAcquisition = "customer-acquisition", customerService = "customer-service"
    case operationalEfficiency = "operational-efficiency", cost, margin, risk, compliance, people, other
}

/// Whether the customer said a goal themselves or the seller assumed it.
public enum GoalSource: String, ClosedVocabulary {
    case customerStated = "customer-stated", sellerAssumed = "seller-assumed"
}

/// The part a customer's person plays in the buying decision.
public enum StakeholderRole: String, ClosedVocabulary {
    case economicBuyer = "economic-buyer", decisionMaker = "decision-maker", champion, influencer, user
    case technical, procurement, legal, blocker
}

/// How a customer's person stands toward the change.
public enum Stance: String, ClosedVocabulary {
    case supporter, neutral, skeptic, opponent, unknown
}

/// Whether a deal is still being worked.
public enum DealStatus: String, ClosedVocabulary {
    case open, won, lost
}

/// Why a deal was lost.
public enum LostReason: String, ClosedVocabulary {
    case noDecision = "no-decision", competitor, price, timing, notAFit = "not-a-fit", other
}

/// A step in the customer's own buying process.
public enum StepKind: String, ClosedVocabulary {
    case alignTeam = "align-team", successCriteria = "success-criteria", evaluation
    case businessCase = "business-case", managementApproval = "management-approval", budget
    case securityReview = "security-review", legal, procurement, purchaseOrder = "purchase-order"
    case signature, kickoff, other

    /// The paper process: the steps that turn a decision into a signed order.
    public var isPaperProcess: Bool {
        switch self {
        case .procurement, .purchaseOrder, .legal, .signature: return true
        default: return false
        }
    }

    /// The step's name for people, the same in every plan, pack and page ("legal review"). Pure.
    public var displayName: String {
        switch self {
        case .alignTeam: return "team alignment"
        case .successCriteria: return "success criteria"
        case .evaluation: return "evaluation"
        case .businessCase: return "business case"
        case .managementApproval: return "management approval"
        case .budget: return "budget"
        case .securityReview: return "security review"
        case .legal: return "legal review"
        case .procurement: return "procurement"
        case .purchaseOrder: return "purchase order"
        case .signature: return "signature"
        case .kickoff: return "kickoff"
        case .other: return "next step"
        }
    }
}

/// Who does a buying step.
public enum StepOwner: String, ClosedVocabulary {
    case customer, seller, joint
}

/// Where a buying step stands. `not-started` is "to do"; a `cancelled` step is no longer part of the plan.
public enum StepStatus: String, ClosedVocabulary {
    case notStarted = "not-started", inProgress = "in-progress", done, blocked, cancelled
}

/// Why a step's due date moved (the typed reason, if any, is kept beside it as text).
public enum DueChangeReason: String, ClosedVocabulary {
    case newObstacle = "new-obstacle", dateNeverReal = "date-never-real", prioritiesChanged = "priorities-changed"
    case waitingOnThirdParty = "waiting-on-third-party", other

    /// The reason for people: "a new obstacle", "the date was never real". Pure.
    public var displayName: String {
        switch self {
        case .newObstacle: return "a new obstacle"
        case .dateNeverReal: return "the date was never real"
        case .prioritiesChanged: return "priorities changed"
        case .waitingOnThirdParty: return "waiting on a third party"
        case .other: return "another reason"
        }
    }
}

/// The channel of an activity.
public enum ActivityType: String, ClosedVocabulary {
    case email, call, meeting, note, message
}

/// Which way an activity went.
public enum Direction: String, ClosedVocabulary {
    case outbound, inbound, `internal`
}

/// Who started an activity.
public enum Initiator: String, ClosedVocabulary {
    case seller, customer
}
