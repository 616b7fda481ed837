/// Facts derived from one deal as of one day, computed once and shared by all rules and scores.
public struct DealFacts: Sendable {
    /// A customer step that is past its due date and not done.
    public struct OverdueStep: Sendable, Equatable {
        public var step: BuyingStep
        public var due: Day
        public var daysLate: Int
    }

    /// Customer-facing activities up to `asOf`, oldest first (internal notes excluded).
    public let activities: ActivitySlice
    /// Touches the customer made: inbound, or initiated by the customer.
    public let customerTouches: ActivitySlice
    /// Touches plus meetings the customer's people attended, whoever set them up, and activities that record a
    /// customer commitment.
    public let engagements: ActivitySlice
    /// Outreach the seller made: outbound and not initiated by the customer.
    public let sellerOutreach: ActivitySlice
    /// Seller outreach (meetings held excluded) dated after the customer's last engagement.
    public let unansweredOutreach: ActivitySlice
    /// The deal's goals found on the account, in the deal's order.
    public let tiedGoals: [Goal]
    /// Steps shown to the customer (not internal).
    public let visibleSteps: [BuyingStep]
    /// Visible steps the customer owns or shares, cancelled ones left out (relative due dates resolved).
    public let customerSteps: [BuyingStep]
    /// Customer steps past due and not done, most late first.
    public let overdueSteps: [OverdueStep]
    public let planStatus: MutualPlanStatus
    /// Customer people named in an engagement (see ``engagements``) or with a last-contact date, in account order.
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
    /// Earliest finish of each customer step, by position in ``customerSteps``; `nil` for a done step (see
    /// ``PlanSchedule``).
    public let stepFinishes: [Day?]
    /// The latest of ``stepFinishes``: when the customer's open steps can all be done.
    public let latestFinish: Day?
    /// Pressure phrases in the seller's messages.
    public let pressureHits: [PressureHit]

    /// Earliest finish of each open customer step by id (the first step with an id stands for it).
    public var earliestFinishes: [StepID: Day] { PlanSchedule.byID(steps: customerSteps, finishes: stepFinishes) }

    public var lastActivity: Activity? { activities.last }
    public var lastCustomerTouch: Activity? { customerTouches.last }
    public var lastEngagement: Activity? { engagements.last }

    init(deal: Opportunity, account: Account, playbook: Playbook, asOf: Day) {
        let ordered = DealFacts.customerFacing(deal.activities, asOf: asOf)
        activities = ordered
        let touches = ordered.select { $0.pointee.direction == .inbound || $0.pointee.initiatedBy == .customer }
        customerTouches = touches
        let attended = { (activity: UnsafePointer<Activity>) in
            activity.pointee.type == .meeting && !activity.pointee.stakeholderIds.isEmpty
        }
        // A commitment the customer made is an answer, even on a call the seller logged.
        let engaged = ordered.select {
            $0.pointee.direction == .inbound || $0.pointee.initiatedBy == .customer || attended($0)
                || !($0.pointee.customerCommitment?.isEmpty ?? true)
        }
        engagements = engaged
        let outreach = ordered.select { $0.pointee.direction == .outbound && $0.pointee.initiatedBy != .customer }
        sellerOutreach = outreach
        if let lastDate = engaged.last?.date {
            unansweredOutreach = outreach.select { $0.pointee.date > lastDate && !attended($0) }
        } else {
            unansweredOutreach = outreach.select { !attended($0) }
        }
        tiedGoals = deal.goalIds.compactMap { account.goal($0) }

        // Relative due dates become days; most plans have none, and then this is the deal's own array.
        let process = PlanDates.resolved(deal.buyingProcess)
        // Read in place, field by field (`contains`, `filter` and `compactMap` copied every step, retaining its
        // strings, to read a field or two); most plans have no internal step, and then this is the deal's array.
        let visible = process.filterInPlace { $0.pointee.internal != true }
        visibleSteps = visible
        // A cancelled step is no longer part of what the customer has to do.
        let customer = visible.filterInPlace { $0.pointee.owner != .seller && $0.pointee.status != .cancelled }
        customerSteps = customer
        var overdue: [OverdueStep] = []
        customer.withUnsafeBufferPointer { steps in
            for index in steps.indices {
                guard let due = steps[index].due, due < asOf,
                    !BuyingStep.isDone(status: steps[index].status, completed: steps[index].completed)
                else { continue }
                overdue.append(OverdueStep(step: steps[index], due: due, daysLate: due.days(until: asOf)))
            }
        }
        if overdue.count > 1 {
            overdue.sort { $0.daysLate != $1.daysLate ? $0.daysLate > $1.daysLate : $0.step.id < $1.step.id }
        }
        overdueSteps = overdue
        let maxLate = overdue.first?.daysLate ?? 0
        if customer.isEmpty {
            planStatus = .none
        } else if maxLate >= 7 {
            planStatus = .stalled
        } else if maxLate >= 1
            || customer.containsInPlace(where: {
                $0.pointee.status == .blocked
                    && !BuyingStep.isDone(status: $0.pointee.status, completed: $0.pointee.completed)
            })
        {
            planStatus = .atRisk
        } else {
            planStatus = .onTrack
        }

        // People who took part: a message we sent that nobody answered engages no one.
        let engagedIDs = DealFacts.PeopleSeen(in: engaged)
        engagedStakeholders = account.stakeholders.filterInPlace {
            engagedIDs.contains($0.pointee.id) || ($0.pointee.lastContact.map { $0 <= asOf } ?? false)
        }

        let finishes = PlanSchedule.finishes(steps: customer, asOf: asOf)
        stepFinishes = finishes
        latestFinish = finishes.lazy.compactMap { $0 }.max()
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
            overdueDays: maxLate, paybackLimitMonths: account.context?.financialHurdles?.maxPaybackMonths,
            businessCaseYears: deal.businessCase?.horizonYears)
        businessCase = BusinessCaseFigures(deal: deal, account: account)
        pressureHits = PressureScan.hits(in: outreach)
    }

    /// `activities` up to `asOf` without internal notes, oldest first (file order among equal dates). Pure.
    ///
    /// Most deals list their activities in date order with none after `asOf` and no internal note: then the
    /// slice is the deal's whole array. Otherwise it holds the positions of the kept ones, sorted.
    static func customerFacing(_ activities: [Activity], asOf: Day) -> ActivitySlice {
        activities.withUnsafeBufferPointer { buffer in
            func isKept(_ index: Int) -> Bool { buffer[index].date <= asOf && buffer[index].direction != .internal }
            var previous: Day?
            var asIs = true
            var kept = 0
            for index in buffer.indices {
                guard isKept(index) else {
                    asIs = false
                    continue
                }
                kept += 1
                if let previous, previous > buffer[index].date { asIs = false }
                previous = buffer[index].date
            }
            if asIs { return ActivitySlice(activities) }
            var positions: [Int] = []
            positions.reserveCapacity(kept)
            for index in buffer.indices where isKept(index) { positions.append(index) }
            // Stable: equal dates keep file order.
            positions.sort { buffer[$0].date != buffer[$1].date ? buffer[$0].date < buffer[$1].date : $0 < $1 }
            return ActivitySlice(base: activities, positions: positions)
        }
    }

    /// The stakeholder ids named in some activities. A deal names a handful of people: they are kept in a small
    /// array searched in place (hashing every id of every activity cost more), and in a set past 16.
    struct PeopleSeen {
        private var few: [StakeholderID] = []
        private var many: Set<StakeholderID>?

        init(in activities: ActivitySlice) {
            activities.forEachPosition { activities, position in
                for id in activities[position].stakeholderIds { insert(id) }
            }
        }

        private mutating func insert(_ id: StakeholderID) {
            if many != nil {
                many?.insert(id)
            } else if !few.contains(id) {
                few.append(id)
                if few.count > 16 { many = Set(few) }
            }
        }

        func contains(_ id: StakeholderID) -> Bool { many?.contains(id) ?? few.contains(id) }
    }
}
