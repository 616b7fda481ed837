import Testing

@testable import SameSideCore

/// What a customer's contact may change on their shared plan, and how each change is recorded.
@Suite("Contact changes to the shared plan")
struct ContactChangeTests {
    static let today = Day("2026-11-25")!
    static let account = Account(
        id: "a1", name: "Northline",
        stakeholders: [Stakeholder(id: "s-ops", name: "Marta Kowalski"), Stakeholder(id: "s-it", name: "Ian Wu")])
    static let deal = Opportunity(
        id: "o1", accountId: "a1", name: "Dispatch",
        buyingProcess: [
            BuyingStep(id: "b1", title: "Ops agree", kind: .alignTeam, owner: .customer, due: Day("2026-11-20")),
            BuyingStep(id: "b2", title: "Send proposal", owner: .seller, internal: true),
            BuyingStep(id: "b3", title: "Demo environment ready", owner: .seller),
            BuyingStep(
                id: "b4", title: "Budget approved", kind: .budget, owner: .joint,
                dueAfter: RelativeDue(step: "b1", days: 10)),
            BuyingStep(id: "c1", title: "Earlier contact step", owner: .customer, status: .cancelled),
        ])
    static let marta = PlanContact(link: "marta kowalski", in: account)

    func apply(_ change: ContactChange, to deal: Opportunity = deal) -> Result<Opportunity, ContactChangeError> {
        change.applied(to: deal, by: Self.marta, on: Self.today)
    }

    @Test("the link's contact is found by id or name; otherwise the typed name is kept")
    func contactIsResolved() {
        #expect(Self.marta == PlanContact(name: "Marta Kowalski", stakeholderId: "s-ops"))
        #expect(PlanContact(link: "s-it", in: Self.account).stakeholderId == "s-it")
        #expect(PlanContact(link: " dana@example.com ", in: Self.account) == PlanContact(name: "dana@example.com"))
    }

    @Test("marking a step done sets status and day and logs an inbound activity from the contact")
    func markDone() throws {
        let changed = try apply(.markDone(step: "b1")).get()
        let step = changed.buyingProcess[0]
        #expect(step.status == .done && step.completed == Self.today)
        #expect(step.evidence == "marked done by Marta Kowalski on the shared plan")
        let activity = try #require(changed.activities.last)
        #expect(activity.direction == .inbound && activity.initiatedBy == .customer)
        #expect(activity.stakeholderIds == ["s-ops"] && activity.date == Self.today)
        #expect(activity.summary == "Marta Kowalski marked \"Ops agree\" done on the shared plan")
        #expect(apply(.markDone(step: "b1"), to: changed) == .failure(.alreadyDone))
        #expect(apply(.markBlocked(step: "b1", blocker: "x"), to: changed) == .failure(.alreadyDone))
        let moved = ContactChange.proposeDate(step: "b1", due: Self.today, reason: .newObstacle, reasonText: nil)
        #expect(apply(moved, to: changed) == .failure(.alreadyDone))
    }

    @Test("an internal step answers as a missing one; a supplier's or cancelled step is not theirs")
    func onlyTheirSteps() {
        #expect(apply(.markDone(step: "b2")) == .failure(.noSuchStep))
        #expect(apply(.markDone(step: "nope")) == .failure(.noSuchStep))
        #expect(apply(.markBlocked(step: "b3", blocker: "x")) == .failure(.notTheirStep))
        #expect(apply(.markDone(step: "c1")) == .failure(.notTheirStep))
    }

    @Test("a proposed date fixes a relative date and records from, to, who, when and why")
    func proposeDate() throws {
        let to = Day("2026-12-20")!
        let changed = try apply(.proposeDate(step: "b4", due: to, reason: .prioritiesChanged, reasonText: " ")).get()
        let step = changed.buyingProcess[3]
        #expect(step.due == to && step.dueAfter == nil)
        #expect(
            step.dueChanges == [
                DueDateChange(
                    from: Day("2026-11-30"), to: to, changedOn: Self.today, movedBy: .customer,
                    reason: .prioritiesChanged)
            ])
        #expect(changed.activities.last?.summary?.hasSuffix("on the shared plan: priorities changed") == true)
    }

    @Test("a date needs a reason, and a new date; bad text is refused")
    func refusals() {
        let to = Day("2026-12-20")!
        #expect(apply(.proposeDate(step: "b1", due: to, reason: nil, reasonText: "")) == .failure(.reasonMissing))
        #expect(apply(.proposeDate(step: "b1", due: to, reason: .other, reasonText: nil)) == .failure(.reasonMissing))
        #expect(
            apply(.proposeDate(step: "b1", due: Day("2026-11-20")!, reason: .newObstacle, reasonText: nil))
                == .failure(.nothingChanged))
        #expect(apply(.markBlocked(step: "b1", blocker: " \n")) == .failure(.empty(field: "blocker")))
        #expect(
            apply(.comment(String(repeating: "x", count: 4_001))) == .failure(.tooLong(field: "comment", limit: 4_000)))
    }

    @Test("an added step is the customer's, owned by the contact, with an id not used before")
    func addStep() throws {
        let changed = try apply(.addStep(title: "IT sign-off", due: nil)).get()
        let step = try #require(changed.buyingProcess.last)
        #expect(step.id == "c2" && step.owner == .customer && step.ownerStakeholderId == "s-ops")
        #expect(step.internal == nil)
        var full = Self.deal
        full.buyingProcess += (0..<60).map { BuyingStep(id: StepID("x\($0)"), title: "step") }
        #expect(apply(.addStep(title: "one more", due: nil), to: full) == .failure(.tooManySteps(limit: 60)))
    }
}
