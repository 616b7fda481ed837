/// The people and phrases the rules quote, worked out once per deal (rules use them many times).
struct ReviewPeople: Sendable {
    let champion: Stakeholder?
    let contact: String
    let economicBuyer: Stakeholder?
    let approver: String
    let approverName: String
    let amount: String
    let accountPossessive: String
    let mainGoal: Goal?
    let goalPhrase: String
    /// The customer as the review may name them: the account's name, or "the customer" when the
    /// account only stands in for an unknown company (named after the deal by a CSV import).
    let customerName: String

    init(deal: Opportunity, account: Account, facts: DealFacts, currency: String) {
        champion = ReviewPeople.champion(account: account, facts: facts)
        let named = ReviewPeople.isRealCompany(account, deal: deal)
        customerName = named ? account.name : "the customer"
        // Never a contact nobody told us about: with no people known, the customer is named instead.
        contact =
            champion?.name
            ?? (account.stakeholders.isEmpty ? customerName : "your contact at \(customerName)")
        let buyer = account.stakeholders.firstInPlace { $0.pointee.roles.contains(.economicBuyer) }
        economicBuyer = buyer
        approver = buyer.map(ReviewText.person) ?? "whoever signs off the spend"
        approverName = buyer?.name ?? "whoever signs off the spend"
        amount = deal.amount.map { ReviewText.money($0, currency) } ?? "this purchase"
        accountPossessive = named ? ReviewText.possessive(account.name) : "the customer's"
        let goal = facts.tiedGoals.enumerated().min { lhs, rhs in
            let left = lhs.element.priority ?? Int.max
            let right = rhs.element.priority ?? Int.max
            return left != right ? left < right : lhs.offset < rhs.offset
        }?.element
        mainGoal = goal
        goalPhrase = ReviewPeople.phrase(goal)
    }

    /// Whether `account` names a real company: not one a CSV import made up from the deal's name, nor
    /// an empty or placeholder name. Pure.
    static func isRealCompany(_ account: Account, deal: Opportunity) -> Bool {
        let name = account.name.trimmingSpaces
        return !name.isEmpty && name != deal.name && name != "(no company)" && name != account.id.rawValue
    }

    /// The champion, else the owner of the first tied goal, else the person most often in
    /// customer-initiated touches, else the first engaged person.
    private static func champion(account: Account, facts: DealFacts) -> Stakeholder? {
        if let champion = account.stakeholders.firstInPlace(where: { $0.pointee.roles.contains(.champion) }) {
            return champion
        }
        if let owner = facts.tiedGoals.lazy.compactMap(\.ownerId).first, let person = account.stakeholder(owner) {
            return person
        }
        var counts: [StakeholderID: Int] = [:]
        for touch in facts.customerTouches { for id in touch.stakeholderIds { counts[id, default: 0] += 1 } }
        if let best = account.stakeholders.max(by: { (counts[$0.id] ?? 0) < (counts[$1.id] ?? 0) }),
            (counts[best.id] ?? 0) > 0
        {
            return best
        }
        return facts.engagedStakeholders.first
    }

    private static func phrase(_ goal: Goal?) -> String {
        guard let goal else { return "what they are trying to achieve" }
        var text = "\"\(goal.statement)\""
        if let metric = goal.metric {
            var measure = metric
            if let baseline = goal.baseline, let target = goal.target {
                measure += " \(ReviewText.number(baseline)) → \(ReviewText.number(target))"
            } else if let target = goal.target {
                measure += " to \(ReviewText.number(target))"
            }
            if let due = goal.due { measure += " by \(due)" }
            text += " (\(measure))"
        }
        return text
    }
}

extension ReviewInput {
    /// The customer's person who carries the deal: the champion, else the owner of the first tied
    /// goal, else the person most often in customer-initiated touches, else the first engaged person.
    var champion: Stakeholder? { people.champion }

    /// The champion's name, or "your contact at ACCOUNT".
    var contact: String { people.contact }

    /// The person on file as economic buyer.
    var economicBuyer: Stakeholder? { people.economicBuyer }

    /// People with power to say yes: economic buyers and decision makers.
    var powerStakeholders: [Stakeholder] {
        account.stakeholders.filterInPlace {
            $0.pointee.roles.contains(.economicBuyer) || $0.pointee.roles.contains(.decisionMaker)
        }
    }

    /// "Owen Reyes (CFO)" or "whoever signs off the spend".
    var approver: String { people.approver }

    /// "Northline's", "Acme Services'".
    var accountPossessive: String { people.accountPossessive }

    /// The economic buyer's name, or "whoever signs off the spend".
    var approverName: String { people.approverName }

    /// "USD 186,000" or "this purchase".
    var amount: String { people.amount }

    /// The most important tied goal (lowest priority number, then deal order).
    var mainGoal: Goal? { people.mainGoal }

    /// "\"Fix more faults on the first visit\" (first-time fix rate 71 → 85 by 2027-06-30)" or
    /// "what they are trying to achieve" when no goal is tied.
    var goalPhrase: String { people.goalPhrase }

    /// The seller's stage as evidence: `seller stage "Closed/Commit" (closing on the ladder)`.
    var sellerStagePhrase: String {
        guard let stage = deal.stage else { return "no seller stage" }
        guard let rung = facts.sellerStage else { return "seller stage \"\(stage)\" (not on the ladder)" }
        return "seller stage \"\(stage)\" (\(rung.rawValue) on the ladder)"
    }

    /// The name of a stakeholder id, or the id itself.
    func name(_ id: StakeholderID) -> String { account.stakeholder(id)?.name ?? id.rawValue }

    /// `high` on a late-stage deal, else `early`.
    func lateOr(_ early: Severity, late: Severity = .high) -> Severity { facts.isLateStage ? late : early }

    /// Day the deal entered its current seller stage, from the stage history.
    var currentStageSince: Day? { facts.currentStageSince }
}
