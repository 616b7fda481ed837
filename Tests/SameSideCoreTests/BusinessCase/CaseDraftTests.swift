import Testing

@testable import SameSideCore

/// `sameside case` on a deal without business-case figures gives a draft, never a refusal.
@Suite struct CaseDraftTests {
    @Test func theWheresThePODealGetsADraftWithTheNumbersStillNeeded() throws {
        // given the "where's the PO?" deal, which has no business case
        let pipeline = DemoPipeline.make()
        let deal = try #require(pipeline.opportunities.first { $0.id == "o-harbor-rollout" })
        #expect(deal.businessCase == nil)
        let account = pipeline.accounts.first { $0.id == deal.accountId }
        // when
        let draft = CaseDraft(deal: deal, account: account, currency: pipeline.currency, asOf: pipeline.asOf!)
        // then it is marked as a draft, starts from what is known and lists each missing number with a source
        #expect(draft.text.hasPrefix("DRAFT business case"))
        #expect(draft.text.contains("Corrugator"))
        #expect(!draft.goals.isEmpty)
        #expect(draft.needs.contains { $0.what.hasPrefix("the investment") })
        #expect(draft.needs.contains { $0.what.contains("worth a year") })
        for need in draft.needs { #expect(!need.from.isEmpty) }
        #expect(draft.text.contains("Numbers still needed (\(draft.needs.count)):"))
        guard case .object(let json) = draft.json else { return #expect(Bool(false)) }
        #expect(json["draft"] == .bool(true))
    }

    @Test func aDraftAsksForTheCostOfDoingNothingOnlyWhenItIsUnknown() throws {
        // given a deal with a monthly cost of inaction and one without
        let account = Account(id: "a", name: "Acme")
        let known = Opportunity(
            id: "d1", accountId: "a", name: "Known cost",
            needToChange: NeedToChange(costOfInactionPerMonth: 12_000))
        let unknown = Opportunity(id: "d2", accountId: "a", name: "Unknown cost")
        // when
        let withCost = CaseDraft(deal: known, account: account, currency: "EUR", asOf: Day("2026-11-25")!)
        let withoutCost = CaseDraft(deal: unknown, account: account, currency: "EUR", asOf: Day("2026-11-25")!)
        // then
        #expect(withCost.costOfDoingNothing?.perMonth == 12_000)
        #expect(!withCost.needs.contains { $0.what.contains("each month of doing nothing") })
        #expect(withoutCost.needs.contains { $0.what.contains("each month of doing nothing") })
        #expect(withoutCost.needs.contains { $0.what.contains("payback period") })
    }
}
