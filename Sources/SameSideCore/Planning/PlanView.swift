/// A deal's mutual plan as one audience sees it: the goals it serves, the steps they may see (relative due dates
/// resolved, in plan order) and its health. What the exports (iCalendar, Markdown, JSON) and the share page show.
public struct PlanView: Sendable {
    public var dealId: DealID
    public var dealName: String
    public var accountName: String
    public var audience: PlanAudience
    public var asOf: Day
    /// The customer's goals the deal serves.
    public var goals: [Goal]
    /// The steps this audience may see: internal ones only for the seller.
    public var steps: [BuyingStep]
    public var health: PlanHealth
    /// The account's people, to name step owners.
    public var people: [Stakeholder]

    /// The plan of `input`'s deal for `audience`. Pure.
    public init(input: ReviewInput, audience: PlanAudience) {
        dealId = input.deal.id
        dealName = input.deal.name
        accountName = input.account.name
        self.audience = audience
        asOf = input.asOf
        goals = input.facts.tiedGoals
        let resolved = PlanDates.resolved(input.deal.buyingProcess)
        steps = audience == .customer ? resolved.filter { $0.internal != true } : resolved
        health = PlanHealth(input: input)
        people = input.account.stakeholders
    }

    /// Who does `step`, for people: "Dana Ruiz (customer)", "joint", "us". Pure.
    public func owner(of step: BuyingStep) -> String {
        let side: String
        switch step.owner {
        case .customer: side = accountName
        case .seller: side = audience == .customer ? "supplier" : "us"
        case .joint: side = "joint"
        case nil: side = ""
        }
        let person =
            step.ownerStakeholderId.map { id in people.first { $0.id == id }?.name ?? id.rawValue } ?? step.ownerName
        switch (person, side.isEmpty) {
        case (let person?, false): return "\(person) (\(side))"
        case (let person?, true): return person
        case (nil, _): return side.isEmpty ? "—" : side
        }
    }

    /// The step's status for people: "to do", "in progress", "done", "blocked", "cancelled". Pure.
    public static func status(of step: BuyingStep) -> String {
        if step.isDone { return "done" }
        switch step.status {
        case .inProgress: return "in progress"
        case .blocked: return "blocked"
        case .cancelled: return "cancelled"
        case .done: return "done"
        case .notStarted, nil: return "to do"
        }
    }
}
