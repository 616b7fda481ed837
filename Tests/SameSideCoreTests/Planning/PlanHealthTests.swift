import Testing

@testable import SameSideCore

@Suite struct PlanHealthTests {
    let today = Day("2026-11-25")!

    func input(daysLate: [Int], monthly: Double?) -> ReviewInput {
        let account = Account(
            id: "a", name: "Birchwood Dairy", stakeholders: [Stakeholder(id: "s1", name: "Rosa Lindqvist")])
        let deal = Opportunity(
            id: "o", accountId: "a", name: "d", amount: 90000,
            needToChange: NeedToChange(costOfInactionPerMonth: monthly, costOfInactionBasis: "milk written off."),
            buyingProcess: daysLate.enumerated().map { index, late in
                BuyingStep(
                    id: StepID("b\(index)"), title: "Step \(index)", owner: .customer, ownerStakeholderId: "s1",
                    due: today.adding(days: -late))
            })
        return ReviewInput(deal: deal, account: account, seller: nil, asOf: today, currency: "EUR")
    }

    @Test(arguments: [
        ([0], MutualPlanStatus.onTrack), ([1], .atRisk), ([6, 2], .atRisk), ([7], .stalled), ([2, 30], .stalled),
    ])
    func theStatusFollowsTheMostOverdueCustomerStep(_ late: [Int], _ status: MutualPlanStatus) {
        #expect(PlanHealth(input: input(daysLate: late, monthly: 30000)).status == status)
    }

    @Test func eachOverdueStepCostsItsDaysLateTimesTheMonthlyCostOverThirty() {
        // given two overdue steps at EUR 30,000 a month of doing nothing
        let health = PlanHealth(input: input(daysLate: [3, 9, 0], monthly: 30000))
        // then most late first, each with its own cost
        #expect(health.slips.map(\.stepId) == ["b1", "b0"])
        #expect(health.slips.map(\.cost) == [9000, 3000])
        #expect(health.currency == "EUR")
        #expect(
            health.sellerLines[0]
                == "\"Step 1\" (Rosa Lindqvist) is 9 days late (due 2026-11-16): at EUR 30,000/month of doing nothing, "
                + "that has cost Birchwood Dairy about EUR 9,000")
        #expect(
            health.customerLines[0]
                == "Step 1 is 9 days behind the date we agreed (2026-11-16). Each day of delay costs Birchwood Dairy "
                + "about EUR 1,000 (milk written off): about EUR 9,000 so far.")
    }

    @Test func withoutACostOfDoingNothingNoCostIsInvented() {
        let health = PlanHealth(input: input(daysLate: [4], monthly: nil))
        #expect(health.slips.map(\.cost) == [nil])
        #expect(health.customerLines == ["Step 0 is 4 days behind the date we agreed (2026-11-21)."])
        #expect(!health.customerLines.joined().contains("90,000"))
    }
}
