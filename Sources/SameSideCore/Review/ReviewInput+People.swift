extension ReviewInput {
    /// The customer's person who carries the deal: the champion, else the owner of the first tied
    /// goal, else the person most often in customer-initiated touches, else the first engaged person.
    var champion: Stakeholder? {
        if let champion = account.stakeholders.first(where: { $0.roles.contains(.champion) }) { return champion }
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

    /// The champion's name, or "your contact at ACCOUNT".
    var contact: String { champion?.name ?? "your contact at \(account.name)" }

    /// The person on file as economic buyer.
    var economicBuyer: Stakeholder? { account.stakeholders.first { $0.roles.contains(.economicBuyer) } }

    /// People with power to say yes: economic buyers and decision makers.
    var powerStakeholders: [Stakeholder] {
        account.stakeholders.filter { $0.roles.contains(.economicBuyer) || $0.roles.contains(.decisionMaker) }
    }

    /// "Owen Reyes (CFO)" or "whoever signs off the spend".
    var approver: String { economicBuyer.map(ReviewText.person) ?? "whoever signs off the spend" }

    /// "Northline's", "Acme Services'".
    var accountPossessive: String { ReviewText.possessive(account.name) }

    /// The economic buyer's name, or "whoever signs off the spend".
    var approverName: String { economicBuyer?.name ?? "whoever signs off the spend" }

    /// "USD 186,000" or "this purchase".
    var amount: String { deal.amount.map { ReviewText.money($0, currency) } ?? "this purchase" }

    /// The most important tied goal (lowest priority number, then deal order).
    var mainGoal: Goal? {
        facts.tiedGoals.enumerated().min { lhs, rhs in
            let left = lhs.element.priority ?? Int.max
            let right = rhs.element.priority ?? Int.max
            return left != right ? left < right : lhs.offset < rhs.offset
        }?.element
    }

    /// "\"Fix more faults on the first visit\" (first-time fix rate 71 → 85 by 2027-06-30)" or
    /// "what they are trying to achieve" when no goal is tied.
    var goalPhrase: String {
        guard let goal = mainGoal else { return "\(ReviewText.possessive(account.name)) goals" }
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
