import Testing

@testable import SameSideCore

@Suite struct PlanDatesTests {
    let today = Day("2026-11-25")!

    @Test func aStepDueAfterADoneStepIsDueItsDaysAfterTheDayThatStepWasDone() {
        let steps = [
            BuyingStep(id: "case", title: "Case", status: .done, completed: today.adding(days: -4)),
            BuyingStep(id: "approval", title: "Approval", due: today, dueAfter: RelativeDue(step: "case", days: 10)),
        ]
        #expect(PlanDates.resolved(steps)[1].due == today.adding(days: 6))
    }

    @Test func aStepDueAfterAnOpenStepFollowsThatStepsOwnDueDateThroughAChain() {
        let steps = [
            BuyingStep(id: "a", title: "A", due: today.adding(days: 5)),
            BuyingStep(id: "b", title: "B", dueAfter: RelativeDue(step: "a", days: 10)),
            BuyingStep(id: "c", title: "C", dueAfter: RelativeDue(step: "b", days: 3)),
        ]
        #expect(
            PlanDates.resolved(steps).map(\.due) == [
                today.adding(days: 5), today.adding(days: 15), today.adding(days: 18),
            ])
    }

    @Test func withoutADayToCountFromTheFixedDueDateStandsAndCyclesEnd() {
        let steps = [
            BuyingStep(id: "a", title: "A", due: today, dueAfter: RelativeDue(step: "b", days: 1)),
            BuyingStep(id: "b", title: "B", due: today.adding(days: 3), dueAfter: RelativeDue(step: "a", days: 1)),
            BuyingStep(id: "c", title: "C", due: today, dueAfter: RelativeDue(step: "d", days: 2)),
            BuyingStep(id: "d", title: "D", status: .done),
        ]
        let resolved = PlanDates.resolved(steps)
        #expect(resolved[2].due == today)
        #expect(resolved[0].due != nil && resolved[1].due != nil)
    }

    @Test func aRelativeDateMakesAStepOverdueInTheReview() {
        // given an approval due 10 days after a business case that was done 15 days ago
        let deal = Opportunity(
            id: "o", accountId: "a", name: "d",
            buyingProcess: [
                BuyingStep(id: "case", title: "Case", owner: .joint, status: .done, completed: today.adding(days: -15)),
                BuyingStep(
                    id: "approval", title: "Board approves", owner: .customer,
                    dueAfter: RelativeDue(step: "case", days: 10)),
            ])
        // then it is 5 days late and the plan is at risk
        let facts = ReviewInput(deal: deal, account: nil, seller: nil, asOf: today).facts
        #expect(facts.overdueSteps.map(\.daysLate) == [5])
        #expect(facts.planStatus == .atRisk)
    }

    @Test func aCancelledStepIsNeitherOverdueNorPartOfTheCustomersSteps() {
        let deal = Opportunity(
            id: "o", accountId: "a", name: "d",
            buyingProcess: [
                BuyingStep(id: "a", title: "Legal", owner: .customer, due: today.adding(days: -30), status: .cancelled),
                BuyingStep(id: "b", title: "Order", owner: .customer, due: today.adding(days: 3)),
            ])
        let facts = ReviewInput(deal: deal, account: nil, seller: nil, asOf: today).facts
        #expect(facts.overdueSteps.isEmpty)
        #expect(facts.customerSteps.map(\.id) == ["b"])
        #expect(facts.planStatus == .onTrack)
    }
}
