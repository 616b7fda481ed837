/// Plans the next meeting with a customer from their goals and from what is still unknown about the deal.
///
/// Pure: the same deal, account, day and meeting kind always give the same plan. The questions come from the
/// deal's gaps (``DealGapFinder``) that belong in this kind of meeting, most important first.
public struct CallPlanner: Sendable {
    /// The most questions a plan lists (a meeting has room for only so many).
    public var maxQuestions = 8
    public var gapFinder = DealGapFinder()

    public init() {}

    /// The plan for the next meeting on `deal`; `meeting` nil lets the planner choose the kind. Pure.
    ///
    /// `findings` are the deal review's findings on this deal (``ReviewEngine``): a finding about a gap the
    /// planner knows is linked to its question (`reviewRule`); a finding about the customer that no gap covers
    /// adds its first coaching question. Findings about the seller's own conduct (pressure, discounts, stage
    /// and close-date hygiene) are not for the customer's meeting and are left out.
    public func plan(
        deal: Opportunity, account: Account, asOf: Day, meeting: MeetingKind? = nil, findings: [Finding] = []
    ) -> CallPlan {
        var gaps = gapFinder.gaps(deal: deal, account: account, asOf: asOf)
        gaps += reviewGaps(findings, known: Set(gaps.map(\.kind)))
        let firstStep = PlanFirstStep.of(deal: deal, account: account, asOf: asOf, gaps: gaps, findings: findings)
        var (chosen, reason) = chooseMeeting(deal: deal, account: account, gaps: gaps)
        if firstStep?.kind == .checkFit {
            (chosen, reason) = (.discovery, "\(account.name) may not fit the profile we serve: fit comes first")
        }
        if let firstStep, firstStep.kind != .checkFit { reason += "; only after the first step" }
        let kind = meeting ?? chosen
        let context = Context(deal: deal, account: account, asOf: asOf)

        let relevant = gaps.filter { $0.meetings.contains(kind) }
            .sorted { priority($0.kind, in: kind) < priority($1.kind, in: kind) }
        var questions = fitQuestions(firstStep, findings)
        questions += relevant.prefix(maxQuestions - questions.count).map { gap in
            CallPlan.Question(
                text: gap.question, closes: gap.closes, why: gap.description,
                reviewRule: gap.reviewRule ?? reviewRule(covering: gap.kind, in: findings))
        }
        if questions.count < 3 {
            for question in standardQuestions(kind, context) where questions.count < maxQuestions {
                if !questions.contains(where: { $0.closes == question.closes }) { questions.append(question) }
            }
        }

        let (attendees, missing) = people(kind, context, gaps: gaps)
        return CallPlan(
            dealId: deal.id, customerName: account.name, meeting: kind, meetingChosen: meeting == nil,
            meetingReason: meeting == nil ? reason : "chosen by you",
            goal: goal(kind, context), agenda: agenda(kind, context), questions: questions, attendees: attendees,
            missingRoles: missing, customerLeavesWith: leavesWith(kind, context), nextStep: nextStep(context),
            firstStep: firstStep)
    }

    /// The fit finding's questions, asked before any other when fit is in doubt.
    private func fitQuestions(_ firstStep: PlanFirstStep?, _ findings: [Finding]) -> [CallPlan.Question] {
        guard firstStep?.kind == .checkFit else { return [] }
        let fitRules = [ReviewRule.outsideICP.id, ReviewRule.noProblemWeSolve.id]
        return findings.filter { fitRules.contains($0.rule) }.flatMap { finding in
            finding.questions.prefix(2).map { text in
                CallPlan.Question(text: text, closes: "fit", why: finding.title, reviewRule: finding.rule)
            }
        }
    }

    /// What the plan works from.
    struct Context {
        var deal: Opportunity
        var account: Account
        var asOf: Day

        var customer: String { account.name }
        /// The customer's name as a possessive: "Northline Elevator Services'".
        var customers: String { ApprovalPack.possessive(account.name) }
        var goals: [Goal] { deal.goalIds.compactMap { account.goal($0) } }
        var mainGoal: String { goals.first?.statement ?? "what \(customer) is trying to achieve" }
        var champion: Stakeholder? { account.stakeholders.first { $0.roles.contains(.champion) } }
        var economicBuyer: Stakeholder? { account.stakeholders.first { $0.roles.contains(.economicBuyer) } }
        var steps: [BuyingStep] {
            PlanDates.resolved(deal.buyingProcess).filter { $0.internal != true && !$0.isCancelled }
        }
        var hurdles: FinancialHurdles? { account.context?.financialHurdles }

        func hasDone(_ kinds: Set<StepKind>) -> Bool {
            steps.contains { step in step.kind.map(kinds.contains) == true && step.isDone }
        }

        var hurdleText: String? {
            var parts: [String] = []
            if let months = hurdles?.maxPaybackMonths {
                parts.append("payback within \(NumberText.plain(months)) months")
            }
            if let rate = hurdles?.hurdleRatePercent { parts.append("a \(NumberText.percent(rate)) hurdle rate") }
            return parts.isEmpty ? nil : parts.joined(separator: " and ")
        }
    }

    // MARK: the deal review

    /// Review rules about the seller's own conduct: they belong in a coaching talk, not in the customer's meeting.
    static let sellerConductRules: Set<RuleID> = [
        ReviewRule.outsideICP.id, ReviewRule.noProblemWeSolve.id, ReviewRule.stageAheadOfEvidence.id,
        ReviewRule.stageUnmapped.id, ReviewRule.pressureLanguage.id, ReviewRule.discountToAccelerate.id,
        ReviewRule.closeDateSlipped.id, ReviewRule.closeDatePassed.id, ReviewRule.pauseExpired.id,
        ReviewRule.redFlags.id,
    ]

    /// The planner's gaps that each review rule is about.
    static let gapsOfRule: [RuleID: [DealGap.Kind]] = [
        ReviewRule.noCustomerGoal.id: [.noCustomerGoal], ReviewRule.goalAssumed.id: [.goalAssumed],
        ReviewRule.goalUnmeasured.id: [.goalUnmeasured],
        ReviewRule.noCompellingNeed.id: [.noTrigger, .noCompellingEvent],
        ReviewRule.inactionCostUnknown.id: [.costOfInactionUnknown],
        ReviewRule.needNotAcknowledged.id: [.needNotAcknowledged], ReviewRule.noBuyingProcess.id: [.noBuyingProcess],
        ReviewRule.paperProcessUnknown.id: [.procurementUnknown, .purchaseOrderUnknown, .legalUnknown],
        ReviewRule.stepsOverdue.id: [.stepsOverdue], ReviewRule.singleThreaded.id: [.singleThreaded],
        ReviewRule.notEnoughContacts.id: [.singleThreaded],
        ReviewRule.noEconomicBuyer.id: [.noEconomicBuyer, .economicBuyerNotEngaged],
        ReviewRule.noPower.id: [.noEconomicBuyer, .economicBuyerNotEngaged],
        ReviewRule.sellerChasing.id: [.customerSilent], ReviewRule.ghosted.id: [.customerSilent],
        ReviewRule.noBusinessCase.id: [.noBusinessCase],
        ReviewRule.businessCaseMissesHurdle.id: [.businessCaseMissesHurdle],
    ]

    /// Gaps for review findings about the customer that none of the planner's own gaps covers.
    private func reviewGaps(_ findings: [Finding], known: Set<DealGap.Kind>) -> [DealGap] {
        findings.compactMap { finding in
            let rule = finding.rule
            guard !Self.sellerConductRules.contains(rule), Self.gapsOfRule[rule] == nil,
                let question = finding.questions.first
            else { return nil }
            return DealGap(
                review: rule, description: finding.title, question: question,
                meetings: [.discovery, .businessCase, .approval, .negotiation])
        }
    }

    /// The review rule that fired about `kind`, if any.
    private func reviewRule(covering kind: DealGap.Kind, in findings: [Finding]) -> RuleID? {
        findings.first { Self.gapsOfRule[$0.rule]?.contains(kind) == true }?.rule
    }

    // MARK: choosing the meeting

    private func chooseMeeting(
        deal: Opportunity, account: Account, gaps: [DealGap]
    ) -> (MeetingKind, String) {
        switch deal.status {
        case .won: return (.kickoff, "the deal is won; what matters now is a good start for \(account.name)")
        case .lost:
            let why = deal.lostReason.map { " (\($0.rawValue))" } ?? ""
            return (.discovery, "the deal was lost\(why); any new conversation starts from what \(account.name) needs")
        case .open: break
        }
        let kinds = Set(gaps.map(\.kind))
        let context = Context(deal: deal, account: account, asOf: Day(ordinal: 0))
        if kinds.contains(.noCustomerGoal)
            || (!context.goals.isEmpty && context.goals.allSatisfy { $0.source != .customerStated })
            || (kinds.contains(.noTrigger) && kinds.contains(.costOfInactionUnknown))
        {
            return (
                .discovery,
                "\(ApprovalPack.possessive(account.name)) goal or need to change is not yet confirmed in their words"
            )
        }
        if context.hasDone([.purchaseOrder, .signature]) {
            return (.kickoff, "the paper steps are done; what matters now is the start")
        }
        if context.hasDone([.managementApproval]) {
            return (.negotiation, "management has approved; the paper steps remain")
        }
        if context.hasDone([.evaluation, .businessCase]) || deal.businessCase != nil {
            return (.approval, "the evaluation is done but management approval is not")
        }
        return (
            .businessCase,
            "the value of the change has not been put in \(ApprovalPack.possessive(account.name)) numbers yet"
        )
    }

    /// Lower is asked earlier. Paper steps and the approver come first in approval and negotiation meetings;
    /// the review's own findings follow the planner's gaps of the meeting.
    private func priority(_ kind: DealGap.Kind, in meeting: MeetingKind) -> Int {
        if kind == .review { return 50 }
        let order: [DealGap.Kind]
        switch meeting {
        case .discovery:
            order = [
                .noCustomerGoal, .goalAssumed, .goalUnmeasured, .noTrigger, .costOfInactionUnknown,
                .goalBaselineUnknown,
                .noCompellingEvent, .needNotAcknowledged, .customerSilent, .singleThreaded, .successCriteriaUnknown,
                .noBuyingProcess,
            ]
        case .businessCase:
            order = [
                .noBusinessCase, .businessCaseMissesHurdle, .businessCaseInvalid, .hurdlesUnknown, .goalNotInCase,
                .costOfInactionUnknown, .goalBaselineUnknown, .businessCaseNotValidated, .noEconomicBuyer,
                .economicBuyerNotEngaged, .approvalUnknown, .customerSilent, .budgetUnknown, .procurementUnknown,
            ]
        case .approval:
            order = [
                .customerSilent, .approvalUnknown, .economicBuyerNotEngaged, .noEconomicBuyer, .procurementUnknown,
                .purchaseOrderUnknown, .noProcurementContact, .noBusinessCase, .businessCaseMissesHurdle,
                .hurdlesUnknown, .budgetUnknown, .legalUnknown, .stepsOverdue, .stepBlocked,
                .businessCaseNotValidated,
            ]
        case .negotiation:
            order = [
                .stepBlocked, .stepsOverdue, .procurementUnknown, .purchaseOrderUnknown, .legalUnknown,
                .noProcurementContact, .stepOwnerUnknown, .economicBuyerNotEngaged, .approvalUnknown,
                .kickoffUnplanned, .customerSilent,
            ]
        case .kickoff:
            order = [.successCriteriaUnknown, .risksNotHandled, .kickoffUnplanned, .stepsOverdue, .stepOwnerUnknown]
        }
        return order.firstIndex(of: kind) ?? (order.count + (DealGap.Kind.allCases.firstIndex(of: kind) ?? 0))
    }

    // MARK: content per meeting

    private func goal(_ kind: MeetingKind, _ c: Context) -> String {
        let champion = c.champion?.name ?? "your contact"
        switch kind {
        case .discovery:
            return "Understand what \(c.customer) wants to achieve and what the current situation costs them,"
                + " so both sides can judge whether changing now is worth it."
        case .businessCase:
            return
                "Build with \(champion) the case \(c.customers) management needs: \"\(c.mainGoal)\" in"
                + " \(c.customers) own numbers"
                + (c.hurdleText.map { ", checked against \($0)" } ?? "") + "."
        case .approval:
            let approver = c.economicBuyer.map { ApprovalPack.person($0) } ?? "whoever approves the investment"
            return
                "Help \(champion) get \(c.customers) approval for \"\(c.mainGoal)\": what \(approver) needs to see"
                + (c.hurdleText.map { " (\($0))" } ?? "") + ", and every step from approval to a purchase order."
        case .negotiation:
            let event = c.deal.needToChange?.compellingEvent
            let deadline = event?.date.map { " before \(event?.what ?? "the deadline") on \($0)" } ?? ""
            return "Get \(c.customer) through the remaining purchasing and contract steps so the change can start"
                + deadline + "."
        case .kickoff:
            let metric = c.goals.first?.metric.map { " and how \($0) is measured and reviewed" } ?? ""
            return
                "Start delivering \"\(c.mainGoal)\": agree who leads on \(c.customers) side\(metric)."
        }
    }

    private func agenda(_ kind: MeetingKind, _ c: Context) -> [CallPlan.AgendaItem] {
        func item(_ topic: String, _ minutes: Int) -> CallPlan.AgendaItem { .init(topic: topic, minutes: minutes) }
        switch kind {
        case .discovery:
            return [
                item("What \(c.customer) is trying to achieve this year, and how it is measured", 15),
                item("What the current situation costs, and what changed recently", 15),
                item("Who else is affected and who decides", 10),
                item("Whether and how to continue: the next step for \(c.customer)", 5),
            ]
        case .businessCase:
            return [
                item("Recap: \"\(c.mainGoal)\" and what doing nothing costs", 5),
                item(
                    "The numbers, line by line: which are \(c.customers), which are estimates to check",
                    20),
                item(
                    "\(c.customers) investment rules" + (c.hurdleText.map { ": \($0)" } ?? ""),
                    10),
                item("Who sees the case next, in what form, and when", 10),
            ]
        case .approval:
            return [
                item("Where \(c.customer) stands on \"\(c.mainGoal)\"", 5),
                item(
                    "What the approver needs to see, and the case in \(c.customers) numbers", 15
                ),
                item("How approval works here: who, which meeting, which date", 10),
                item("After approval: budget, purchasing, purchase order, signature", 15),
                item("Agree the next step, owners and dates", 5),
            ]
        case .negotiation:
            return [
                item("Open points in purchasing and contract terms", 15),
                item("The remaining steps to the purchase order, with owners and dates", 15),
                item("Anything that could still stop or delay it", 10),
                item("The start date that works for \(c.customer)", 5),
            ]
        case .kickoff:
            return [
                item("Success measures: today's numbers, targets and the first review date", 15),
                item("Who leads on \(c.customers) side, and who is affected", 10),
                item("Risks of the change and how they are handled", 15),
                item("The first month: milestones both sides commit to", 10),
            ]
        }
    }

    private func standardQuestions(_ kind: MeetingKind, _ c: Context) -> [CallPlan.Question] {
        func q(_ text: String, _ closes: String, _ why: String) -> CallPlan.Question {
            .init(text: text, closes: closes, why: why)
        }
        switch kind {
        case .discovery:
            return [
                q(
                    "What would have to be true a year from now for you to call this a success?", "success-picture",
                    "The customer's picture of success is worth hearing in their words."),
                q(
                    "What have you already tried, and what got in the way?", "past-attempts",
                    "Earlier attempts show the real obstacles."),
            ]
        case .businessCase:
            return [
                q(
                    "Which number in this case would your CFO question first?", "weakest-number",
                    "The weakest number decides whether the case survives management.")
            ]
        case .approval:
            return [
                q(
                    "What has stopped similar investments at \(c.customer) before?", "approval-risks",
                    "Past refusals show what the approver weighs.")
            ]
        case .negotiation:
            return [
                q(
                    "Once the contract terms are agreed, is there anything else that could hold up the purchase order?",
                    "hidden-paper-steps", "Late surprises in the paper process delay the start."),
                q(
                    "Which start date matters most to \(c.customer), and why?", "start-date",
                    "The start date should follow the customer's business, not our quarter."),
            ]
        case .kickoff:
            let metric = c.goals.first?.metric ?? "the main measure"
            return [
                q(
                    "Who will report \(metric) each month, and to whom?", "progress-reporting",
                    "Nobody is named yet to report progress on \(c.customers) goal."),
                q(
                    "What would make your team stop using the new way of working, and how do we notice early?",
                    "adoption-risks", "Adoption risks are easier to handle before they happen."),
                q(
                    "When is the first review of results, and who attends?", "first-review",
                    "The first review date makes the goal concrete."),
            ]
        }
    }

    private func people(
        _ kind: MeetingKind, _ c: Context, gaps: [DealGap]
    ) -> ([CallPlan.Attendee], [CallPlan.MissingRole]) {
        var attendees: [CallPlan.Attendee] = []
        var missing: [CallPlan.MissingRole] = []
        let via = c.champion.map { "ask \($0.name)" } ?? "ask your contact at \(c.customer)"
        for role in kind.wantedRoles {
            let holders = c.account.stakeholders.filter { $0.roles.contains(role) }
            if holders.isEmpty {
                missing.append(
                    CallPlan.MissingRole(role: role, suggestion: "\(via) who this is for \(c.customer) and invite them")
                )
                continue
            }
            for holder in holders where !attendees.contains(where: { $0.person == ApprovalPack.person(holder) }) {
                let engaged = gapFinder.isEngaged(holder, deal: c.deal)
                var note = roleName(role)
                if !engaged { note += "; not yet met: \(via) to introduce you" }
                if holder.stance == .skeptic || holder.stance == .opponent {
                    note += "; has doubts: hear them first"
                }
                attendees.append(
                    CallPlan.Attendee(person: ApprovalPack.person(holder), roles: holder.roles, note: note))
            }
        }
        return (attendees, missing)
    }

    private func leavesWith(_ kind: MeetingKind, _ c: Context) -> [String] {
        let approver = c.economicBuyer?.name ?? "the approver"
        switch kind {
        case .discovery:
            return [
                "A short written summary of \(c.customers) goals, today's numbers and the cost of doing nothing,"
                    + " for them to correct",
                "An honest view of whether changing now is worth it for them",
            ]
        case .businessCase:
            return [
                "The draft business case in \(c.customers) own numbers, every estimate marked for them to check",
                "Who on their side checks which number, and by when",
            ]
        case .approval:
            let pack =
                c.deal.businessCase != nil
                ? "The approval pack for \(approver), in \(c.customers) numbers, ready to present"
                : "A one-page draft of the case for \(approver): goal, cost of doing nothing, investment and payback"
            return [pack, "A shared plan of the remaining steps to a purchase order, with owners and dates"]
        case .negotiation:
            return [
                "The mutual plan through signature, with owners and dates they agreed",
                "Written answers to their open purchasing and contract questions",
            ]
        case .kickoff:
            return [
                "Success measures with today's numbers, targets and the first review date",
                "Named owners on both sides for the first month",
            ]
        }
    }

    /// The first open customer step whose dependencies are done; else the usual next step nobody planned yet.
    private func nextStep(_ c: Context) -> CallPlan.NextStep? {
        let steps = c.steps
        let done = Set(steps.filter(\.isDone).map(\.id))
        let open = steps.filter { !$0.isDone }
            .filter { $0.dependsOn.allSatisfy { done.contains($0) || !steps.map(\.id).contains($0) } }
            .sorted { ($0.due ?? Day(ordinal: Int.max)) < ($1.due ?? Day(ordinal: Int.max)) }
        if let step = open.first {
            let owner = step.ownerStakeholderId.flatMap { c.account.stakeholder($0) }.map(ApprovalPack.person)
            return CallPlan.NextStep(title: step.title, kind: step.kind, owner: owner, due: step.due, known: true)
        }
        let order: [StepKind] = [
            .alignTeam, .successCriteria, .evaluation, .businessCase, .managementApproval, .budget, .securityReview,
            .legal, .procurement, .purchaseOrder, .signature, .kickoff,
        ]
        let kinds = Set(steps.compactMap(\.kind))
        let lastDone = steps.filter(\.isDone).compactMap(\.kind).compactMap { order.firstIndex(of: $0) }.max() ?? -1
        guard let kind = order.dropFirst(lastDone + 1).first(where: { !kinds.contains($0) }) else { return nil }
        return CallPlan.NextStep(
            title: "Agree \(c.customers) \(kind.displayName): who owns it and by when",
            kind: kind, owner: nil, due: nil,
            known: false)
    }

    func roleName(_ role: StakeholderRole) -> String {
        switch role {
        case .economicBuyer: return "decides on the budget"
        case .decisionMaker: return "decides"
        case .champion: return "sponsors the change"
        case .influencer: return "influences the decision"
        case .user: return "works with the result every day"
        case .technical: return "judges the technical fit"
        case .procurement: return "runs purchasing"
        case .legal: return "reviews the contract"
        case .blocker: return "has objections"
        }
    }
}
