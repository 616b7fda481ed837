extension ReviewRule {
    /// None of the customer's buying steps are known.
    public static let noBuyingProcess = ReviewRule(
        id: "no-buying-process", firesWhen: "none of the customer's buying steps are known"
    ) { input in
        guard input.facts.customerSteps.isEmpty else { return nil }
        let early = (input.facts.sellerStage ?? .prospecting) <= .discovery
        var evidence = ["no customer buying steps recorded for \"\(input.deal.name)\""]
        evidence.append(input.sellerStagePhrase)
        if let cycle = input.account.context?.financialHurdles?.budgetCycle {
            evidence.append("budget cycle on file: \"\(cycle)\"")
        }
        return RuleResult(
            severity: early ? .low : input.lateOr(.medium),
            title: "We don't know how the customer buys",
            evidence: evidence,
            questions: [
                "How does \(input.account.name) buy something like \(input.amount): who is involved, in what order, how long?",
                "Who besides \(input.contact) must approve it?",
            ],
            nextAction:
                "Ask \(input.contact) to sketch \(input.accountPossessive) buying steps with you and turn them into "
                + "a shared plan with owners and dates on their side.")
    }

    /// A late-stage deal with no procurement, purchase-order, legal or signature step known.
    public static let paperProcessUnknown = ReviewRule(
        id: "paper-process-unknown",
        firesWhen: "a late-stage deal with no known procurement / purchase-order / legal / signature step"
    ) { input in
        guard input.facts.isLateStage else { return nil }
        let steps = input.facts.visibleSteps
        guard !steps.contains(where: { $0.kind?.isPaperProcess == true }) else { return nil }
        var evidence = [input.sellerStagePhrase + (input.currentStageSince.map { " since \($0)" } ?? "")]
        if steps.isEmpty {
            evidence.append("no buying steps recorded at all")
        } else {
            let kinds = steps.map { $0.kind?.rawValue ?? "other" }
            evidence.append(
                "the plan lists \(ReviewText.count(steps.count, "step")) (\(kinds.joined(separator: ", "))); "
                    + "none for procurement, purchase order, legal or signature")
        }
        if let cycle = input.account.context?.financialHurdles?.budgetCycle {
            evidence.append("budget cycle on file: \"\(cycle)\"")
        }
        var questions = [
            "What does \(input.contact) still have to do inside \(input.account.name) to turn the decision into a "
                + "purchase order: procurement, legal, a capital request?",
            "Who must approve \(input.amount) — does \(input.approver) sign it, and when do they decide?",
        ]
        if let cycle = input.account.context?.financialHurdles?.budgetCycle {
            questions.append(
                "How does \(input.accountPossessive) budget cycle (\"\(cycle)\") affect when the order can be placed?")
        } else {
            questions.append(
                "Which vendor, security or legal forms does \(input.accountPossessive) procurement need from us?")
        }
        return RuleResult(
            severity: .high,
            title: "Late stage, but the customer's paper process is unknown",
            evidence: evidence,
            questions: questions,
            nextAction:
                "Ask \(input.contact) to walk you through \(input.accountPossessive) purchasing steps, offer what each "
                + "needs (vendor forms, security answers, a one-page business case for \(input.approverName)) and put them in "
                + "the shared plan with owners and dates.")
    }

    /// Customer steps are past due and not done.
    public static let stepsOverdue = ReviewRule(
        id: "steps-overdue", firesWhen: "customer steps are past due and not done"
    ) { input in
        let overdue = input.facts.overdueSteps
        guard let worst = overdue.first else { return nil }
        var evidence = overdue.prefix(5).map { item -> String in
            let owner = item.step.ownerStakeholderId.map { " (owner \(input.name($0)))" } ?? ""
            let blocker = item.step.blocker.map { ", blocked by \"\($0)\"" } ?? ""
            let moves = DueDateMoves(item.step.dueChanges).phrase(customer: input.account.name).map { ", \($0)" } ?? ""
            return
                "\"\(item.step.title)\"\(owner) was due \(item.due), \(ReviewText.count(item.daysLate, "day")) late\(blocker)"
                + moves
        }
        if overdue.count > 5 { evidence.append("and \(overdue.count - 5) more overdue steps") }
        evidence.append("mutual action plan: \(input.facts.planStatus.label)")
        if let slip = input.facts.urgency.slipCost, let monthly = input.facts.urgency.costPerMonth {
            evidence.append(
                "at \(ReviewText.money(monthly, input.currency))/month of inaction, \(ReviewText.count(worst.daysLate, "day")) "
                    + "of slip costs \(input.account.name) about \(ReviewText.money(slip, input.currency))")
        }
        let owner = worst.step.ownerStakeholderId.map(input.name) ?? input.contact
        return RuleResult(
            severity: worst.daysLate >= 7 ? .high : .medium,
            title: "The customer's plan is slipping (\(input.facts.planStatus.label))",
            evidence: evidence,
            questions: [
                "What is in \(owner)'s way on \"\(worst.step.title)\", and what could we take off their plate?",
                "Is the date still right for \(input.account.name), or has something changed in their priorities?",
            ],
            nextAction: "Offer \(owner) concrete help with \"\(worst.step.title)\" (a draft, an answer, a meeting with "
                + "the right person) and agree a realistic new date together.")
    }

    /// The close date falls before the customer's remaining steps can be done.
    public static let closeBeforeSteps = ReviewRule(
        id: "close-before-steps",
        firesWhen: "the close date falls before the customer's remaining steps up to the purchase can be done"
    ) { input in
        guard let close = input.deal.closeDate, close >= input.asOf else { return nil }
        guard let latest = input.facts.latestFinish, latest > close else { return nil }
        let steps = input.facts.customerSteps
        var late: [(BuyingStep, Day)] = []
        for (i, finish) in input.facts.stepFinishes.enumerated() {
            if let finish, finish > close { late.append((steps[i], finish)) }
        }
        let afterPurchase = PlanSchedule.postPurchaseSteps(steps)
        late = late.filter { !afterPurchase.contains($0.0.id) }.sorted {
            $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.id < $1.0.id
        }
        guard let last = late.first else { return nil }
        var evidence = ["close date \(close)"]
        for (step, finish) in late.prefix(4) {
            evidence.append(
                "\"\(step.title)\" cannot be done before \(finish)" + (step.due.map { " (due \($0))" } ?? ""))
        }
        return RuleResult(
            severity: input.lateOr(.medium),
            title: "The close date comes before the customer's own steps",
            evidence: evidence,
            questions: [
                "Which of \(input.accountPossessive) remaining steps can honestly be done by \(close), and which cannot?",
                "What would \(input.contact) need to finish \"\(last.0.title)\" sooner, if it matters to them?",
            ],
            nextAction: "Move the close date to what the customer's plan supports (\(last.1)) and review the plan with "
                + "\(input.contact) to see where we can help them save time.")
    }

    /// No customer step ahead and no recent customer commitment.
    public static let noNextStep = ReviewRule(
        id: "no-next-step",
        firesWhen: "no open customer step has a date ahead and the customer committed to nothing recently"
    ) { input in
        guard !input.facts.isPaused else { return nil }
        let upcoming = input.facts.customerSteps.containsInPlace { step in
            !BuyingStep.isDone(status: step.pointee.status, completed: step.pointee.completed)
                && (step.pointee.due.map { $0 >= input.asOf } ?? false)
        }
        guard !upcoming else { return nil }
        let windowStart = input.asOf.adding(days: -input.playbook.pullWindowDays)
        let commitment = input.facts.activities.last { $0.customerCommitment != nil && $0.date >= windowStart }
        guard commitment == nil else { return nil }
        var evidence = ["no open customer step with a date on or after \(input.asOf)"]
        let anyOpen = input.facts.customerSteps.containsInPlace {
            !BuyingStep.isDone(status: $0.pointee.status, completed: $0.pointee.completed)
        }
        if !anyOpen, !input.facts.customerSteps.isEmpty {
            let steps = input.facts.customerSteps.count
            evidence.append(steps == 1 ? "the only customer step is done" : "all \(steps) customer steps are done")
        }
        evidence.append("no customer commitment recorded in the last \(input.playbook.pullWindowDays) days")
        return RuleResult(
            severity: input.lateOr(.low, late: .medium),
            title: "No next step the customer has agreed to",
            evidence: evidence,
            questions: [
                "What is \(input.accountPossessive) next step toward \(input.goalPhrase), and who on their side owns it?",
                "When will \(input.contact) next meet the people who decide?",
            ],
            nextAction: "Agree with \(input.contact) one next step on their side, with an owner and a date, and add it "
                + "to the shared plan.")
    }
}
