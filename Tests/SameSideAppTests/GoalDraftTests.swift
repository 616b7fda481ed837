import SameSideApp
import SameSideCore
import Testing

@Suite("A goal typed into a form is checked field by field")
struct GoalDraftTests {
    @Test("a full draft becomes a goal with trimmed text, numbers with thousands commas and the date")
    func valid() throws {
        let draft = GoalDraft(
            statement: "  Cut scrap on line 3  ", category: "margin", metric: "scrap %", baseline: "1,200",
            target: "4.5", due: "2027-03-31", source: "seller-assumed")
        let goal = try draft.validated(id: "g9").get()
        #expect(goal.id == "g9")
        #expect(goal.statement == "Cut scrap on line 3")
        #expect(goal.category == .margin)
        #expect(goal.baseline == 1200 && goal.target == 4.5)
        #expect(goal.due == Day("2027-03-31"))
        #expect(goal.source == .sellerAssumed)
    }

    @Test("each bad field gets its own message; nothing else is reported")
    func invalid() {
        let draft = GoalDraft(
            statement: "", category: "world-peace", metric: "", baseline: "n/a", target: "inf", due: "2027-02-30",
            source: "rumour")
        guard case .failure(let errors) = draft.validated(id: "g1") else {
            Issue.record("a draft with bad fields was accepted")
            return
        }
        #expect(Set(errors.messages.keys) == ["statement", "category", "baseline", "target", "due", "source"])
        let onlyTarget = GoalDraft(statement: "Pass the audit", target: "10")
        guard case .failure(let metricMissing) = onlyTarget.validated(id: "g1") else {
            Issue.record("a target without a measure was accepted")
            return
        }
        #expect(Set(metricMissing.messages.keys) == ["metric"])
    }
}
