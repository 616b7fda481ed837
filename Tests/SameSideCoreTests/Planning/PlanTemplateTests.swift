import Testing

@testable import SameSideCore

@Suite struct PlanTemplateTests {
    let today = Day("2026-11-25")!

    @Test func theStandardTemplateIsTheCustomersBuyingProcessInOrder() {
        #expect(
            PlanTemplate.standard.steps.map(\.kind) == [
                .alignTeam, .successCriteria, .evaluation, .businessCase, .managementApproval, .budget,
                .securityReview, .legal, .procurement, .purchaseOrder, .signature, .kickoff,
            ])
        #expect(PlanTemplate.standard.steps.allSatisfy { $0.owner != .seller && !$0.internal })
    }

    @Test func forwardsFromTodayEachStepIsDueItsDaysAfterWhatItWaitsFor() throws {
        // given a deal with no plan
        let deal = Opportunity(id: "o", accountId: "a", name: "d")
        // when the standard template is applied from today
        let plan = try PlanTemplate.standard.apply(to: deal, anchor: .today, asOf: today)
        // then every step is new, and the dates follow the chain of dependencies
        let due = Dictionary(uniqueKeysWithValues: plan.steps.map { ($0.id.rawValue, $0.due!) })
        #expect(plan.added.count == 12 && plan.kept.isEmpty)
        #expect(due["plan-align"] == today.adding(days: 10))
        #expect(due["plan-criteria"] == today.adding(days: 17))
        #expect(due["plan-evaluation"] == today.adding(days: 38))
        // procurement waits for budget (approval + 7), security (evaluation + 14) and legal (approval + 14)
        #expect(due["plan-approval"] == today.adding(days: 58))
        #expect(due["plan-procurement"] == today.adding(days: 58 + 14 + 10))
        #expect(due["plan-signature"] == today.adding(days: 58 + 14 + 10 + 5 + 3))
        #expect(plan.steps.allSatisfy { $0.status == .notStarted })
        #expect(plan.steps.first { $0.id == "plan-po" }?.dependsOn == ["plan-procurement"])
    }

    @Test func backwardsFromTheCloseDateTheSignatureFallsOnItAndTheKickoffAfter() throws {
        // given a deal closing in 120 days
        let close = today.adding(days: 120)
        let deal = Opportunity(id: "o", accountId: "a", name: "d", closeDate: close)
        // when
        let plan = try PlanTemplate.standard.apply(to: deal, anchor: .closeDate, asOf: today)
        let due = Dictionary(uniqueKeysWithValues: plan.steps.map { ($0.id.rawValue, $0.due!) })
        // then
        #expect(due["plan-signature"] == close)
        #expect(due["plan-po"] == close.adding(days: -3))
        #expect(due["plan-procurement"] == close.adding(days: -8))
        // legal (14 days) and budget (7) must both be done before procurement starts
        #expect(due["plan-legal"] == close.adding(days: -18))
        #expect(due["plan-budget"] == close.adding(days: -18))
        // approval is due before the longer of the two that follow it (legal) starts
        #expect(due["plan-approval"] == close.adding(days: -32))
        #expect(due["plan-kickoff"] == close.adding(days: 14))
        #expect(plan.warnings.isEmpty)
        // and every step is due no earlier than the steps it waits for allow
        for step in plan.steps {
            for dependency in step.dependsOn {
                let before = try #require(plan.steps.first { $0.id == dependency })
                #expect(before.due! <= step.due!, "\(step.id) before \(dependency)")
            }
        }
    }

    @Test func aCloseDateTooNearForTheProcessIsSaidWithTheShortfall() throws {
        let deal = Opportunity(id: "o", accountId: "a", name: "d", closeDate: today.adding(days: 30))
        let plan = try PlanTemplate.standard.apply(to: deal, anchor: .closeDate, asOf: today)
        let warning = try #require(plan.warnings.last)
        // signature at +30 needs 90 days of steps before it: the first would have had to start 60 days ago
        #expect(warning.hasPrefix("the close date \(today.adding(days: 30)) leaves 60 days too few"))
    }

    @Test func recordedStepsAreNeverChangedAndNewStepsWaitForThem() throws {
        // given a deal whose customer already aligned their team and has a legal step with its own date
        let aligned = BuyingStep(
            id: "b1", title: "Ops agrees the problem", kind: .alignTeam, owner: .customer, due: today.adding(days: -20),
            status: .done, completed: today.adding(days: -21))
        let legal = BuyingStep(
            id: "b2", title: "Counsel reads the terms", kind: .legal, owner: .customer, due: today.adding(days: 100),
            status: .blocked, blocker: "waiting for the DPA")
        let dropped = BuyingStep(id: "b3", title: "Security questionnaire", kind: .securityReview, status: .cancelled)
        let deal = Opportunity(id: "o", accountId: "a", name: "d", buyingProcess: [aligned, legal, dropped])
        // when
        let plan = try PlanTemplate.standard.apply(to: deal, anchor: .today, asOf: today)
        // then the recorded steps come first, untouched, and stand for their template steps
        #expect(Array(plan.steps.prefix(3)) == [aligned, legal, dropped])
        #expect(plan.kept == ["b1", "b3", "b2"])
        #expect(plan.added.count == 9)
        #expect(!plan.steps.dropFirst(3).contains { [.alignTeam, .legal, .securityReview].contains($0.kind) })
        // criteria starts today (alignment is done); procurement waits for the recorded legal date
        let criteria = try #require(plan.steps.first { $0.kind == .successCriteria })
        #expect(criteria.dependsOn == ["b1"] && criteria.due == today.adding(days: 7))
        let procurement = try #require(plan.steps.first { $0.kind == .procurement })
        #expect(procurement.dependsOn.contains("b2"))
        #expect(procurement.due == today.adding(days: 110))
    }

    @Test func newIdsNeverCollideWithRecordedOnes() throws {
        let deal = Opportunity(
            id: "o", accountId: "a", name: "d",
            buyingProcess: [BuyingStep(id: "plan-align", title: "Kickoff call", kind: .other)])
        let plan = try PlanTemplate.standard.apply(to: deal, anchor: .today, asOf: today)
        #expect(Set(plan.steps.map(\.id)).count == plan.steps.count)
        #expect(plan.added.first == "plan-align-2")
    }

    @Test func planningBackwardsNeedsACloseDateAhead() {
        let none = Opportunity(id: "o", accountId: "a", name: "d")
        #expect(throws: PlanApplyError.noCloseDate("o")) {
            try PlanTemplate.standard.apply(to: none, anchor: .closeDate, asOf: today)
        }
        let past = Opportunity(id: "o", accountId: "a", name: "d", closeDate: today.adding(days: -1))
        #expect(throws: PlanApplyError.closeDatePassed("o", today.adding(days: -1))) {
            try PlanTemplate.standard.apply(to: past, anchor: .closeDate, asOf: today)
        }
    }

    @Test func aPlaybookTemplatePerDealTypeIsReadAndUsed() throws {
        // given a playbook with a renewal template
        let json = try JSONParser.parse(
            Array(
                #"""
                {"planTemplates": {"renewal": [
                  {"key": "usage", "title": "Team reviews last year's results", "kind": "evaluation", "days": 14},
                  {"key": "budget", "title": "Budget holder confirms the renewal", "kind": "budget", "dependsOn": ["usage"]},
                  {"key": "prep", "title": "Renewal quote prepared", "owner": "seller", "internal": true, "days": 2}
                ]}}
                """#.utf8))
        let playbook = try Playbook(json: json)
        let template = try #require(playbook.planTemplate(named: "renewal"))
        #expect(playbook.planTemplateNames == ["standard", "renewal"])
        #expect(playbook.planTemplate(named: "standard") == .standard)
        #expect(playbook.planTemplate(named: "nope") == nil)
        // when applied
        let plan = try template.apply(to: Opportunity(id: "o", accountId: "a", name: "d"), anchor: .today, asOf: today)
        // then
        #expect(plan.steps.map(\.due) == [today.adding(days: 14), today.adding(days: 21), today.adding(days: 2)])
        #expect(plan.steps[2].internal == true && plan.steps[2].owner == .seller)
    }

    @Test(arguments: [
        (#"{"planTemplates": {"x": [{"key": "a", "title": "A", "dependsOn": ["b"]}]}}"#, "$.planTemplates[\"x\"][0]"),
        (#"{"planTemplates": {"x": [{"key": "a", "title": "A", "days": -1}]}}"#, "$.planTemplates[\"x\"][0].days"),
        (#"{"planTemplates": {"x": [{"key": "a", "title": "A", "kind": "lunch"}]}}"#, "$.planTemplates[\"x\"][0].kind"),
        (#"{"planTemplates": {"x": [{"title": "A"}]}}"#, "$.planTemplates[\"x\"][0]"),
        (#"{"planTemplates": {"x": []}}"#, "$.planTemplates[\"x\"]"),
    ])
    func aBadTemplateIsRejectedNamingItsPath(_ text: String, _ path: String) throws {
        let json = try JSONParser.parse(Array(text.utf8))
        #expect {
            _ = try Playbook(json: json)
        } throws: { error in
            (error as? PlaybookError)?.path == path
        }
    }
}
