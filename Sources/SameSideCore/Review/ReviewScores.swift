/// The deal's scores, 0–100. For `pressure` higher means more seller pressure; for all others
/// higher is better. Formulas are in docs/review.md and in ``ReviewScores/init(input:)``.
public struct ReviewScores: Equatable, Sendable {
    public var fit: Int
    public var alignment: Int
    public var urgency: Int
    public var process: Int
    public var stakeholders: Int
    public var businessCase: Int
    public var pressure: Int
    public var health: Int
    /// How likely the customer is to reach the goals this deal serves.
    public var customerOutcome: Int

    public init(
        fit: Int, alignment: Int, urgency: Int, process: Int, stakeholders: Int, businessCase: Int, pressure: Int,
        health: Int, customerOutcome: Int
    ) {
        self.fit = fit
        self.alignment = alignment
        self.urgency = urgency
        self.process = process
        self.stakeholders = stakeholders
        self.businessCase = businessCase
        self.pressure = pressure
        self.health = health
        self.customerOutcome = customerOutcome
    }

    /// The scores of one deal; `health` also loses 4 points per high and 1 per medium finding. Pure.
    public init(input: ReviewInput, findings: [Finding] = []) {
        fit = ReviewScores.clamp(ReviewScores.fit(input))
        alignment = ReviewScores.clamp(ReviewScores.alignment(input))
        urgency = ReviewScores.clamp(ReviewScores.urgency(input))
        process = ReviewScores.clamp(ReviewScores.process(input))
        stakeholders = ReviewScores.clamp(ReviewScores.stakeholders(input))
        businessCase = ReviewScores.clamp(ReviewScores.businessCase(input))
        pressure = ReviewScores.clamp(ReviewScores.pressure(input))
        let weighted =
            0.15 * Double(fit) + 0.15 * Double(alignment) + 0.15 * Double(urgency) + 0.15 * Double(process)
            + 0.15 * Double(stakeholders) + 0.10 * Double(businessCase) + 0.15 * Double(100 - pressure)
        let highs = findings.reduce(0) { $1.severity == .high ? $0 + 1 : $0 }
        let mediums = findings.reduce(0) { $1.severity == .medium ? $0 + 1 : $0 }
        health = ReviewScores.clamp(weighted - 4 * Double(highs) - Double(mediums))
        customerOutcome = ReviewScores.clamp(ReviewScores.customerOutcome(input))
    }

    static func clamp(_ value: Double) -> Int {
        guard value.isFinite else { return 0 }
        return Int(min(100, max(0, value.rounded())))
    }

    static func fit(_ input: ReviewInput) -> Double {
        let account = input.account
        let catalogue = input.seller?.problemsWeSolve ?? []
        guard let icp = input.seller?.icp else {
            if catalogue.isEmpty { return 50 }
            return account.problems.contains { id in catalogue.contains { $0.id == id } }
                ? 100 : account.problems.isEmpty ? 60 : 20
        }
        var score = 100.0
        if !icp.industries.isEmpty {
            if let industry = account.industry {
                if !icp.industries.contains(where: { ReviewText.equalIgnoringCase($0, industry) }) { score -= 30 }
            } else {
                score -= 10
            }
        }
        if let range = icp.employees {
            if let employees = account.employees { if !range.contains(employees) { score -= 20 } } else { score -= 5 }
        }
        if !icp.regions.isEmpty {
            if let region = account.region {
                if !icp.regions.contains(where: { ReviewText.equalIgnoringCase($0, region) }) { score -= 20 }
            } else {
                score -= 5
            }
        }
        if !account.problems.isEmpty, icp.requiredProblems.contains(where: { !account.problems.contains($0) }) {
            score -= 30
        }
        if !catalogue.isEmpty, !account.problems.contains(where: { id in catalogue.contains { $0.id == id } }) {
            score -= account.problems.isEmpty ? 20 : 40
        }
        if !account.disqualifiers.isEmpty { score -= 100 }
        return score
    }

    static func alignment(_ input: ReviewInput) -> Double {
        let goals = input.facts.tiedGoals
        guard !goals.isEmpty else { return 0 }
        let total = goals.reduce(0.0) { sum, goal in
            var points = 0.0
            if goal.source == .customerStated { points += 40 }
            if goal.metric != nil { points += 15 }
            if goal.target != nil { points += 15 }
            if goal.baseline != nil { points += 10 }
            if goal.due != nil { points += 10 }
            if goal.ownerId != nil { points += 10 }
            return sum + points
        }
        return total / Double(goals.count)
    }

    static func urgency(_ input: ReviewInput) -> Double {
        guard let need = input.deal.needToChange else { return 0 }
        let figures = input.facts.urgency
        var score = 0.0
        if let trigger = need.trigger, !trigger.isEmpty { score += 15 }
        if let event = need.compellingEvent, event.what != nil || event.date != nil {
            score += figures.compellingEventAhead ? 20 : 10
        }
        if need.customerAcknowledged == true { score += 20 }
        if figures.costPerMonth != nil { score += 10 }
        if let ratio = figures.inactionToChangeRatio { score += 35 * min(1, ratio) }
        return score
    }

    static func process(_ input: ReviewInput) -> Double {
        let steps = input.facts.customerSteps
        guard !steps.isEmpty else { return 0 }
        var score = 20.0
        if input.facts.visibleSteps.containsInPlace(where: { $0.pointee.kind?.isPaperProcess == true }) { score += 20 }
        // Counted in one pass: filtering copied every step (and retained its strings) twice per deal.
        var done = 0
        var planned = 0
        steps.withUnsafeBufferPointer { steps in
            for index in steps.indices {
                if BuyingStep.isDone(status: steps[index].status, completed: steps[index].completed) {
                    done += 1
                } else if steps[index].ownerStakeholderId != nil && steps[index].due != nil {
                    planned += 1
                }
            }
        }
        score += 30 * Double(done) / Double(steps.count)
        let open = steps.count - done
        if open == 0 {
            // A finished plan only counts as planned when it reached the order.
            if steps.containsInPlace(where: { $0.pointee.kind == .purchaseOrder || $0.pointee.kind == .signature }) {
                score += 15
            }
        } else {
            score += 15 * Double(planned) / Double(open)
        }
        switch input.facts.planStatus {
        case .onTrack: score += 15
        case .atRisk: score += 7
        case .stalled, .none: break
        }
        return score
    }

    static func stakeholders(_ input: ReviewInput) -> Double {
        let engaged = input.facts.engagedStakeholders
        var score = 40 * Double(min(engaged.count, 4)) / 4
        if input.economicBuyer != nil { score += 15 }
        // Asked of the account's people in place: `powerStakeholders` copies them into a new array.
        let powerEngaged = input.account.stakeholders.containsInPlace { power in
            (power.pointee.roles.contains(.economicBuyer) || power.pointee.roles.contains(.decisionMaker))
                && engaged.containsInPlace { $0.pointee.id == power.pointee.id }
        }
        if powerEngaged { score += 15 }
        if input.account.stakeholders.containsInPlace(where: { $0.pointee.roles.contains(.champion) }) { score += 15 }
        let opposed = input.account.stakeholders.containsInPlace {
            $0.pointee.stance == .opponent || $0.pointee.roles.contains(.blocker)
        }
        if !opposed && !input.account.stakeholders.isEmpty { score += 15 }
        return score
    }

    static func businessCase(_ input: ReviewInput) -> Double {
        guard let figures = input.facts.businessCase else { return 0 }
        guard figures.isComplete else { return 10 }
        var score = 30.0
        if figures.benefitsTiedToGoals { score += 15 }
        if input.deal.businessCase?.validatedByCustomer == true { score += 25 }
        switch figures.meetsHurdles {
        case .some(true): score += 30
        case .none: score += 15
        case .some(false): break
        }
        return score
    }

    static func pressure(_ input: ReviewInput) -> Double {
        let unanswered = input.facts.isPaused ? 0 : input.facts.unansweredOutreach.count
        var score = 15 * Double(min(3, max(0, unanswered - 1)))
        if !DiscountReason.timedDiscounts(input).isEmpty { score += 25 }
        score += 10 * Double(distinctDays(input.facts.pressureHits, upTo: 3))
        return score
    }

    /// How many different days `hits` fall on, counted up to `limit` (no set built for the few that count).
    static func distinctDays(_ hits: [PressureHit], upTo limit: Int) -> Int {
        var days: [Day] = []
        for hit in hits where !days.contains(hit.date) {
            if days.isEmpty { days.reserveCapacity(limit) }
            days.append(hit.date)
            if days.count == limit { break }
        }
        return days.count
    }

    static func customerOutcome(_ input: ReviewInput) -> Double {
        let goals = input.facts.tiedGoals
        guard !goals.isEmpty else { return 0 }
        let measurable = goals.countInPlace { $0.pointee.isMeasurable }
        var score = 25 * Double(measurable) / Double(goals.count)
        if let businessCase = input.deal.businessCase,
            businessCase.benefits.contains(where: { benefit in
                benefit.goalId.map { id in goals.contains { $0.id == id } } ?? false
            })
        {
            score += 15
            if businessCase.validatedByCustomer == true { score += 10 }
        }
        let steps = input.facts.customerSteps
        // The step's fields, not `isDone`: asking an element in place for a computed property copied the whole step.
        let done = steps.countInPlace { BuyingStep.isDone(status: $0.pointee.status, completed: $0.pointee.completed) }
        let progress = steps.isEmpty ? 0 : Double(done) / Double(steps.count)
        let finish = input.facts.latestFinish ?? input.asOf
        let timeliness: Double
        if let due = goals.compactMap(\.due).min() {
            timeliness = finish <= due ? 1 : 0.3
        } else {
            timeliness = 0.6
        }
        score += 50 * (steps.isEmpty ? 0.2 : 0.4 + 0.6 * progress) * timeliness
        return score
    }
}

extension DiscountReason {
    /// Discounts whose reason is about speed or timing, or that came late with no reason. Pure.
    static func timedDiscounts(_ input: ReviewInput) -> [Discount] {
        input.deal.discounts.filter { discount in
            guard let reason = discount.reason, !reason.isEmpty else { return input.facts.isLateStage }
            return isAboutTiming(reason)
        }
    }
}
