/// A customer company, with what it is trying to achieve and who decides.
public struct Account: Equatable, Sendable, Identifiable {
    public var id: AccountID
    public var name: String
    public var industry: String?
    public var employees: Int?
    public var region: String?
    public var context: AccountContext?
    /// Problems from the seller's catalogue that this customer has.
    public var problems: [ProblemID]
    /// ICP disqualifiers known to apply to this customer (an addition to the format).
    public var disqualifiers: [String]
    public var goals: [Goal]
    public var stakeholders: [Stakeholder]
    public var extra: JSONObject

    public init(
        id: AccountID, name: String, industry: String? = nil, employees: Int? = nil, region: String? = nil,
        context: AccountContext? = nil, problems: [ProblemID] = [], disqualifiers: [String] = [],
        goals: [Goal] = [], stakeholders: [Stakeholder] = [], extra: JSONObject = [:]
    ) {
        self.id = id
        self.name = name
        self.industry = industry
        self.employees = employees
        self.region = region
        self.context = context
        self.problems = problems
        self.disqualifiers = disqualifiers
        self.goals = goals
        self.stakeholders = stakeholders
        self.extra = extra
    }

    /// The goal with this id, if any. O(n).
    public func goal(_ id: GoalID) -> Goal? { goals.first { $0.id == id } }

    /// The stakeholder with this id, if any. O(n).
    public func stakeholder(_ id: StakeholderID) -> Stakeholder? { stakeholders.first { $0.id == id } }
}

/// The customer as a business: markets, competition, strategy and money rules.
public struct AccountContext: Equatable, Sendable {
    public var markets: String?
    public var competitors: [String]
    public var strategy: String?
    public var financialHurdles: FinancialHurdles?

    public init(
        markets: String? = nil, competitors: [String] = [], strategy: String? = nil,
        financialHurdles: FinancialHurdles? = nil
    ) {
        self.markets = markets
        self.competitors = competitors
        self.strategy = strategy
        self.financialHurdles = financialHurdles
    }
}

/// The customer's own rules for approving an investment.
public struct FinancialHurdles: Equatable, Sendable {
    public var maxPaybackMonths: Double?
    public var hurdleRatePercent: Double?
    public var budgetCycle: String?

    public init(maxPaybackMonths: Double? = nil, hurdleRatePercent: Double? = nil, budgetCycle: String? = nil) {
        self.maxPaybackMonths = maxPaybackMonths
        self.hurdleRatePercent = hurdleRatePercent
        self.budgetCycle = budgetCycle
    }
}

/// Something the customer is trying to achieve, ideally with a number and a date.
public struct Goal: Equatable, Sendable, Identifiable {
    public var id: GoalID
    public var statement: String
    public var category: GoalCategory?
    public var metric: String?
    public var baseline: Double?
    public var target: Double?
    public var due: Day?
    public var priority: Int?
    public var ownerId: StakeholderID?
    public var source: GoalSource?
    public var evidence: String?

    public init(
        id: GoalID, statement: String, category: GoalCategory? = nil, metric: String? = nil,
        baseline: Double? = nil, target: Double? = nil, due: Day? = nil, priority: Int? = nil,
        ownerId: StakeholderID? = nil, source: GoalSource? = nil, evidence: String? = nil
    ) {
        self.id = id
        self.statement = statement
        self.category = category
        self.metric = metric
        self.baseline = baseline
        self.target = target
        self.due = due
        self.priority = priority
        self.ownerId = ownerId
        self.source = source
        self.evidence = evidence
    }

    /// A goal is measurable when it names a metric and a target.
    public var isMeasurable: Bool { metric != nil && target != nil }
}

/// A person on the customer's side.
public struct Stakeholder: Equatable, Sendable, Identifiable {
    public var id: StakeholderID
    public var name: String
    public var title: String?
    public var roles: [StakeholderRole]
    public var personalWin: String?
    public var stance: Stance?
    public var lastContact: Day?

    public init(
        id: StakeholderID, name: String, title: String? = nil, roles: [StakeholderRole] = [],
        personalWin: String? = nil, stance: Stance? = nil, lastContact: Day? = nil
    ) {
        self.id = id
        self.name = name
        self.title = title
        self.roles = roles
        self.personalWin = personalWin
        self.stance = stance
        self.lastContact = lastContact
    }
}
