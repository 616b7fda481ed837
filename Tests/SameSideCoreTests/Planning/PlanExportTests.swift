import Testing

@testable import SameSideCore

@Suite struct PlanExportTests {
    let today = Day("2026-11-25")!

    func plan(audience: PlanAudience) -> PlanView {
        let account = Account(
            id: "a", name: "Birchwood Dairy",
            goals: [
                Goal(
                    id: "g", statement: "Cut milk lost to changeovers", metric: "litres lost per week", baseline: 6000,
                    target: 2000, due: Day("2027-09-30")!)
            ],
            stakeholders: [Stakeholder(id: "s1", name: "Rosa Lindqvist")])
        let deal = Opportunity(
            id: "o-1", accountId: "a", name: "Changeover analytics", amount: 987654, goalIds: ["g"],
            needToChange: NeedToChange(costOfInactionPerMonth: 30000),
            buyingProcess: [
                BuyingStep(
                    id: "b1", title: "Board approves | signs", owner: .customer, ownerStakeholderId: "s1",
                    due: today.adding(days: -3), blocker: "auditor's report"),
                BuyingStep(id: "x1", title: "Internal discount check", owner: .seller, due: today, internal: true),
            ])
        return PlanView(input: ReviewInput(deal: deal, account: account, seller: nil, asOf: today), audience: audience)
    }

    @Test func theCustomersMarkdownShowsGoalsStepsAndCostButNothingOfOurs() {
        let text = PlanExport.markdown(plan(audience: .customer))
        #expect(text.contains("- Cut milk lost to changeovers — litres lost per week: 6,000 → 2,000 by 2027-09-30"))
        #expect(text.contains("| Board approves \\| signs | Rosa Lindqvist (Birchwood Dairy) | 2026-11-22 | to do |"))
        #expect(text.contains("Each day of delay costs Birchwood Dairy about USD 1,000"))
        #expect(!text.contains("Internal discount") && !text.contains("987"))
        #expect(text.contains("Plan health: **At Risk**"))
    }

    @Test func theSellersMarkdownMarksInternalSteps() {
        let text = PlanExport.markdown(plan(audience: .seller))
        #expect(text.contains("| Internal discount check | us | 2026-11-25 | to do | internal |"))
    }

    @Test func theJSONHasTheStepsWithTheirUIDsAndTheSlipCost() throws {
        let json = PlanExport.json(plan(audience: .customer))
        let text = JSONSerializer.serialize(.object(json))
        let parsed = try JSONParser.parse(Array(text.utf8))
        guard case .object(let object) = parsed, case .array(let steps)? = object["steps"],
            case .object(let health)? = object["health"], case .array(let slips)? = health["slips"]
        else {
            Issue.record("unexpected shape: \(text)")
            return
        }
        #expect(steps.count == 1)
        #expect(object["status"] == .string("at-risk"))
        #expect(
            slips.first
                == .object([
                    "stepId": .string("b1"), "due": .string("2026-11-22"), "daysLate": .number(3),
                    "cost": .number(3000),
                ]))
        #expect(text.contains(PlanCalendar.uid(deal: "o-1", step: "b1")))
        #expect(!text.contains("x1") && !text.contains("987654"))
    }
}
