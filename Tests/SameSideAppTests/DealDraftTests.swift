import SameSideApp
import SameSideCore
import Testing

@Suite("A deal's fields typed into the edit form")
struct DealDraftTests {
    static let today = Day("2026-12-06")!
    static let deal = Opportunity(
        id: "d1", accountId: "a1", name: "Line 3", owner: "Sam", amount: 100_000, stage: "proposal", status: .open,
        closeDate: Day("2026-12-31"))

    @Test("a new stage and close date go into the history dated today; unchanged ones add nothing")
    func history() throws {
        var draft = DealDraft(Self.deal)
        #expect(try draft.apply(to: Self.deal, today: Self.today).get() == Self.deal)
        draft.stage = "negotiation"
        draft.closeDate = "2027-02-28"
        let changed = try draft.apply(to: Self.deal, today: Self.today).get()
        #expect(changed.stageHistory == [StageChange(stage: "negotiation", date: Self.today)])
        #expect(changed.closeDateHistory == [CloseDateChange(closeDate: Day("2027-02-28")!, changedOn: Self.today)])
    }

    @Test("a pause needs its reason; clearing the pause clears the reason; bad numbers and dates are named")
    func pauseAndErrors() throws {
        var draft = DealDraft(Self.deal)
        draft.pausedUntil = "2027-01-15"
        guard case .failure(let errors) = draft.apply(to: Self.deal, today: Self.today) else {
            Issue.record("a pause without a reason was accepted")
            return
        }
        #expect(Set(errors.messages.keys) == ["pauseReason"])
        draft.pauseReason = "Waiting for their budget"
        let paused = try draft.apply(to: Self.deal, today: Self.today).get()
        #expect(paused.pausedUntil == Day("2027-01-15") && paused.pauseReason == "Waiting for their budget")
        var cleared = DealDraft(paused)
        cleared.pausedUntil = ""
        let resumed = try cleared.apply(to: paused, today: Self.today).get()
        #expect(resumed.pausedUntil == nil && resumed.pauseReason == nil)
        let bad = DealDraft(name: "", amount: "12abc", closeDate: "31.12.2026")
        guard case .failure(let badErrors) = bad.apply(to: Self.deal, today: Self.today) else {
            Issue.record("bad fields were accepted")
            return
        }
        #expect(Set(badErrors.messages.keys) == ["name", "amount", "closeDate"])
    }
}
