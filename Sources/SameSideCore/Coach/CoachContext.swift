/// What the coach knows about the deal a message belongs to: the customer's goals, their compelling
/// event and the buying steps still open. Built from the pipeline (``init(account:opportunity:seller:)``)
/// or by hand.
public struct CoachContext: Equatable, Sendable {
    /// One customer goal, reduced to what a message could mention.
    public struct GoalRef: Equatable, Sendable {
        public var id: GoalID?
        public var statement: String
        public var metric: String?
        public var baseline: Double?
        public var target: Double?
        public var due: Day?
        public var customerStated: Bool

        public init(
            id: GoalID? = nil, statement: String, metric: String? = nil, baseline: Double? = nil,
            target: Double? = nil, due: Day? = nil, customerStated: Bool = true
        ) {
            self.id = id
            self.statement = statement
            self.metric = metric
            self.baseline = baseline
            self.target = target
            self.due = due
            self.customerStated = customerStated
        }
    }

    /// One of the customer's buying steps that is not done yet.
    public struct StepRef: Equatable, Sendable {
        public var id: StepID?
        public var title: String
        public var kind: StepKind?
        public var due: Day?
        public var blocker: String?

        public init(id: StepID? = nil, title: String, kind: StepKind? = nil, due: Day? = nil, blocker: String? = nil) {
            self.id = id
            self.title = title
            self.kind = kind
            self.due = due
            self.blocker = blocker
        }
    }

    /// The customer company's name (counts as a reference to the customer).
    public var customerName: String?
    /// Names of the customer's people (count as references to the customer).
    public var customerPeople: [String]
    /// Our company and product names (count as references to us).
    public var sellerNames: [String]
    public var goals: [GoalRef]
    public var compellingEvent: CompellingEvent?
    public var trigger: String?
    public var openSteps: [StepRef]
    /// Touches between the two sides already on the deal (emails, calls, meetings, messages; not internal notes).
    /// Any makes a message part of an ongoing thread, not a first touch.
    public var priorTouches: Int

    /// Whether the deal shows that the sides have already spoken: earlier touches, or goals the customer stated.
    public var isOngoing: Bool { priorTouches > 0 || goals.contains { $0.customerStated } }

    public init(
        customerName: String? = nil, customerPeople: [String] = [], sellerNames: [String] = [],
        goals: [GoalRef] = [], compellingEvent: CompellingEvent? = nil, trigger: String? = nil,
        openSteps: [StepRef] = [], priorTouches: Int = 0
    ) {
        self.customerName = customerName
        self.customerPeople = customerPeople
        self.sellerNames = sellerNames
        self.goals = goals
        self.compellingEvent = compellingEvent
        self.trigger = trigger
        self.openSteps = openSteps
        self.priorTouches = priorTouches
    }

    /// The context of one deal: the goals it is tied to (all the account's goals when it names none),
    /// its compelling event and its customer-side steps not yet done (a cancelled step is not open). Pure.
    public init(account: Account, opportunity: Opportunity, seller: Seller? = nil) {
        let tied = opportunity.goalIds.compactMap { account.goal($0) }
        let goals = tied.isEmpty ? account.goals : tied
        self.init(
            customerName: account.name,
            customerPeople: account.stakeholders.map(\.name),
            sellerNames: seller?.name.map { [$0] } ?? [],
            goals: goals.map {
                GoalRef(
                    id: $0.id, statement: $0.statement, metric: $0.metric, baseline: $0.baseline,
                    target: $0.target, due: $0.due, customerStated: $0.source != .sellerAssumed)
            },
            compellingEvent: opportunity.needToChange?.compellingEvent,
            trigger: opportunity.needToChange?.trigger,
            openSteps: opportunity.buyingProcess
                .filter { !$0.isDone && !$0.isCancelled && $0.owner != .seller && $0.internal != true }
                .map { StepRef(id: $0.id, title: $0.title, kind: $0.kind, due: $0.due, blocker: $0.blocker) },
            priorTouches: opportunity.activities.filter { $0.direction != .internal }.count
        )
    }
}
