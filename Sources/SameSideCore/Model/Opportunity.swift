/// A deal: what the seller hopes to sell, tied to the customer's goals, need and buying process.
public struct Opportunity: Equatable, Sendable, Identifiable {
    public var id: DealID
    public var accountId: AccountID
    public var name: String
    public var owner: String?
    public var amount: Double?
    /// The seller's stage name, as the CRM spells it.
    public var stage: String?
    public var status: DealStatus
    public var lostReason: LostReason?
    /// An honest pause: staleness and chasing checks wait until this day.
    public var pausedUntil: Day?
    public var pauseReason: String?
    public var createdDate: Day?
    public var closeDate: Day?
    public var goalIds: [GoalID]
    public var needToChange: NeedToChange?
    public var buyingProcess: [BuyingStep]
    public var obstacles: [Obstacle]
    public var businessCase: BusinessCaseInput?
    public var competition: [String]
    public var stageHistory: [StageChange]
    public var closeDateHistory: [CloseDateChange]
    public var discounts: [Discount]
    public var activities: [Activity]
    public var extra: JSONObject

    public init(
        id: DealID, accountId: AccountID, name: String, owner: String? = nil, amount: Double? = nil,
        stage: String? = nil, status: DealStatus = .open, lostReason: LostReason? = nil,
        pausedUntil: Day? = nil, pauseReason: String? = nil, createdDate: Day? = nil, closeDate: Day? = nil,
        goalIds: [GoalID] = [], needToChange: NeedToChange? = nil, buyingProcess: [BuyingStep] = [],
        obstacles: [Obstacle] = [], businessCase: BusinessCaseInput? = nil, competition: [String] = [],
        stageHistory: [StageChange] = [], closeDateHistory: [CloseDateChange] = [], discounts: [Discount] = [],
        activities: [Activity] = [], extra: JSONObject = [:]
    ) {
        self.id = id
        self.accountId = accountId
        self.name = name
        self.owner = owner
        self.amount = amount
        self.stage = stage
        self.status = status
        self.lostReason = lostReason
        self.pausedUntil = pausedUntil
        self.pauseReason = pauseReason
        self.createdDate = createdDate
        self.closeDate = closeDate
        self.goalIds = goalIds
        self.needToChange = needToChange
        self.buyingProcess = buyingProcess
        self.obstacles = obstacles
        self.businessCase = businessCase
        self.competition = competition
        self.stageHistory = stageHistory
        self.closeDateHistory = closeDateHistory
        self.discounts = discounts
        self.activities = activities
        self.extra = extra
    }
}

/// Why the customer must change, and what changing and not changing cost them.
public struct NeedToChange: Equatable, Sendable {
    public var trigger: String?
    public var compellingEvent: CompellingEvent?
    public var costOfInactionPerMonth: Double?
    public var costOfInactionBasis: String?
    /// The monthly loss grows by this percentage each month.
    public var costOfInactionGrowthPercentPerMonth: Double?
    public var changeCost: Double?
    public var changeRisks: [String]
    public var customerAcknowledged: Bool?

    public init(
        trigger: String? = nil, compellingEvent: CompellingEvent? = nil, costOfInactionPerMonth: Double? = nil,
        costOfInactionBasis: String? = nil, costOfInactionGrowthPercentPerMonth: Double? = nil,
        changeCost: Double? = nil, changeRisks: [String] = [], customerAcknowledged: Bool? = nil
    ) {
        self.trigger = trigger
        self.compellingEvent = compellingEvent
        self.costOfInactionPerMonth = costOfInactionPerMonth
        self.costOfInactionBasis = costOfInactionBasis
        self.costOfInactionGrowthPercentPerMonth = costOfInactionGrowthPercentPerMonth
        self.changeCost = changeCost
        self.changeRisks = changeRisks
        self.customerAcknowledged = customerAcknowledged
    }
}

/// A date in the customer's business after which not having changed hurts.
public struct CompellingEvent: Equatable, Sendable {
    public var what: String?
    public var date: Day?

    public init(what: String? = nil, date: Day? = nil) {
        self.what = what
        self.date = date
    }
}

/// One step of the customer's buying process (a line of the mutual action plan).
public struct BuyingStep: Equatable, Sendable, Identifiable {
    public var id: StepID
    public var title: String
    public var kind: StepKind?
    public var owner: StepOwner?
    public var ownerStakeholderId: StakeholderID?
    public var due: Day?
    public var status: StepStatus?
    public var completed: Day?
    public var blocker: String?
    public var evidence: String?
    /// The seller's own step, never shown to the customer.
    public var `internal`: Bool?
    public var dependsOn: [StepID]
    /// The person who does it when they are not one of the account's stakeholders (the seller's people).
    public var ownerName: String?
    /// A due date relative to another step ("10 days after the business case is done"); see ``PlanDates``.
    public var dueAfter: RelativeDue?
    /// Every change of the due date, oldest first: who moved it, when and why.
    public var dueChanges: [DueDateChange]

    public init(
        id: StepID, title: String, kind: StepKind? = nil, owner: StepOwner? = nil,
        ownerStakeholderId: StakeholderID? = nil, due: Day? = nil, status: StepStatus? = nil,
        completed: Day? = nil, blocker: String? = nil, evidence: String? = nil, internal: Bool? = nil,
        dependsOn: [StepID] = [], ownerName: String? = nil, dueAfter: RelativeDue? = nil,
        dueChanges: [DueDateChange] = []
    ) {
        self.id = id
        self.title = title
        self.kind = kind
        self.owner = owner
        self.ownerStakeholderId = ownerStakeholderId
        self.due = due
        self.status = status
        self.completed = completed
        self.blocker = blocker
        self.evidence = evidence
        self.internal = `internal`
        self.dependsOn = dependsOn
        self.ownerName = ownerName
        self.dueAfter = dueAfter
        self.dueChanges = dueChanges
    }

    /// The step was dropped from the plan.
    public var isCancelled: Bool { status == .cancelled }

    /// Done when its status says so or it has a completion date.
    public var isDone: Bool { Self.isDone(status: status, completed: completed) }

    /// ``isDone`` from the two fields it reads. Loops that read steps in place call this with the fields: asking
    /// an element of a buffer for `isDone` made the optimizer copy the whole step (every string retained).
    @inline(__always)
    static func isDone(status: StepStatus?, completed: Day?) -> Bool { status == .done || completed != nil }
}

/// Something standing in the customer's way.
public struct Obstacle: Equatable, Sendable {
    public var description: String
    /// Free text; `open` and `resolved` are the usual values.
    public var status: String?

    public init(description: String, status: String? = nil) {
        self.description = description
        self.status = status
    }
}

/// The inputs of a deal's business case; see `sameside case` for the formulas.
public struct BusinessCaseInput: Equatable, Sendable {
    public var horizonYears: Double?
    public var discountRatePercent: Double?
    public var investment: [InvestmentLine]
    public var benefits: [BenefitLine]
    public var validatedByCustomer: Bool?

    public init(
        horizonYears: Double? = nil, discountRatePercent: Double? = nil, investment: [InvestmentLine] = [],
        benefits: [BenefitLine] = [], validatedByCustomer: Bool? = nil
    ) {
        self.horizonYears = horizonYears
        self.discountRatePercent = discountRatePercent
        self.investment = investment
        self.benefits = benefits
        self.validatedByCustomer = validatedByCustomer
    }
}

/// What the customer pays: once up front and every year.
public struct InvestmentLine: Equatable, Sendable {
    public var label: String?
    public var oneTime: Double?
    public var perYear: Double?

    public init(label: String? = nil, oneTime: Double? = nil, perYear: Double? = nil) {
        self.label = label
        self.oneTime = oneTime
        self.perYear = perYear
    }
}

/// What the customer gains per year toward one of their goals.
public struct BenefitLine: Equatable, Sendable {
    public var goalId: GoalID?
    public var label: String?
    public var perYear: Double?
    /// 0…1; defaults to 1.
    public var confidence: Double?
    public var rampMonths: Double?

    public init(
        goalId: GoalID? = nil, label: String? = nil, perYear: Double? = nil, confidence: Double? = nil,
        rampMonths: Double? = nil
    ) {
        self.goalId = goalId
        self.label = label
        self.perYear = perYear
        self.confidence = confidence
        self.rampMonths = rampMonths
    }
}

/// The deal entered a stage on a day.
public struct StageChange: Equatable, Sendable {
    public var stage: String
    public var date: Day

    public init(stage: String, date: Day) {
        self.stage = stage
        self.date = date
    }
}

/// The close date was set to `closeDate` on `changedOn`.
public struct CloseDateChange: Equatable, Sendable {
    public var closeDate: Day
    public var changedOn: Day

    public init(closeDate: Day, changedOn: Day) {
        self.closeDate = closeDate
        self.changedOn = changedOn
    }
}

/// A price concession and why it was offered.
public struct Discount: Equatable, Sendable {
    public var percent: Double
    public var date: Day?
    public var reason: String?

    public init(percent: Double, date: Day? = nil, reason: String? = nil) {
        self.percent = percent
        self.date = date
        self.reason = reason
    }
}

/// One touch between seller and customer (or an internal note).
public struct Activity: Equatable, Sendable {
    public var date: Day
    public var type: ActivityType?
    public var direction: Direction
    public var initiatedBy: Initiator?
    public var stakeholderIds: [StakeholderID]
    public var summary: String?
    public var text: String?
    public var customerCommitment: String?

    public init(
        date: Day, type: ActivityType? = nil, direction: Direction, initiatedBy: Initiator? = nil,
        stakeholderIds: [StakeholderID] = [], summary: String? = nil, text: String? = nil,
        customerCommitment: String? = nil
    ) {
        self.date = date
        self.type = type
        self.direction = direction
        self.initiatedBy = initiatedBy
        self.stakeholderIds = stakeholderIds
        self.summary = summary
        self.text = text
        self.customerCommitment = customerCommitment
    }
}
