import Testing

@testable import SameSideCore

/// `sameside plan` fits the deal's state: silence, a pause and a doubtful fit come before any meeting.
@Suite struct PlanFitsDealStateTests {
    static func plan(_ dealId: DealID) throws -> CallPlan {
        let pipeline = DemoPipeline.make()
        let asOf = try #require(pipeline.asOf)
        let deal = try #require(pipeline.opportunities.first { $0.id == dealId })
        let account = try #require(pipeline.accounts.first { $0.id == deal.accountId })
        let review = ReviewEngine().review(
            deal: deal, account: account, seller: pipeline.seller, playbook: .standard, asOf: asOf,
            currency: pipeline.currency)
        return CallPlanner().plan(deal: deal, account: account, asOf: asOf, findings: review.findings)
    }

    @Test func aSilentCustomerIsReEngagedBeforeAnyMeeting() throws {
        // given the "where's the PO?" deal, chased four times without an answer
        let plan = try Self.plan("o-harbor-rollout")
        // then the plan starts with one note that asks for nothing, and the meeting waits for their reply
        let first = try #require(plan.firstStep)
        #expect(first.kind == .reEngage)
        #expect(first.text.contains("asks for nothing"))
        #expect(first.text.contains("only once they reply"))
        #expect(plan.jsonObject["firstStep"] != nil)
    }

    @Test func aPausedDealWaitsForTheDateTheCustomerSet() throws {
        // given the deal the customer paused until 15 January
        let plan = try Self.plan("o-orion-porosity")
        // then
        let first = try #require(plan.firstStep)
        #expect(first.kind == .wait)
        #expect(first.text.contains("2027-01-15"))
        #expect(first.text.contains("Dayton move"))
    }

    @Test func anOutOfProfileProspectIsAskedTheFitQuestionFirst() throws {
        // given the demo's prospect outside the profile
        let plan = try Self.plan("o-fernwood-scheduling")
        // then fit is settled first, in a discovery meeting, with the fit question on top
        let first = try #require(plan.firstStep)
        #expect(first.kind == .checkFit)
        #expect(plan.meeting == .discovery)
        #expect(plan.questions.first?.closes == "fit")
    }

    @Test func aDealThatIsMovingIsPlannedStraightAway() throws {
        // given the demo's deal where the customer is pulling
        let plan = try Self.plan("o-northwind-line3")
        // then no first step holds the meeting back
        #expect(plan.firstStep == nil)
    }
}
