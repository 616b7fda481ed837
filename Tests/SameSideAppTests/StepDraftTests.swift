import SameSideApp
import SameSideCore
import Testing

@Suite("A buying step typed into the deal's step form")
struct StepDraftTests {
    static let today = Day("2027-01-15")!
    static let review = BuyingStep(
        id: "b1", title: "Security review", owner: .customer, due: Day("2027-01-20"), status: .inProgress)
    static let approval = BuyingStep(id: "b2", title: "CFO approval", status: .notStarted, dependsOn: ["b1"])
    static let deal = Opportunity(id: "d1", accountId: "a1", name: "Line 3", buyingProcess: [review, approval])
    static let people = [Stakeholder(id: "s1", name: "Tom Becker")]

    static func apply(_ draft: StepDraft, to step: BuyingStep?, id: StepID = "b3") -> Result<BuyingStep, FieldErrors> {
        draft.apply(to: step, id: step?.id ?? id, in: deal, stakeholders: people, today: today)
    }

    @Test("an unchanged step saves as it was; a draft of it round-trips")
    func roundTrip() throws {
        #expect(try Self.apply(StepDraft(Self.review), to: Self.review).get() == Self.review)
        #expect(try Self.apply(StepDraft(Self.approval), to: Self.approval).get() == Self.approval)
    }

    @Test("moving a due date the step had needs who and why, and is logged with both and today")
    func dueMove() throws {
        var draft = StepDraft(Self.review)
        draft.due = "2027-02-10"
        guard case .failure(let errors) = Self.apply(draft, to: Self.review) else {
            Issue.record("a move without who and why was accepted")
            return
        }
        #expect(Set(errors.messages.keys) == ["movedBy", "moveReason"])
        draft.movedBy = "customer"
        draft.moveReason = "waiting-on-third-party"
        let moved = try Self.apply(draft, to: Self.review).get()
        #expect(
            moved.dueChanges == [
                DueDateChange(
                    from: Day("2027-01-20"), to: Day("2027-02-10")!, changedOn: Self.today, movedBy: .customer,
                    reason: .waitingOnThirdParty)
            ])
        var typed = StepDraft(moved)
        typed.due = "2027-03-01"
        typed.movedBy = "seller"
        typed.moveReasonText = "  our install team is booked  "
        let again = try Self.apply(typed, to: moved).get()
        #expect(again.dueChanges.count == 2)
        #expect(again.dueChanges.last?.reason == .other)
        #expect(again.dueChanges.last?.reasonText == "our install team is booked")
    }

    @Test("setting a first due date, or clearing one, is not a move and logs nothing")
    func notMoves() throws {
        var first = StepDraft(Self.approval)
        first.due = "2027-02-01"
        #expect(try Self.apply(first, to: Self.approval).get().dueChanges.isEmpty)
        var cleared = StepDraft(Self.review)
        cleared.due = ""
        let step = try Self.apply(cleared, to: Self.review).get()
        #expect(step.due == nil && step.dueChanges.isEmpty)
    }

    @Test("done records today as the day done; leaving done clears it")
    func completion() throws {
        var draft = StepDraft(Self.review)
        draft.status = "done"
        let done = try Self.apply(draft, to: Self.review).get()
        #expect(done.completed == Self.today && done.isDone)
        var reopened = StepDraft(done)
        reopened.status = "blocked"
        reopened.blocker = "pen test found two issues"
        let blocked = try Self.apply(reopened, to: done).get()
        #expect(blocked.completed == nil && !blocked.isDone && blocked.blocker == "pen test found two issues")
    }

    @Test("a new step takes a relative due date, dependencies and an owner among the account's people")
    func newStep() throws {
        let draft = StepDraft(
            title: "  Purchase order  ", owner: "customer", ownerStakeholderId: "s1", dueAfterStep: "b2",
            dueAfterDays: "7", dependsOn: ["b2", "", "b2"], status: "", isInternal: true)
        let step = try Self.apply(draft, to: nil).get()
        #expect(step.id == "b3" && step.title == "Purchase order")
        #expect(step.dueAfter == RelativeDue(step: "b2", days: 7))
        #expect(step.dependsOn == ["b2"] && step.ownerStakeholderId == "s1" && step.internal == true)
        #expect(step.status == nil)
    }

    @Test("unknown steps, people and choices, self references and bad day counts are each named")
    func errors() {
        let draft = StepDraft(
            title: " ", kind: "party", owner: "them", ownerStakeholderId: "s9", dueAfterStep: "b1",
            dueAfterDays: "4000", dependsOn: ["b1", "b9"], status: "finished")
        guard case .failure(let errors) = Self.apply(draft, to: Self.review) else {
            Issue.record("bad fields were accepted")
            return
        }
        #expect(
            Set(errors.messages.keys) == [
                "title", "kind", "owner", "ownerStakeholderId", "dueAfterStep", "dueAfterDays", "dependsOn", "status",
            ])
        var selfWait = StepDraft(Self.review)
        selfWait.dependsOn = ["b1"]
        guard case .failure(let selfErrors) = Self.apply(selfWait, to: Self.review) else {
            Issue.record("a step waiting for itself was accepted")
            return
        }
        #expect(selfErrors["dependsOn"] == "A step cannot wait for itself.")
        let daysWithoutStep = StepDraft(title: "x", dueAfterDays: "3")
        guard case .failure(let more) = Self.apply(daysWithoutStep, to: nil) else {
            Issue.record("days without a step were accepted")
            return
        }
        #expect(Set(more.messages.keys) == ["dueAfterStep"])
    }
}

@Suite("A customer company typed into the account form")
struct AccountDraftTests {
    static let account = Account(
        id: "a1", name: "Northwind", industry: "Food", employees: 850, region: "EMEA",
        context: AccountContext(
            markets: "UK retail", competitors: ["Acme", "Globex"],
            financialHurdles: FinancialHurdles(maxPaybackMonths: 18, hurdleRatePercent: 12)),
        goals: [Goal(id: "g1", statement: "Cut downtime")], stakeholders: [Stakeholder(id: "s1", name: "Dana")])

    @Test("an unchanged draft saves the account as it was; goals and people are kept")
    func roundTrip() throws {
        #expect(try AccountDraft(Self.account).apply(to: Self.account).get() == Self.account)
        var draft = AccountDraft(Self.account)
        draft.competitors = " Initech , , Acme "
        draft.maxPaybackMonths = ""
        draft.hurdleRatePercent = ""
        let changed = try draft.apply(to: Self.account).get()
        #expect(changed.context?.competitors == ["Initech", "Acme"])
        #expect(changed.context?.financialHurdles == nil)
        #expect(changed.goals == Self.account.goals && changed.stakeholders == Self.account.stakeholders)
    }

    @Test("bad name, size, payback and rate are each named")
    func errors() {
        let draft = AccountDraft(name: "  ", employees: "12.5", maxPaybackMonths: "0", hurdleRatePercent: "-1")
        guard case .failure(let errors) = draft.apply(to: Self.account) else {
            Issue.record("bad fields were accepted")
            return
        }
        #expect(Set(errors.messages.keys) == ["name", "employees", "maxPaybackMonths", "hurdleRatePercent"])
    }

    @Test("a new account's id comes from its name's letters and digits")
    func ids() {
        #expect(AccountDraft.baseID(for: "Bluefin Foods, Ltd.") == "a-bluefin-foods-ltd")
        #expect(AccountDraft.baseID(for: "<script>") == "a-script")
        #expect(AccountDraft.baseID(for: "שלום") == "a-account")
        #expect(AccountDraft.baseID(for: String(repeating: "x", count: 500)).count == 42)
    }
}
