/// Facts derived from one deal as of one day, computed once and shared by all rules and scores.
public struct DealFacts: Sendable {
    /// A customer step that is past its due date and not done.
    public struct OverdueStep: Sendable, Equatable {
        public var step: BuyingStep
        public var due: Day
        public var daysLate: Int
    }

    /// Customer-facing activities up to `asOf`, oldest first (internal notes excluded).
    public let activities: [Activity]
    /// Touches the customer made: inbound, or initiated by the customer.
    public let customerTouches: [Activity]
    /// Touches plus meetings the customer's people attended, whoever set them up.
    public let engagements: [Activity]
    /// Outreach the seller made: outbound and not initiated by the customer.
    public let sellerOutreach: [Activity]
    /// Seller outreach (meetings held excluded) dated after the customer's last engagement.
    public let unansweredOutreach: [Activity]
    /// The deal's goals found on the account, in the deal's order.
    public let tiedGoals: [Goal]
    /// Steps shown to the customer (not internal).
    public let visibleSteps: [BuyingStep]
    /// Visible steps the customer owns or shares.
    public let customerSteps: [BuyingStep]
    /// Customer steps past due and not done, most late first.
    public let overdueSteps: [OverdueStep]
    public let planStatus: MutualPlanStatus
    /// Customer people who took part in an activity or have a last-contact date, in account order.
    public let engagedStakeholders: [Stakeholder]
    /// The seller's stage on the ladder; `nil` when no stage or no mapping.
    public let sellerStage: BuyerStage?
    public let buyerStage: BuyerStage
    /// The facts that put the deal on its buyer-verified rung.
    public let buyerStageEvidence: [String]
    /// The seller's stage is at or beyond the playbook's late stage.
    public let isLateStage: Bool
    /// An honest pause is running (`asOf` is before `pausedUntil`).
    public let isPaused: Bool
    public let urgency: UrgencyFigures
    /// The deal's business case as the calculator sees it; `nil` when the deal has none.
    public let businessCase: BusinessCaseFigures?
    /// The day the deal entered its current seller stage, from the stage history.
    public let currentStageSince: Day?
    /// Earliest finish of each open customer step (see ``PlanSchedule``).
    public let earliestFinishes: [StepID: Day]
    /// Pressure phrases in the seller's messages.
    public let pressureHits: [PressureHit]

    public var lastActivity: Activity? { activities.last }
    public var lastCustomerTouch: Activity? { customerTouches.last }
    public var lastEngagement: Activity? { engagements.last }

    init(deal: Opportunity, account: Account, playbook: Playbook, asOf: Day) {
        let ordered = DealFacts.customerFacing(deal.activities, asOf: asOf)
        activities = ordered
        let touches = DealFacts.select(ordered) { $0.direction == .inbound || $0.initiatedBy == .customer }
        customerTouches = touches
        let attended = { (activity: Activity) in activity.type == .meeting && !activity.stakeholderIds.isEmpty }
        let engaged = DealFacts.select(ordered) {
            $0.direction == .inbound || $0.initiatedBy == .customer || attended($0)
        }
        engagements = engaged
        let outreach = DealFacts.select(ordered) { $0.direction == .outbound && $0.initiatedBy != .customer }
        sellerOutreach = outreach
        if let last = engaged.last {
            unansweredOutreach = DealFacts.select(outreach) { $0.date > last.date && !attended($0) }
        } else {
            unansweredOutreach = DealFacts.select(outreach) { !attended($0) }
        }
        tiedGoals = deal.goalIds.compactMap { account.goal($0) }

        // Most plans have no internal step: share the deal's array instead of copying every step.
        let visible =
            deal.buyingProcess.contains { $0.internal == true }
            ? deal.buyingProcess.filter { $0.internal != true } : deal.buyingProcess
        visibleSteps = visible
        let customer = visible.filter { $0.owner != .seller }
        customerSteps = customer
        let overdue = customer.compactMap { step -> OverdueStep? in
            guard let due = step.due, !step.isDone, due < asOf else { return nil }
            return OverdueStep(step: step, due: due, daysLate: due.days(until: asOf))
        }.sorted { $0.daysLate != $1.daysLate ? $0.daysLate > $1.daysLate : $0.step.id < $1.step.id }
        overdueSteps = overdue
        let maxLate = overdue.first?.daysLate ?? 0
        if customer.isEmpty {
            planStatus = .none
        } else if maxLate >= 7 {
            planStatus = .stalled
        } else if maxLate >= 1 || customer.contains(where: { $0.status == .blocked && !$0.isDone }) {
            planStatus = .atRisk
        } else {
            planStatus = .onTrack
        }

        var engagedIDs = Set<StakeholderID>()
        for index in ordered.indices { engagedIDs.formUnion(ordered[index].stakeholderIds) }
        engagedStakeholders = account.stakeholders.filter {
            engagedIDs.contains($0.id) || ($0.lastContact.map { $0 <= asOf } ?? false)
        }

        earliestFinishes = PlanSchedule.earliestFinishes(steps: customer, asOf: asOf)
        if let stage = deal.stage, !deal.stageHistory.isEmpty {
            let key = StageMapping.key(stage)
            currentStageSince = deal.stageHistory.filter { StageMapping.key($0.stage) == key }.map(\.date).max()
        } else {
            currentStageSince = nil
        }
        let mapped = deal.stage.flatMap { StageMapping.map($0, playbook: playbook) }
        sellerStage = mapped?.stage
        isLateStage = (mapped?.stage).map { $0 >= playbook.lateStageFrom } ?? false
        let verified = BuyerStageEvidence.assess(
            deal: deal, touches: engaged, tiedGoals: tiedGoals, customerSteps: customer, asOf: asOf)
        buyerStage = verified.stage
        buyerStageEvidence = verified.evidence
        isPaused = deal.pausedUntil.map { asOf < $0 } ?? false
        urgency = UrgencyFigures(
            need: deal.needToChange, asOf: asOf, defaultHorizonMonths: playbook.inactionHorizonMonths,
            overdueDays: maxLate)
        businessCase = BusinessCaseFigures(deal: deal, account: account)
        pressureHits = PressureScan.hits(in: outreach)
    }

    /// The activities that pass `test`, in order: the same array when all pass, else one allocated at its final
    /// size (a filter grew its array several times over a deal's activities, and copied all of them when all
    /// passed). Pure.
    ///
    /// Tests the activities in place through a buffer: `for activity in activities` copied each one (retaining
    /// its strings and ids) only to look at a field or two.
    static func select(_ activities: [Activity], where test: (Activity) -> Bool) -> [Activity] {
        activities.withUnsafeBufferPointer { buffer in
            var count = 0
            for index in buffer.indices where test(buffer[index]) { count += 1 }
            if count == buffer.count { return activities }
            var result: [Activity] = []
            if count == 0 { return result }
            result.reserveCapacity(count)
            for index in buffer.indices where test(buffer[index]) { result.append(buffer[index]) }
            return result
        }
    }

    /// `activities` up to `asOf` without internal notes, oldest first (file order among equal dates). Pure.
    ///
    /// Most deals list their activities in date order with none after `asOf` and no internal note: then the
    /// deal's own array is the answer, shared rather than copied.
    static func customerFacing(_ activities: [Activity], asOf: Day) -> [Activity] {
        var previous: Day?
        let asIs = activities.allSatisfy { activity in
            defer { previous = activity.date }
            let inOrder = previous.map { $0 <= activity.date } ?? true
            return activity.date <= asOf && activity.direction != .internal && inOrder
        }
        if asIs { return activities }
        return activities.enumerated()
            .filter { $0.element.date <= asOf && $0.element.direction != .internal }
            .sorted { $0.element.date != $1.element.date ? $0.element.date < $1.element.date : $0.offset < $1.offset }
            .map(\.element)
    }
}
