extension ReviewRule {
    /// Only one customer person is engaged.
    public static let singleThreaded = ReviewRule(
        id: "single-threaded", firesWhen: "only one customer person is engaged"
    ) { input in
        let engaged = input.facts.engagedStakeholders
        guard engaged.count <= 1 else { return nil }
        var evidence: [String] = []
        if let only = engaged.first {
            let count = input.facts.activities.filter { $0.stakeholderIds.contains(only.id) }.count
            evidence.append(
                "only \(ReviewText.person(only)) is engaged (\(ReviewText.count(count, "activity", "activities")))")
        } else {
            evidence.append("no customer person is named in any activity")
        }
        let others = input.account.stakeholders.filter { person in !engaged.contains { $0.id == person.id } }
        if !others.isEmpty {
            evidence.append("not engaged: \(ReviewText.list(others.prefix(4).map(ReviewText.person)))")
        }
        let anchor = engaged.first?.name ?? input.contact
        return RuleResult(
            severity: input.lateOr(.medium),
            title: "Single-threaded: one person carries the deal",
            evidence: evidence,
            questions: [
                "Who else at \(input.account.name) is affected by \(input.goalPhrase), and have we heard from them?",
                "If \(anchor) were out for a month, who would carry this inside \(input.account.name)?",
            ],
            nextAction: "Ask \(anchor) who else should shape the plan and offer to prepare what they would need "
                + "(a short summary, answers to their questions) so \(anchor) does not have to carry it alone.")
    }

    /// A late-stage deal has fewer engaged customer people than the playbook expects.
    public static let notEnoughContacts = ReviewRule(
        id: "not-enough-contacts",
        firesWhen: "a late-stage deal has fewer engaged customer people than the playbook expects"
    ) { input in
        let engaged = input.facts.engagedStakeholders
        let minimum = input.playbook.minContacts
        guard input.facts.isLateStage, engaged.count >= 2, engaged.count < minimum else { return nil }
        return RuleResult(
            severity: .medium,
            title: "Too few people engaged for a late-stage deal",
            evidence: [
                "\(ReviewText.count(engaged.count, "person", "people")) engaged: \(ReviewText.list(engaged.map(ReviewText.person)))",
                "the playbook expects at least \(minimum) at \(input.playbook.lateStageFrom.rawValue) or later",
            ],
            questions: [
                "Who will use, pay for and sign off this change at \(input.account.name), and which of them have we met?"
            ],
            nextAction: "Ask \(input.contact) which colleagues will judge the change and offer each of them something "
                + "useful for their part (a session, an answer, a document).")
    }

    /// No economic buyer is known.
    public static let noEconomicBuyer = ReviewRule(
        id: "no-economic-buyer", firesWhen: "no economic buyer is known or engaged"
    ) { input in
        guard input.economicBuyer == nil else { return nil }
        let people = input.account.stakeholders
        let evidence =
            people.isEmpty
            ? ["no people on file for \(input.account.name)"]
            : [
                "no economic buyer among \(ReviewText.count(people.count, "person", "people")) on file: "
                    + ReviewText.list(people.prefix(4).map(ReviewText.person))
            ]
        return RuleResult(
            severity: input.lateOr(.medium),
            title: "Nobody knows who owns the budget",
            evidence: evidence
                + (input.deal.amount.map { ["amount at stake: \(ReviewText.money($0, input.currency))"] } ?? []),
            questions: [
                "Who at \(input.account.name) owns the budget for \(input.amount), and what does that person need to see?",
                "How have purchases like this been approved at \(input.account.name) before?",
            ],
            nextAction: "Ask \(input.contact) how a decision of this size gets approved and who signs, "
                + "and offer to help prepare what that person needs.")
    }

    /// No one with the power to say yes has been engaged.
    public static let noPower = ReviewRule(
        id: "no-power", firesWhen: "nobody with the power to say yes (economic buyer, decision maker) has been engaged"
    ) { input in
        let people = input.account.stakeholders
        let isPower = { (person: UnsafePointer<Stakeholder>) in
            person.pointee.roles.contains(.economicBuyer) || person.pointee.roles.contains(.decisionMaker)
        }
        guard people.containsInPlace(where: isPower) else { return nil }
        // Asked in place: a set of the engaged ids and a copy of the powerful people cost more than the question.
        let engaged = input.facts.engagedStakeholders
        let powerEngaged = people.containsInPlace { person in
            isPower(person) && engaged.containsInPlace { $0.pointee.id == person.pointee.id }
        }
        guard !powerEngaged else { return nil }
        let power = input.powerStakeholders
        let first = power[0]
        return RuleResult(
            severity: input.lateOr(.medium),
            title: "No contact with anyone who can say yes",
            evidence: power.prefix(3).map { person in
                let roles = person.roles.map(\.rawValue).joined(separator: ", ")
                return "\(ReviewText.person(person)), \(roles), stance \(person.stance?.rawValue ?? "unknown"): "
                    + "in no activity, no last contact"
            },
            questions: [
                "What does \(first.name) need to believe to approve \(input.amount), and who can tell us?",
                "How will \(input.contact) present this to \(first.name), and what would help them?",
            ],
            nextAction:
                "Ask \(input.contact) whether a short conversation with \(first.name) about \(input.goalPhrase) "
                + "would help them make the case, and offer a one-page summary they can use either way.")
    }
}
