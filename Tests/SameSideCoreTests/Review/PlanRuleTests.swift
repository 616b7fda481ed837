import Testing

@testable import SameSideCore

/// The review's rules over the mutual plan (Tests/Fixtures/review/plan-rules.pipeline.json and deals built here).
@Suite struct PlanRuleTests {
    static func finding(_ rule: ReviewRule, deal: String) throws -> Finding? {
        rule.evaluate(try ReviewFixtures.input("plan-rules", deal: deal))
    }

    @Test(arguments: [
        ("Send PO", "send"), ("Sign the contract", "sign"), ("Get the purchase order from Ines", "get"),
        ("Please confirm the budget", "confirm"), ("Review the security answers", "review"),
        ("Schedule the kickoff", "schedule"),
    ])
    func aTitleOpeningWithABareVerbIsAnInstruction(_ title: String, _ verb: String) {
        #expect(StepWording.actor(of: title) == .instruction(verb: verb))
    }

    @Test(arguments: [
        "Finance issues the purchase order", "Dana approves the budget", "Transfer team names the lines to move first",
        "Security review", "Review meeting with IT", "Budget line in the consolidation plan",
        "Demo with the canning crew", "Capital top-up approved", "Supplier onboarding and PO",
        "Install plan agreed with maintenance", "IT and legal approve the terms", "Purchase order issued", "",
    ])
    func aTitleWithTheCustomerAsSubjectOrNoActorIsNotOurs(_ title: String) {
        #expect(StepWording.actor(of: title) == .other, "\(title)")
    }

    @Test func aTitleWithWeAsSubjectIsOurs() {
        #expect(StepWording.actor(of: "We present the business case to the CFO") == .us)
        #expect(StepWording.actor(of: "Then we send the order form") == .us)
    }

    @Test func everyStepOfTheStandardTemplateIsWordedForTheCustomer() {
        for step in PlanTemplate.standard.steps {
            #expect(StepWording.actor(of: step.title) == .other, "\(step.title)")
        }
    }

    @Test func sellerWordedStepsAreQuotedWithWhatIsWrongWithThem() throws {
        // given a plan with "Send PO", "Sign the contract" and "We present …"
        let finding = try #require(try Self.finding(.stepsWordedForSeller, deal: "o-worded"))
        // then each is named, and the severity rises with how many there are
        #expect(finding.evidence.contains { $0.hasPrefix("\"Send PO\" is an instruction (\"send …\")") })
        #expect(finding.evidence.contains { $0.hasPrefix("\"Sign the contract\" is an instruction") })
        #expect(finding.evidence.contains { $0 == "\"We present the business case to the CFO\" says what we do" })
        #expect(finding.severity == .medium)
    }

    @Test func anInstructionOnAJointStepIsNotFlagged() {
        // given a joint step worded as an instruction to both sides
        let deal = Opportunity(
            id: "o", accountId: "a", name: "d",
            buyingProcess: [BuyingStep(id: "b", title: "Agree the success criteria", owner: .joint)])
        // then
        #expect(
            ReviewRule.stepsWordedForSeller.evaluate(ReviewInput(deal: deal, account: nil, seller: nil, asOf: day))
                == nil)
    }

    @Test func aPlanOfOurAndJointStepsOnlyIsOurs() throws {
        let finding = try #require(try Self.finding(.noCustomerStep, deal: "o-ours"))
        #expect(finding.evidence[0] == "the plan lists 3 steps: 2 ours, 1 joint, none owned by Birchwood Dairy")
    }

    @Test func aSingleJointStepOrOnlyJointStepsAreNotOurPlan() {
        let pilot = BuyingStep(id: "a", title: "Pilot at a depot", owner: .joint)
        let review = BuyingStep(id: "b", title: "Pilot results reviewed together", owner: .joint)
        for steps in [[pilot], [pilot, review]] {
            let deal = Opportunity(id: "o", accountId: "a", name: "d", buyingProcess: steps)
            #expect(
                ReviewRule.noCustomerStep.evaluate(ReviewInput(deal: deal, account: nil, seller: nil, asOf: day)) == nil
            )
        }
    }

    @Test func oneCustomerStepIsEnoughToSilenceNoCustomerStep() {
        let deal = Opportunity(
            id: "o", accountId: "a", name: "d",
            buyingProcess: [
                BuyingStep(id: "a", title: "Pricing call", owner: .seller),
                BuyingStep(id: "b", title: "Board approves the spend", owner: .customer),
            ])
        #expect(
            ReviewRule.noCustomerStep.evaluate(ReviewInput(deal: deal, account: nil, seller: nil, asOf: day)) == nil)
    }

    @Test func everyCustomerStepOnOnePersonNamesThemAndTheStepsOthersUsuallyDo() throws {
        let finding = try #require(try Self.finding(.customerStepsOnOnePerson, deal: "o-one"))
        #expect(finding.title == "Every customer step is on Rosa Lindqvist")
        #expect(finding.evidence[0] == "all 4 customer steps are on Rosa Lindqvist")
        #expect(finding.evidence[1].hasPrefix("including management approval and procurement"))
    }

    @Test func twoPeopleOnTheCustomerStepsSilenceTheOnePersonRule() {
        let deal = Opportunity(
            id: "o", accountId: "a", name: "d",
            buyingProcess: (1...4).map { n in
                BuyingStep(
                    id: StepID("b\(n)"), title: "Step \(n)", owner: .customer, ownerStakeholderId: n == 4 ? "s2" : "s1")
            })
        #expect(
            ReviewRule.customerStepsOnOnePerson.evaluate(ReviewInput(deal: deal, account: nil, seller: nil, asOf: day))
                == nil)
    }

    @Test(arguments: [(30, false), (31, true)])
    func thePlanIsTooLongPastThePlaybooksLimit(_ steps: Int, _ fires: Bool) {
        let deal = Opportunity(
            id: "o", accountId: "a", name: "d",
            buyingProcess: (1...steps).map {
                BuyingStep(id: StepID("b\($0)"), title: "Milestone \($0)", owner: .customer)
            }
                + [BuyingStep(id: "x", title: "Dropped", owner: .customer, status: .cancelled)])
        let input = ReviewInput(deal: deal, account: nil, seller: nil, asOf: day)
        #expect((ReviewRule.planTooLong.evaluate(input) != nil) == fires)
    }

    @Test func movedDatesSayHowOftenWhoMovedThemAndWhy() throws {
        // given a step moved three times, twice by us because the date was never real
        let finding = try #require(try Self.finding(.stepDatesMoved, deal: "o-moved"))
        // then
        #expect(
            finding.evidence[0]
                == "\"CFO reviews the savings case\" moved 3 times, twice by us, once by Birchwood Dairy "
                + "(the date was never real ×2; waiting for the auditor's report), last to 2026-12-18 on 2026-11-25")
        #expect(finding.title == "We keep moving the customer's dates")
        #expect(finding.severity == .medium)
    }

    @Test func oneMoveByTheCustomerIsNotAPattern() {
        let deal = Opportunity(
            id: "o", accountId: "a", name: "d",
            buyingProcess: [
                BuyingStep(
                    id: "b", title: "Board approves the spend", owner: .customer, due: day.adding(days: 10),
                    dueChanges: [DueDateChange(to: day.adding(days: 10), changedOn: day, movedBy: .customer)])
            ])
        #expect(
            ReviewRule.stepDatesMoved.evaluate(ReviewInput(deal: deal, account: nil, seller: nil, asOf: day)) == nil)
    }

    @Test func anOverdueStepSaysHowOftenItMoved() {
        let deal = Opportunity(
            id: "o", accountId: "a", name: "d",
            buyingProcess: [
                BuyingStep(
                    id: "b", title: "Board approves the spend", owner: .customer, due: day.adding(days: -3),
                    dueChanges: [
                        DueDateChange(to: day.adding(days: -10), changedOn: day.adding(days: -20), movedBy: .seller),
                        DueDateChange(to: day.adding(days: -3), changedOn: day.adding(days: -11), movedBy: .customer),
                    ])
            ])
        let finding = ReviewRule.stepsOverdue.evaluate(ReviewInput(deal: deal, account: nil, seller: nil, asOf: day))
        #expect(finding?.evidence.first?.hasSuffix("3 days late, moved twice, once by us, once by a") == true)
    }

    let day = Day("2026-11-25")!
}
