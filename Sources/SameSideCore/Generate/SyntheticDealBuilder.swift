/// Builds one synthetic deal following one of several patterns, healthy and unhealthy.
struct SyntheticDealBuilder {
    /// The shapes a generated deal can take, with how often each appears.
    enum Pattern: CaseIterable {
        case pulling, progressing, chasing, singleThreaded, stalled, inactionCheaper, paused, won, lost

        var weight: Int {
            switch self {
            case .pulling: return 20
            case .progressing: return 25
            case .chasing: return 12
            case .singleThreaded: return 10
            case .stalled: return 12
            case .inactionCheaper: return 6
            case .paused: return 5
            case .won: return 6
            case .lost: return 4
            }
        }

        static func pick(using rng: inout SplitMix64) -> Pattern {
            var roll = rng.int(0...(allCases.reduce(0) { $0 + $1.weight } - 1))
            for pattern in allCases {
                if roll < pattern.weight { return pattern }
                roll -= pattern.weight
            }
            return .progressing
        }
    }

    static let stages = ["discovery", "qualification", "evaluation", "proposal", "negotiation", "commit"]
    static let stepKinds: [StepKind] = [
        .alignTeam, .successCriteria, .evaluation, .businessCase, .managementApproval, .budget, .securityReview,
        .legal, .procurement, .purchaseOrder, .signature, .kickoff,
    ]

    let index: Int
    let account: Account
    let asOf: Day

    func build(using rng: inout SplitMix64) -> Opportunity {
        typealias V = SyntheticVocabulary
        let pattern = Pattern.pick(using: &rng)
        let created = asOf.adding(days: -rng.int(20...300))
        let stageIndex: Int
        switch pattern {
        case .chasing: stageIndex = rng.int(4...5)
        case .pulling: stageIndex = rng.int(2...5)
        default: stageIndex = rng.int(0...5)
        }
        let amount = Double(rng.int(8...400) * 1000)
        var deal = Opportunity(
            id: DealID("o\(index + 1)"), accountId: account.id,
            name: "\(account.name.split(separator: " ").first ?? "Deal") project \(index + 1)",
            owner: "\(rng.pick(V.firstNames)) Seller", amount: amount, stage: Self.stages[stageIndex],
            createdDate: created, closeDate: asOf.adding(days: rng.int(-20...180)))
        switch pattern {
        case .won, .lost:
            deal.status = pattern == .won ? .won : .lost
            deal.lostReason = pattern == .lost ? rng.pick(LostReason.allCases) : nil
            deal.stage = pattern == .won ? "closed won" : "closed lost"
        case .paused:
            deal.pausedUntil = asOf.adding(days: rng.int(-10...90))
            deal.pauseReason = "customer asked to wait for their budget cycle"
        default: break
        }
        let goals = account.goals
        deal.goalIds = goals.isEmpty ? [] : Array(goals.prefix(rng.int(1...goals.count)).map(\.id))
        let stated = pattern != .stalled && pattern != .chasing
        if stated || rng.chance(0.4) {
            let monthly = Double(rng.int(1...60) * 1000)
            deal.needToChange = NeedToChange(
                trigger: rng.chance(0.8) ? "missed targets last quarter" : nil,
                compellingEvent: rng.chance(0.6)
                    ? CompellingEvent(what: "contract renewal", date: asOf.adding(days: rng.int(30...360))) : nil,
                costOfInactionPerMonth: pattern == .inactionCheaper ? Double(rng.int(1...3) * 500) : monthly,
                costOfInactionBasis: "estimate from the customer's figures",
                costOfInactionGrowthPercentPerMonth: rng.chance(0.3) ? Double(rng.int(1...3)) : nil,
                changeCost: amount * 1.2, changeRisks: rng.chance(0.5) ? ["disruption during rollout"] : [],
                customerAcknowledged: pattern == .pulling ? true : rng.chance(0.5))
        }
        deal.buyingProcess = steps(pattern: pattern, created: created, using: &rng)
        deal.activities = activities(pattern: pattern, created: created, using: &rng)
        deal.stageHistory = stageHistory(pattern: pattern, stageIndex: stageIndex, created: created, using: &rng)
        if pattern == .stalled || rng.chance(0.15) {
            let pushes = rng.int(1...4)
            deal.closeDateHistory = (0..<pushes).map { k in
                CloseDateChange(
                    closeDate: created.adding(days: 30 * (k + 1)), changedOn: created.adding(days: 20 * k + 5))
            }
        }
        if pattern == .chasing || rng.chance(0.05) {
            deal.discounts = [
                Discount(
                    percent: Double(rng.int(5...20)), date: asOf.adding(days: -rng.int(1...20)),
                    reason: "sign this quarter")
            ]
        }
        if pattern == .pulling || (pattern == .progressing && rng.chance(0.5)) {
            let perYear = amount * Double(rng.int(15...40)) / 10
            deal.businessCase = BusinessCaseInput(
                horizonYears: 3, discountRatePercent: Double(rng.int(8...14)),
                investment: [InvestmentLine(label: "licences", oneTime: amount / 3, perYear: amount / 2)],
                benefits: deal.goalIds.prefix(2).map { goal in
                    BenefitLine(
                        goalId: goal, label: "benefit", perYear: perYear, confidence: Double(rng.int(5...10)) / 10,
                        rampMonths: Double(rng.int(0...6)))
                },
                validatedByCustomer: pattern == .pulling)
        }
        return deal
    }

    /// Stage changes from `created` to the current stage: entered recently for a moving deal,
    /// months ago for a stalled one, with the earlier stages spread evenly in between.
    private func stageHistory(
        pattern: Pattern, stageIndex: Int, created: Day, using rng: inout SplitMix64
    )
        -> [StageChange]
    {
        let age = created.days(until: asOf)
        let sinceCurrent = pattern == .stalled ? rng.int(60...200) : rng.int(3...40)
        let entered = min(age, max(0, age - sinceCurrent))
        return (0...stageIndex).map { k in
            StageChange(
                stage: Self.stages[k], date: created.adding(days: stageIndex == 0 ? 0 : k * entered / stageIndex))
        }
    }

    private func person(using rng: inout SplitMix64) -> StakeholderID {
        account.stakeholders[rng.int(0...(account.stakeholders.count - 1))].id
    }

    private func steps(pattern: Pattern, created: Day, using rng: inout SplitMix64) -> [BuyingStep] {
        if pattern == .stalled && rng.chance(0.5) { return [] }
        let count = rng.int(3...12)
        var steps: [BuyingStep] = []
        var kinds = Self.stepKinds
        if pattern == .chasing { kinds.removeAll { $0.isPaperProcess } }
        let span = max(1, created.days(until: asOf.adding(days: 120)))
        for k in 0..<count {
            let kind = kinds[min(kinds.count - 1, k * kinds.count / count)]
            let due = created.adding(days: (k + 1) * span / (count + 1))
            let past = due < asOf
            let done: Bool
            switch pattern {
            case .pulling: done = past
            case .stalled: done = past && rng.chance(0.3)
            default: done = past && rng.chance(0.75)
            }
            steps.append(
                BuyingStep(
                    id: StepID("b\(k + 1)"), title: "\(kind.rawValue.replacing("-", with: " ")) step",
                    kind: kind, owner: rng.chance(0.7) ? .customer : .joint, ownerStakeholderId: person(using: &rng),
                    due: due, status: done ? .done : (past ? .inProgress : .notStarted),
                    completed: done ? due.adding(days: -rng.int(0...5)) : nil,
                    blocker: !done && past && rng.chance(0.3) ? "waiting on budget" : nil,
                    dependsOn: k > 0 && rng.chance(0.5) ? [StepID("b\(k)")] : []))
        }
        return steps
    }

    private func activities(pattern: Pattern, created: Day, using rng: inout SplitMix64) -> [Activity] {
        typealias V = SyntheticVocabulary
        let count: Int
        switch pattern {
        case .stalled: count = rng.int(0...4)
        case .chasing: count = rng.int(5...20)
        default: count = rng.int(0...40)
        }
        let span = max(1, created.days(until: asOf))
        let lastDay = pattern == .stalled ? asOf.adding(days: -rng.int(30...90)) : asOf
        let singleContact = person(using: &rng)
        var firstNames: [StakeholderID: String] = [:]
        for person in account.stakeholders {
            firstNames[person.id] = person.name.prefix { $0 != " " }.description
        }
        var result: [Activity] = []
        result.reserveCapacity(count)
        for k in 0..<count {
            let date = min(lastDay, created.adding(days: (k + 1) * span / (count + 1)))
            let customerInitiated: Bool
            switch pattern {
            case .pulling: customerInitiated = rng.chance(0.55)
            case .chasing: customerInitiated = k < count / 3 && rng.chance(0.4)
            case .stalled: customerInitiated = rng.chance(0.1)
            default: customerInitiated = rng.chance(0.3)
            }
            let type = rng.pick([ActivityType.email, .email, .call, .meeting, .message])
            let who = pattern == .singleThreaded ? singleContact : person(using: &rng)
            let name = firstNames[who] ?? "there"
            let text: String?
            if customerInitiated {
                text = rng.chance(0.5) ? rng.pick(V.customerMessages) : nil
            } else if pattern == .chasing || pattern == .stalled {
                text = rng.pick(V.sellerChasing)(name)
            } else if rng.chance(0.6), let goal = account.goals.first {
                text = rng.pick(V.sellerHelpful)(
                    name, goal.metric ?? "the metric", goal.baseline.map { "\(Int($0))" } ?? "today's level",
                    goal.target.map { "\(Int($0))" } ?? "the target")
            } else {
                text = nil
            }
            result.append(
                Activity(
                    date: date, type: type, direction: customerInitiated ? .inbound : .outbound,
                    initiatedBy: customerInitiated ? .customer : .seller, stakeholderIds: [who],
                    summary: rng.pick(V.summaries(type)), text: text,
                    customerCommitment: customerInitiated && rng.chance(0.2) ? "will share data next week" : nil))
        }
        return result
    }
}
