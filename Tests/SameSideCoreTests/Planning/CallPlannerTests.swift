import Testing

@testable import SameSideCore

/// Deals built in code: a "where's the PO?" deal (won in the seller's mind, nothing known of the customer's
/// paper process) and a healthy one (every step known, the approver engaged).
enum PlanningFixtures {
    static let asOf = Day("2026-11-25")!

    static let account = Account(
        id: "a1", name: "Northline Elevator Services",
        context: AccountContext(financialHurdles: FinancialHurdles(maxPaybackMonths: 12, hurdleRatePercent: 9)),
        goals: [
            Goal(
                id: "g1", statement: "Fix more faults on the first visit", metric: "first-time fix rate (%)",
                baseline: 71, target: 85, ownerId: "s-ops", source: .customerStated)
        ],
        stakeholders: [
            Stakeholder(id: "s-ops", name: "Marta Kowalski", title: "Director of Operations", roles: [.champion]),
            Stakeholder(id: "s-cfo", name: "Owen Reyes", title: "CFO", roles: [.economicBuyer], stance: .unknown),
        ])

    static let stuck = Opportunity(
        id: "o1", accountId: "a1", name: "Dispatch", stage: "Closed/Commit", goalIds: ["g1"],
        needToChange: NeedToChange(
            trigger: "contracts lost", costOfInactionPerMonth: 22000, customerAcknowledged: true),
        buyingProcess: [
            BuyingStep(id: "b1", title: "Ops agree", kind: .alignTeam, owner: .customer, status: .done),
            BuyingStep(id: "b2", title: "Pilot", kind: .evaluation, owner: .joint, status: .done),
        ],
        activities: [
            Activity(date: Day("2026-10-21")!, direction: .inbound, initiatedBy: .customer, stakeholderIds: ["s-ops"]),
            Activity(date: Day("2026-10-30")!, direction: .outbound, initiatedBy: .seller, stakeholderIds: ["s-ops"]),
            Activity(date: Day("2026-11-12")!, direction: .outbound, initiatedBy: .seller, stakeholderIds: ["s-ops"]),
        ])

    static var healthyAccount: Account {
        var account = account
        account.stakeholders[1].lastContact = Day("2026-11-20")
        account.stakeholders.append(
            Stakeholder(
                id: "s-proc", name: "Lena Park", title: "Procurement", roles: [.procurement],
                lastContact: Day("2026-11-18")))
        account.stakeholders.append(
            Stakeholder(
                id: "s-legal", name: "Greg Olsen", title: "Counsel", roles: [.legal], lastContact: Day("2026-11-18")))
        return account
    }

    static var healthy: Opportunity {
        var deal = stuck
        deal.needToChange?.compellingEvent = CompellingEvent(what: "renewal", date: Day("2027-03-01"))
        deal.businessCase = BusinessCaseInput(
            horizonYears: 3, investment: [.init(oneTime: 36000, perYear: 150000)],
            benefits: [.init(goalId: "g1", perYear: 300000, confidence: 0.9)], validatedByCustomer: true)
        deal.buyingProcess += [
            BuyingStep(id: "b3", title: "Business case", kind: .businessCase, owner: .joint, status: .done),
            BuyingStep(id: "b4", title: "CFO approval", kind: .managementApproval, owner: .customer, status: .done),
            BuyingStep(id: "b5", title: "Budget released", kind: .budget, owner: .customer, status: .done),
            BuyingStep(
                id: "b6", title: "Contract terms", kind: .legal, owner: .joint, ownerStakeholderId: "s-legal",
                due: Day("2026-12-04"), status: .inProgress),
            BuyingStep(
                id: "b7", title: "Supplier set-up", kind: .procurement, owner: .customer, ownerStakeholderId: "s-proc",
                due: Day("2026-12-08")),
            BuyingStep(
                id: "b8", title: "Purchase order", kind: .purchaseOrder, owner: .customer, ownerStakeholderId: "s-proc",
                due: Day("2026-12-11"), dependsOn: ["b6", "b7"]),
            BuyingStep(
                id: "b9", title: "Kickoff", kind: .kickoff, owner: .joint, ownerStakeholderId: "s-ops",
                due: Day("2027-01-08")),
        ]
        deal.activities.append(
            Activity(date: Day("2026-11-20")!, direction: .inbound, initiatedBy: .customer, stakeholderIds: ["s-cfo"]))
        return deal
    }
}

@Suite struct DealGapFinderTests {
    let finder = DealGapFinder()

    @Test func theStuckDealDoesNotKnowTheCustomersPaperProcessOrTheirApprover() {
        // When
        let kinds = Set(
            finder.gaps(deal: PlanningFixtures.stuck, account: PlanningFixtures.account, asOf: PlanningFixtures.asOf)
                .map(\.kind))
        // Then
        for expected: DealGap.Kind in [
            .approvalUnknown, .procurementUnknown, .purchaseOrderUnknown, .economicBuyerNotEngaged,
            .noProcurementContact, .noBusinessCase, .customerSilent,
        ] {
            #expect(kinds.contains(expected), "missing \(expected)")
        }
        #expect(!kinds.contains(.noCustomerGoal))
    }

    @Test func theHealthyDealHasNoneOfThoseGaps() {
        let kinds = Set(
            finder.gaps(
                deal: PlanningFixtures.healthy, account: PlanningFixtures.healthyAccount, asOf: PlanningFixtures.asOf
            ).map(\.kind))
        for absent: DealGap.Kind in [
            .approvalUnknown, .procurementUnknown, .purchaseOrderUnknown, .economicBuyerNotEngaged,
            .noProcurementContact, .noBusinessCase, .customerSilent, .businessCaseNotValidated,
        ] {
            #expect(!kinds.contains(absent), "unexpected \(absent)")
        }
    }

    @Test func chasingWithoutAnswerCountsOnlyAfterTheLastCustomerTouch() {
        #expect(finder.silentOutreach(PlanningFixtures.stuck) == 2)
        #expect(finder.silentOutreach(PlanningFixtures.healthy) == 0)
    }

    @Test func aDealWithoutGoalsOrNeedIsADiscoveryDeal() {
        let bare = Opportunity(id: "o2", accountId: "a1", name: "x")
        let plan = CallPlanner().plan(deal: bare, account: PlanningFixtures.account, asOf: PlanningFixtures.asOf)
        #expect(plan.meeting == .discovery)
        #expect(plan.questions.contains { $0.closes == "no-customer-goal" })
    }

    @Test func overdueStepsAreAskedAbout() {
        var deal = PlanningFixtures.healthy
        deal.buyingProcess[5].due = Day("2026-11-01")
        let gaps = finder.gaps(deal: deal, account: PlanningFixtures.healthyAccount, asOf: PlanningFixtures.asOf)
        let overdue = gaps.first { $0.kind == .stepsOverdue }
        #expect(overdue?.question.contains("2026-11-01") == true)
    }
}

@Suite struct CallPlannerTests {
    let planner = CallPlanner()

    @Test func theStuckDealGetsAnApprovalMeetingAboutTheCustomersRemainingSteps() {
        // When
        let plan = planner.plan(
            deal: PlanningFixtures.stuck, account: PlanningFixtures.account, asOf: PlanningFixtures.asOf)
        // Then
        #expect(plan.meeting == .approval)
        #expect(plan.meetingChosen)
        let closes = plan.questions.map(\.closes)
        #expect(closes.contains("approval-step-unknown"))
        #expect(closes.contains("procurement-step-unknown"))
        #expect(closes.contains("economic-buyer-not-engaged"))
        #expect(plan.missingRoles.map(\.role) == [.procurement])
        #expect(plan.attendees.contains { $0.person == "Owen Reyes (CFO)" && $0.note.contains("not yet met") })
        #expect(plan.questions.count <= planner.maxQuestions)
        #expect(plan.nextStep?.known == false)
    }

    @Test func theHealthyDealGetsANegotiationMeetingWithDifferentQuestions() {
        // When
        let stuck = planner.plan(
            deal: PlanningFixtures.stuck, account: PlanningFixtures.account, asOf: PlanningFixtures.asOf)
        let healthy = planner.plan(
            deal: PlanningFixtures.healthy, account: PlanningFixtures.healthyAccount, asOf: PlanningFixtures.asOf)
        // Then
        #expect(healthy.meeting == .negotiation)
        #expect(healthy.missingRoles.isEmpty)
        #expect(Set(healthy.questions.map(\.closes)).isDisjoint(with: Set(stuck.questions.map(\.closes))))
        #expect(healthy.nextStep?.title == "Contract terms")
        #expect(healthy.nextStep?.owner == "Greg Olsen (Counsel)")
    }

    @Test(arguments: MeetingKind.allCases)
    func everyMeetingHasAGoalAgendaQuestionsAndWhatTheCustomerLeavesWith(meeting: MeetingKind) {
        let plan = planner.plan(
            deal: PlanningFixtures.healthy, account: PlanningFixtures.healthyAccount, asOf: PlanningFixtures.asOf,
            meeting: meeting)
        #expect(plan.meeting == meeting)
        #expect(!plan.meetingChosen)
        #expect(!plan.goal.isEmpty)
        #expect(plan.agenda.count >= 3)
        #expect(plan.questions.count >= 1)
        #expect(plan.questions.allSatisfy { !$0.closes.isEmpty && !$0.why.isEmpty })
        #expect(!plan.customerLeavesWith.isEmpty)
    }

    @Test func aNextStepWaitsForItsDependencies() {
        // Given the purchase order depends on contract terms and supplier set-up, which are open
        let plan = planner.plan(
            deal: PlanningFixtures.healthy, account: PlanningFixtures.healthyAccount, asOf: PlanningFixtures.asOf)
        // Then the plan never proposes the purchase order first
        #expect(plan.nextStep?.kind != .purchaseOrder)
    }

    @Test func theJSONNamesTheGapEachQuestionCloses() {
        let plan = planner.plan(
            deal: PlanningFixtures.stuck, account: PlanningFixtures.account, asOf: PlanningFixtures.asOf)
        guard case .array(let questions)? = plan.jsonObject["questions"], case .object(let first)? = questions.first
        else {
            Issue.record("no questions array")
            return
        }
        #expect(first["closes"] != nil)
        #expect(first["question"] != nil)
    }

    @Test func aWonDealIsPlannedAsAKickoffAndALostOneAsANewDiscovery() {
        var won = PlanningFixtures.healthy
        won.status = .won
        var lost = PlanningFixtures.healthy
        lost.status = .lost
        lost.lostReason = .noDecision
        let account = PlanningFixtures.healthyAccount
        #expect(planner.plan(deal: won, account: account, asOf: PlanningFixtures.asOf).meeting == .kickoff)
        let plan = planner.plan(deal: lost, account: account, asOf: PlanningFixtures.asOf)
        #expect(plan.meeting == .discovery)
        #expect(plan.meetingReason.contains("no-decision"))
    }

    @Test func reviewFindingsAreLinkedToTheGapsTheyShareAndAddTheirOwnCustomerQuestions() {
        // Given review findings: one the planner covers, one it does not, one about the seller's conduct
        func finding(_ rule: String, _ question: String) -> Finding {
            Finding(
                rule: RuleID(rule), severity: .high, title: rule, evidence: [], questions: [question], nextAction: "")
        }
        let findings = [
            finding("paper-process-unknown", "What does purchasing need?"),
            finding("inaction-cheaper", "What does staying as you are really cost, line by line?"),
            finding("discount-to-accelerate", "Why was a discount offered?"),
        ]
        // When
        let plan = planner.plan(
            deal: PlanningFixtures.healthy, account: PlanningFixtures.healthyAccount, asOf: PlanningFixtures.asOf,
            meeting: .approval, findings: findings)
        let stuck = planner.plan(
            deal: PlanningFixtures.stuck, account: PlanningFixtures.account, asOf: PlanningFixtures.asOf,
            findings: findings)
        // Then
        #expect(plan.questions.contains { $0.closes == "inaction-cheaper" && $0.reviewRule == "inaction-cheaper" })
        #expect(!plan.questions.contains { $0.text.contains("discount") })
        #expect(
            stuck.questions.first { $0.closes == "procurement-step-unknown" }?.reviewRule == "paper-process-unknown")
    }
}
