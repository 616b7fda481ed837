/// Finds what is still unknown about a deal, from the deal data alone, in the customer's terms.
///
/// Pure: the same deal, account and day always give the same gaps, in a fixed order (goals, need, people,
/// buying process, business case).
public struct DealGapFinder: Sendable {
    /// Seller-initiated touches in a row, without an answer, that count as the customer having gone quiet.
    public var silenceThreshold = 2

    public init() {}

    /// The gaps of `deal` of `account` as of `asOf`. Pure.
    public func gaps(deal: Opportunity, account: Account, asOf: Day) -> [DealGap] {
        var gaps: [DealGap] = []
        let customer = account.name
        let goals = deal.goalIds.compactMap { account.goal($0) }
        let champion = account.stakeholders.first { $0.roles.contains(.champion) }
        let contact = champion?.name ?? "your sponsor"

        // Goals
        if goals.isEmpty {
            gaps.append(
                DealGap(
                    kind: .noCustomerGoal, description: "No goal of \(customer) is tied to this change.",
                    question: "What is \(customer) trying to achieve this year that this change should help with,"
                        + " and how would you measure it?"))
        }
        let benefitGoals = Set(deal.businessCase?.benefits.compactMap(\.goalId) ?? [])
        for goal in goals {
            if goal.source != .customerStated {
                gaps.append(
                    DealGap(
                        kind: .goalAssumed,
                        description:
                            "\"\(goal.statement)\" is our assumption, not \(ApprovalPack.possessive(customer)) words.",
                        question:
                            "Is \"\(goal.statement)\" a goal for you? How would you describe it in your own words?"))
            }
            if !goal.isMeasurable {
                gaps.append(
                    DealGap(
                        kind: .goalUnmeasured, description: "\"\(goal.statement)\" has no measure or target.",
                        question:
                            "How do you measure \"\(goal.statement)\" today, and what number would count as success?"))
            } else if goal.baseline == nil, let metric = goal.metric {
                gaps.append(
                    DealGap(
                        kind: .goalBaselineUnknown, description: "Today's \(metric) is not known.",
                        question: "What is your \(metric) today, and where does that number come from?"))
            }
            if deal.businessCase != nil, !benefitGoals.contains(goal.id) {
                gaps.append(
                    DealGap(
                        kind: .goalNotInCase, description: "The business case puts no value on \"\(goal.statement)\".",
                        question: "What would reaching \"\(goal.statement)\" be worth to \(customer) in a year,"
                            + " and who would sign off on that figure?"))
            }
        }

        // Need to change
        let need = deal.needToChange
        if need?.trigger == nil {
            gaps.append(
                DealGap(
                    kind: .noTrigger, description: "What made \(customer) look at this now is not known.",
                    question: "What happened that made this a topic now rather than last year?"))
        }
        if need?.compellingEvent?.date == nil {
            gaps.append(
                DealGap(
                    kind: .noCompellingEvent,
                    description: "No date in \(ApprovalPack.possessive(customer)) business makes waiting costly.",
                    question: "Is there a date in your business (a renewal, an audit, a season) after which not having"
                        + " changed would hurt?"))
        }
        if need?.costOfInactionPerMonth == nil {
            gaps.append(
                DealGap(
                    kind: .costOfInactionUnknown,
                    description: "What the current situation costs \(customer) is not known.",
                    question: "What does the current situation cost you each month, and how would you work that out?"))
        }
        if need != nil, need?.customerAcknowledged != true {
            gaps.append(
                DealGap(
                    kind: .needNotAcknowledged, description: "\(customer) has not confirmed the need to change.",
                    question:
                        "Do you see the cost of staying as you are the way we have written it down?"
                        + " What would you change?"
                ))
        }

        // People
        let economicBuyers = account.stakeholders.filter { $0.roles.contains(.economicBuyer) }
        if economicBuyers.isEmpty {
            gaps.append(
                DealGap(
                    kind: .noEconomicBuyer, description: "Nobody known at \(customer) decides on the budget.",
                    question: "Who at \(customer) decides on an investment of this size, and what do they need to see?")
            )
        } else if let buyer = economicBuyers.first, !isEngaged(buyer, deal: deal) {
            gaps.append(
                DealGap(
                    kind: .economicBuyerNotEngaged,
                    description: "\(ApprovalPack.person(buyer)) decides on the budget but has not been met.",
                    question: "What does \(buyer.name) need to see to approve this, and how could we help \(contact)"
                        + " put it in front of \(buyer.name)?"))
        }
        if !account.stakeholders.contains(where: { $0.roles.contains(.procurement) }) {
            gaps.append(
                DealGap(
                    kind: .noProcurementContact,
                    description: "Nobody in \(ApprovalPack.possessive(customer)) purchasing is known.",
                    question: "Who in purchasing handles a new supplier, and what do they need from us and from you?"))
        }
        let engaged = Set(deal.activities.flatMap(\.stakeholderIds))
            .union(account.stakeholders.filter { $0.lastContact != nil }.map(\.id))
        if engaged.count <= 1 {
            gaps.append(
                DealGap(
                    kind: .singleThreaded, description: "Only one person at \(customer) is involved so far.",
                    question: "Who else at \(customer) is affected by this change, and who would you like in the next"
                        + " conversation?"))
        }
        let outreach = silentOutreach(deal)
        if outreach >= silenceThreshold {
            gaps.append(
                DealGap(
                    kind: .customerSilent,
                    description: "\(outreach) messages from us since \(customer) last got in touch: what changed on"
                        + " their side is not known.",
                    question: "What has changed on your side since we last spoke, and is this still a priority?"))
        }

        // Buying process
        let steps = PlanDates.resolved(deal.buyingProcess).filter { $0.internal != true && !$0.isCancelled }
        let kinds = Set(steps.compactMap(\.kind))
        if steps.isEmpty {
            gaps.append(
                DealGap(
                    kind: .noBuyingProcess,
                    description: "None of \(ApprovalPack.possessive(customer)) buying steps are known.",
                    question: "How does \(customer) usually buy something like this: which steps, who is involved,"
                        + " and how long does each take?"))
        }
        if !kinds.contains(.successCriteria) && !kinds.contains(.evaluation) {
            gaps.append(
                DealGap(
                    kind: .successCriteriaUnknown,
                    description: "\(ApprovalPack.possessive(customer)) success criteria are not written down.",
                    question: "What would you need to see to be sure this works for you, and who judges it?"))
        }
        if !kinds.contains(.managementApproval) {
            gaps.append(
                DealGap(
                    kind: .approvalUnknown, description: "How \(customer) approves the investment is not known.",
                    question:
                        "Who has to approve this at \(customer), in which meeting or process, and when is the next"
                        + " chance?"))
        }
        if !kinds.contains(.budget) && account.context?.financialHurdles?.budgetCycle == nil {
            gaps.append(
                DealGap(
                    kind: .budgetUnknown, description: "Where the money comes from is not known.",
                    question: "Is there budget for this already, or does it need a request? When is your budget set?"))
        }
        if !kinds.contains(.procurement) {
            gaps.append(
                DealGap(
                    kind: .procurementUnknown,
                    description: "\(ApprovalPack.possessive(customer)) purchasing steps are not known.",
                    question: "What does purchasing need before a new supplier can be set up (forms, security, terms),"
                        + " and how long does that take?"))
        }
        if !kinds.contains(.purchaseOrder) {
            gaps.append(
                DealGap(
                    kind: .purchaseOrderUnknown, description: "What it takes to raise the purchase order is not known.",
                    question: "Once it is approved, who raises the purchase order, and what do they need to do it?"))
        }
        if !kinds.contains(.legal) && !kinds.contains(.signature) {
            gaps.append(
                DealGap(
                    kind: .legalUnknown, description: "Who reviews and signs the contract at \(customer) is not known.",
                    question: "Who reviews the contract on your side, and who signs it?"))
        }
        let open = steps.filter { !$0.isDone }
        let overdue = open.filter { ($0.due.map { $0 < asOf }) ?? false }
        if !overdue.isEmpty {
            gaps.append(
                DealGap(
                    kind: .stepsOverdue,
                    description: "Past their date: " + overdue.map(\.title).joined(separator: "; ") + ".",
                    question:
                        "\"\(overdue[0].title)\" was planned for \(overdue[0].due.map(\.description) ?? "earlier"):"
                        + " what got in the way, and what"
                        + " new date works for you?"))
        }
        if let blocked = open.first(where: { $0.status == .blocked || $0.blocker != nil }) {
            gaps.append(
                DealGap(
                    kind: .stepBlocked,
                    description: "\"\(blocked.title)\" is blocked" + (blocked.blocker.map { " by \($0)" } ?? "") + ".",
                    question: "What would it take to unblock \"\(blocked.title)\", and can we help with any of it?"))
        }
        if let unowned = open.first(where: { $0.owner != .seller && ($0.ownerStakeholderId == nil || $0.due == nil) }) {
            gaps.append(
                DealGap(
                    kind: .stepOwnerUnknown, description: "\"\(unowned.title)\" has no owner or no date.",
                    question: "Who on your side owns \"\(unowned.title)\", and by when would it be done?"))
        }
        if !kinds.contains(.kickoff) && (kinds.contains(.purchaseOrder) || kinds.contains(.signature)) {
            gaps.append(
                DealGap(
                    kind: .kickoffUnplanned, description: "How the change starts after signature is not planned.",
                    question: "Who on your side should lead the start, and what should the first month deliver?"))
        }

        // Business case
        if let input = deal.businessCase {
            do {
                let result = try BusinessCaseCalculator().calculate(deal, account: account)
                if !result.meetsHurdles {
                    gaps.append(
                        DealGap(
                            kind: .businessCaseMissesHurdle,
                            description: "The case misses \(ApprovalPack.possessive(customer)) own hurdles: "
                                + result.hurdleFailures.joined(separator: "; ") + ".",
                            question: "Which of the numbers in the case would you challenge, and is there a smaller"
                                + " first step that meets your hurdles?"))
                }
            } catch {
                gaps.append(
                    DealGap(
                        kind: .businessCaseInvalid, description: "The business case cannot be calculated: \(error).",
                        question: "Can we go through the business case numbers together and fill in what is missing?"))
            }
            if input.validatedByCustomer != true {
                gaps.append(
                    DealGap(
                        kind: .businessCaseNotValidated,
                        description: "\(customer) has not checked the business case numbers.",
                        question:
                            "Which numbers in the case would your finance team want to check,"
                            + " and who should check them?"
                    ))
            }
        } else {
            gaps.append(
                DealGap(
                    kind: .noBusinessCase,
                    description: "There is no business case in \(ApprovalPack.possessive(customer)) numbers.",
                    question: "What would \(economicBuyers.first?.name ?? "your management") need in a business case,"
                        + " and which of your numbers should it use?"))
        }
        if account.context?.financialHurdles?.maxPaybackMonths == nil
            && account.context?.financialHurdles?.hurdleRatePercent == nil
        {
            gaps.append(
                DealGap(
                    kind: .hurdlesUnknown,
                    description: "\(ApprovalPack.possessive(customer)) investment rules are not known.",
                    question: "What payback or return does an investment need at \(customer) to be approved?"))
        }
        if let risks = need?.changeRisks, !risks.isEmpty, deal.buyingProcess.isEmpty == false,
            !steps.contains(where: { $0.kind == .successCriteria || $0.kind == .securityReview })
        {
            gaps.append(
                DealGap(
                    kind: .risksNotHandled, description: "How \"\(risks[0])\" will be handled is not agreed.",
                    question: "What worries you most about \"\(risks[0])\", and what would make it manageable?"))
        }
        return gaps
    }

    /// A stakeholder is engaged when we have met them or they took part in an activity of this deal.
    func isEngaged(_ stakeholder: Stakeholder, deal: Opportunity) -> Bool {
        stakeholder.lastContact != nil || deal.activities.contains { $0.stakeholderIds.contains(stakeholder.id) }
    }

    /// Seller-initiated outbound touches since the customer's last inbound activity.
    func silentOutreach(_ deal: Opportunity) -> Int {
        let sorted = deal.activities.sorted { $0.date < $1.date }
        var count = 0
        for activity in sorted {
            if activity.direction == .inbound || activity.initiatedBy == .customer {
                count = 0
            } else if activity.direction == .outbound {
                count += 1
            }
        }
        return count
    }
}
