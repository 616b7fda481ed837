extension ReviewRule {
    /// The plan has steps, some of them ours, but none that the customer owns.
    public static let noCustomerStep = ReviewRule(
        id: "no-customer-step",
        firesWhen: "the plan has two or more steps, some of them ours, and the customer owns none of them"
    ) { input in
        // Counted in place, and the steps copied only when the rule fires: most plans have customer steps.
        let (kept, ours, theirs) = PlanCounts.owners(input.facts.visibleSteps)
        // One joint step (a pilot) is a start, not a plan of ours; a plan with our steps and none of theirs is.
        guard kept >= 2, !theirs, ours > 0 else { return nil }
        let steps = input.facts.visibleSteps.filterInPlace { $0.pointee.status != .cancelled }
        let joint = steps.count - ours
        var evidence = [
            "the plan lists \(ReviewText.count(steps.count, "step")): \(ours) ours, \(joint) joint, "
                + "none owned by \(input.account.name)"
        ]
        evidence += steps.prefix(4).map { "\"\($0.title)\" — owner: \($0.owner?.rawValue ?? "?")" }
        return RuleResult(
            severity: .medium,
            title: "The plan is ours: \(input.account.name) owns none of its steps",
            evidence: evidence,
            questions: [
                "Which steps inside \(input.account.name) have to happen for them to decide, and who does each?",
                "What would \(input.contact) put in this plan if they wrote it?",
            ],
            nextAction:
                "Rewrite the plan with \(input.contact) around what \(input.accountPossessive) people do — approvals, "
                + "budget, security, legal, the order — each with their owner and date, and keep our tasks off it.")
    }

    /// Every customer step is on one person.
    public static let customerStepsOnOnePerson = ReviewRule(
        id: "customer-steps-on-one-person",
        firesWhen: "three or more customer steps, and every one is on the same person"
    ) { input in
        // Read in place, field by field: filtering and asking each step copied it (retaining its strings).
        var count = 0
        var person: StakeholderID?
        var samePerson = true
        var anyOpen = false
        var kinds: [StepKind] = []
        input.facts.customerSteps.withUnsafeBufferPointer { steps in
            for index in steps.indices where steps[index].owner == .customer || steps[index].owner == .joint {
                if count == 0 {
                    person = steps[index].ownerStakeholderId
                } else if steps[index].ownerStakeholderId != person {
                    samePerson = false
                    return
                }
                count += 1
                if !BuyingStep.isDone(status: steps[index].status, completed: steps[index].completed) { anyOpen = true }
            }
            guard count >= 3, person != nil, anyOpen else { return }
            for index in steps.indices where steps[index].owner == .customer || steps[index].owner == .joint {
                if let kind = steps[index].kind { kinds.append(kind) }
            }
        }
        guard count >= 3, let person, samePerson, anyOpen else { return nil }
        let name = input.name(person)
        var evidence = ["all \(ReviewText.count(count, "customer step")) are on \(name)"]
        let others: [StepKind] = [.managementApproval, .budget, .securityReview, .legal, .procurement, .purchaseOrder]
        let usuallyOthers = others.filter { kinds.contains($0) }.map(\.displayName)
        if !usuallyOthers.isEmpty {
            evidence.append(
                "including \(ReviewText.list(usuallyOthers)), which other people at \(input.account.name) usually do")
        }
        return RuleResult(
            severity: input.lateOr(.medium),
            title: "Every customer step is on \(name)",
            evidence: evidence,
            questions: [
                "Who else at \(input.account.name) has to act for this to happen, and does \(name) have their time?",
                "Which of these steps can \(name) actually do alone?",
            ],
            nextAction:
                "Ask \(name) who owns each step on their side and offer to help bring those people in; put each "
                + "step on its real owner.")
    }

    /// The plan is too long for a customer to follow.
    public static let planTooLong = ReviewRule(
        id: "plan-too-long", firesWhen: "the customer-facing plan has more steps than the playbook's maxPlanSteps (30)"
    ) { input in
        let (kept, ours, _) = PlanCounts.owners(input.facts.visibleSteps)
        guard kept > input.playbook.maxPlanSteps else { return nil }
        var evidence = [
            "the plan shows \(input.account.name) \(ReviewText.count(kept, "step")); "
                + "more than \(input.playbook.maxPlanSteps) is hard to follow"
        ]
        if ours > 0 { evidence.append("\(ReviewText.count(ours, "step")) of them are ours") }
        return RuleResult(
            severity: .low,
            title: "The plan is too long to follow (\(kept) steps)",
            evidence: evidence,
            questions: [
                "Which of these steps does \(input.contact) actually need to see to get to a decision?",
                "Which of our own tasks could leave the shared plan?",
            ],
            nextAction:
                "Cut the shared plan to the customer's milestones (at most \(input.playbook.maxPlanSteps)); keep our "
                + "tasks as internal steps.")
    }

    /// Customer steps are worded as our to-do list rather than as what the customer does.
    public static let stepsWordedForSeller = ReviewRule(
        id: "steps-worded-for-seller",
        firesWhen: "customer steps are worded as our instructions (\"Send PO\") or our actions, not what they do"
    ) { input in
        // Steps by position, read in place: `for step in` copied every step (retaining its strings).
        let steps = input.facts.customerSteps
        var flagged: [(step: Int, why: String)] = []
        steps.withUnsafeBufferPointer { steps in
            for index in steps.indices where steps[index].owner == .customer || steps[index].owner == .joint {
                switch StepWording.actor(of: steps[index].title) {
                case .us:
                    flagged.append((index, "says what we do"))
                case .instruction(let verb) where steps[index].owner == .customer:
                    flagged.append((index, "is an instruction (\"\(verb) …\") with no one on their side doing it"))
                default:
                    continue
                }
            }
        }
        guard !flagged.isEmpty else { return nil }
        var evidence = flagged.prefix(4).map { "\"\(steps[$0.step].title)\" \($0.why)" }
        if flagged.count > 4 { evidence.append("and \(flagged.count - 4) more") }
        let many = flagged.count >= 3 && flagged.count * 2 >= input.facts.customerSteps.count
        return RuleResult(
            severity: many ? .medium : .low,
            title: "Steps are worded for us, not for what the customer does",
            evidence: evidence,
            questions: [
                "Who at \(input.account.name) does \"\(steps[flagged[0].step].title)\", and what do they need to do it?",
                "Would \(input.contact) recognise these steps as their own plan?",
            ],
            nextAction:
                "Reword each step as what someone at \(input.account.name) does, with that person as its owner "
                + "(\"Finance issues the purchase order\", not \"Send PO\").")
    }

    /// A step's due date keeps moving.
    public static let stepDatesMoved = ReviewRule(
        id: "step-dates-moved",
        firesWhen: "a step's due date moved at least the playbook's stepDateMoves (2) times; says who moved it and why"
    ) { input in
        let limit = input.playbook.stepDateMoves
        let moved = input.facts.visibleSteps.filterInPlace {
            $0.pointee.status != .cancelled && $0.pointee.dueChanges.count >= limit
        }
        guard !moved.isEmpty else { return nil }
        let ranked = moved.map { ($0, DueDateMoves($0.dueChanges)) }
            .sorted { $0.1.total != $1.1.total ? $0.1.total > $1.1.total : $0.0.id < $1.0.id }
        guard let (worst, worstMoves) = ranked.first else { return nil }
        var evidence = ranked.prefix(4).map { step, moves in
            var line = "\"\(step.title)\" \(moves.phrase(customer: input.account.name) ?? "")"
            if !moves.reasons.isEmpty { line += " (\(moves.reasons.joined(separator: "; ")))" }
            if let last = moves.last { line += ", last to \(last.to) on \(last.changedOn)" }
            return line
        }
        if ranked.count > 4 { evidence.append("and \(ranked.count - 4) more steps moved") }
        let byUs = ranked.reduce(0) { $0 + $1.1.byUs }
        let neverReal = ranked.contains { $0.0.dueChanges.contains { $0.reason == .dateNeverReal } }
        let owner = worst.ownerStakeholderId.map(input.name) ?? input.contact
        let ours = byUs * 2 > ranked.reduce(0) { $0 + $1.1.total } || neverReal
        return RuleResult(
            severity: ours ? .medium : .low,
            title: ours ? "We keep moving the customer's dates" : "The customer's dates keep moving",
            evidence: evidence,
            questions: ours
                ? [
                    "Who set the dates for \"\(worst.title)\" — did \(owner) ever agree to them?",
                    "What does \"\(worst.title)\" really wait for on \(input.accountPossessive) side?",
                ]
                : [
                    "What changed at \(input.account.name) each time \"\(worst.title)\" moved (\(worstMoves.total) moves)?",
                    "What could we take off \(owner)'s plate so the next date holds?",
                ],
            nextAction: ours
                ? "Ask \(owner) to set the next date for \"\(worst.title)\" themselves, with what it waits for, and stop "
                    + "moving dates on their behalf."
                : "Ask \(owner) what stands in the way of \"\(worst.title)\" and offer concrete help before agreeing "
                    + "another date.")
    }
}

/// Counts of a plan's steps read in place (counting through `filter` copied every step).
enum PlanCounts {
    /// Steps not cancelled; of those, ours (the seller's); and whether any is not ours or joint (the customer's or
    /// no owner). Pure.
    static func owners(_ steps: [BuyingStep]) -> (kept: Int, ours: Int, theirs: Bool) {
        var kept = 0
        var ours = 0
        var theirs = false
        steps.withUnsafeBufferPointer { steps in
            for index in steps.indices where steps[index].status != .cancelled {
                kept += 1
                switch steps[index].owner {
                case .seller?: ours += 1
                case .joint?: break
                default: theirs = true
                }
            }
        }
        return (kept, ours, theirs)
    }
}
