extension ReviewRule {
    /// The deal is tied to no goal of the customer.
    public static let noCustomerGoal = ReviewRule(
        id: "no-customer-goal", firesWhen: "the deal is tied to no goal of the customer"
    ) { input in
        guard input.facts.tiedGoals.isEmpty else { return nil }
        let account = input.account
        var evidence: [String] = []
        if input.deal.goalIds.isEmpty {
            evidence.append("\"\(input.deal.name)\" names no goal of \(account.name)")
        } else {
            let ids = input.deal.goalIds.map(\.rawValue).joined(separator: ", ")
            evidence.append("the deal's goal ids (\(ids)) match no goal of \(account.name)")
        }
        if account.goals.isEmpty {
            evidence.append("\(account.name) has no goals on file")
        } else {
            let goals = account.goals.prefix(3).map { "\"\($0.statement)\"" }
            evidence.append("\(ReviewText.possessive(account.name)) goals on file: \(ReviewText.list(Array(goals)))")
        }
        return RuleResult(
            severity: .high,
            title: "The deal serves no goal of the customer",
            evidence: evidence,
            questions: [
                "What is \(input.contact) trying to achieve this year that this purchase would help with?",
                "How will \(account.name) measure success, and by when?",
            ],
            nextAction:
                "Ask \(input.contact) for a conversation about \(ReviewText.possessive(account.name)) goals (no demo, no proposal) "
                + "and tie the deal to the goal they name, in their words.")
    }

    /// Every goal the deal is tied to is seller-assumed.
    public static let goalAssumed = ReviewRule(
        id: "goal-assumed", firesWhen: "every goal the deal is tied to is seller-assumed, none customer-stated"
    ) { input in
        let goals = input.facts.tiedGoals
        guard !goals.isEmpty, !goals.contains(where: { $0.source == .customerStated }) else { return nil }
        return RuleResult(
            severity: input.lateOr(.medium),
            title: "We assumed the customer's goals; they never stated them",
            evidence: goals.map { goal in
                "\"\(goal.statement)\" is \(goal.source == .sellerAssumed ? "seller-assumed" : "of unrecorded source")"
            },
            questions: [
                "Has anyone at \(input.account.name) said \(input.goalPhrase) matters to them, and who?",
                "What would \(input.contact) put first if we asked them to rank their priorities?",
            ],
            nextAction: "Play the goal back to \(input.contact) as a question (is ‘\(goals[0].statement)’ "
                + "a priority for you this year?) and record their answer in their words.")
    }

    /// A tied goal has no metric or no target.
    public static let goalUnmeasured = ReviewRule(
        id: "goal-unmeasured", firesWhen: "a tied goal has no metric or no target"
    ) { input in
        let unmeasured = input.facts.tiedGoals.filter { !$0.isMeasurable }
        guard let first = unmeasured.first else { return nil }
        let owner = first.ownerId.map(input.name) ?? input.contact
        return RuleResult(
            severity: .medium,
            title: "A goal the deal serves is not measurable",
            evidence: unmeasured.map { goal in
                let missing = [goal.metric == nil ? "metric" : nil, goal.target == nil ? "target" : nil].compactMap {
                    $0
                }
                return "\"\(goal.statement)\" has no \(missing.joined(separator: " and no "))"
            },
            questions: [
                "How does \(owner) measure \"\(first.statement)\" today, and what is the number now?",
                "What number, by what date, would \(owner) call success?",
            ],
            nextAction: "Agree with \(owner) a metric, today's baseline and a target with a date for "
                + "\"\(first.statement)\", so both sides can see whether it is working.")
    }
}
