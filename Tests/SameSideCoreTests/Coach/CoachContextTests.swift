import Testing

@testable import SameSideCore

@Suite struct CoachContextTests {
    static let account = Account(
        id: "a1", name: "Northwind Lifts",
        goals: [
            Goal(
                id: "g1", statement: "Fix more elevator faults on the first visit", metric: "first-time fix rate (%)",
                baseline: 71, target: 85, due: Day("2027-06-30"), source: .customerStated),
            Goal(id: "g2", statement: "Cut overtime in the Midtown depot", source: .sellerAssumed),
        ],
        stakeholders: [Stakeholder(id: "s1", name: "Marta Silva")])

    static let deal = Opportunity(
        id: "o1", accountId: "a1", name: "Field service", goalIds: ["g1", "g2"],
        needToChange: NeedToChange(
            compellingEvent: CompellingEvent(what: "Harbour Towers contract renewal", date: Day("2027-03-01"))),
        buyingProcess: [
            BuyingStep(id: "b1", title: "Pilot in Midtown", owner: .joint, status: .done),
            BuyingStep(
                id: "b2", title: "Procurement vendor onboarding", kind: .procurement, owner: .customer,
                due: Day("2026-12-15")),
            BuyingStep(id: "b3", title: "Internal forecast call", owner: .seller),
            BuyingStep(id: "b4", title: "Board sign-off", owner: .customer, status: .cancelled),
        ])

    @Test func contextComesFromTheDealsGoalsEventAndOpenCustomerSteps() {
        let context = CoachContext(account: Self.account, opportunity: Self.deal, seller: Seller(name: "LiftIQ"))
        #expect(context.goals.map(\.statement) == Self.account.goals.map(\.statement))
        #expect(context.goals[1].customerStated == false)
        #expect(context.openSteps.map(\.title) == ["Procurement vendor onboarding"])
        #expect(context.compellingEvent?.what == "Harbour Towers contract renewal")
        #expect(context.sellerNames == ["LiftIQ"])
        #expect(context.customerPeople == ["Marta Silva"])
    }

    @Test func aMessageThatUsesTheirGoalIsAligned() {
        let context = CoachContext(account: Self.account, opportunity: Self.deal)
        let report = MessageCoach().coach(
            "Marta, the pilot moved first-time fix from 71 to 79. What would get you to 85 on the elevator faults?",
            context: context)
        #expect(report.goalAlignment?.mentioned.contains("Fix more elevator faults on the first visit") == true)
        #expect(report.goalAlignment?.coverage == 0.5)
    }

    @Test func aMessageThatIgnoresTheirGoalsGetsConcreteSuggestions() {
        let context = CoachContext(account: Self.account, opportunity: Self.deal)
        let report = MessageCoach().coach("Just checking in on the PO. Any update?", context: context)
        let suggestions = report.goalAlignment?.suggestions ?? []
        #expect(suggestions.first == "their target: first-time fix rate (%) from 71 to 85 by 2027-06-30")
        #expect(
            suggestions.contains {
                $0.hasPrefix("their compelling event: Harbour Towers contract renewal (2027-03-01)")
            })
        #expect(
            suggestions.contains { $0.hasPrefix("their open step: Procurement vendor onboarding (due 2026-12-15)") })
        #expect(report.goalAlignment?.coverage == 0)
    }

    @Test func theirNamesCountAsReferencesToThemAndOursToUs() {
        let context = CoachContext(
            customerName: "Northwind Lifts", customerPeople: ["Marta Silva"], sellerNames: ["LiftIQ"])
        let withContext = MessageCoach().coach("Northwind crews and LiftIQ engineers met.", context: context).metrics
        #expect(withContext.customerReferences == 1)
        #expect(withContext.sellerReferences == 1)
    }
}
