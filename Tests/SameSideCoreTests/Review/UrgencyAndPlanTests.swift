import Testing

@testable import SameSideCore

@Suite struct UrgencyAndPlanTests {
    let asOf = Day("2026-11-25")!

    @Test func inactionCostGrowsMonthlyOverTwelveMonthsWithoutCompellingEvent() {
        let need = NeedToChange(costOfInactionPerMonth: 1000, costOfInactionGrowthPercentPerMonth: 10)
        let figures = UrgencyFigures(need: need, asOf: asOf, defaultHorizonMonths: 12, overdueDays: 0)
        // 1000 · (1.1^12 − 1) / 0.1
        #expect(figures.horizonMonths == 12)
        #expect(abs((figures.inactionCost ?? 0) - 21_384.28) < 0.01)
    }

    @Test func horizonRunsToACompellingEventFurtherAwayThanThePlaybooksHorizon() {
        // given an event 18 months ahead
        let need = NeedToChange(
            compellingEvent: CompellingEvent(what: "plant closure", date: Day("2028-05-20")),
            costOfInactionPerMonth: 10_000, changeCost: 50_000)
        // when
        let figures = UrgencyFigures(need: need, asOf: asOf, defaultHorizonMonths: 12, overdueDays: 0)
        // then
        #expect(figures.horizonIsCompellingEvent)
        #expect(figures.horizonMonths == 18)
        #expect(figures.inactionCost == 180_000)
    }

    @Test func aNearCompellingEventDoesNotShortenTheHorizon() {
        // given an event four months ahead: waiting goes on costing after it (the old rule summed only four months)
        let need = NeedToChange(
            compellingEvent: CompellingEvent(what: "renewal", date: Day("2027-03-01")), costOfInactionPerMonth: 10_000,
            changeCost: 50_000)
        // when
        let figures = UrgencyFigures(need: need, asOf: asOf, defaultHorizonMonths: 12, overdueDays: 0)
        // then
        #expect(!figures.horizonIsCompellingEvent)
        #expect(figures.compellingEventAhead)
        #expect(figures.horizonBasis == .playbook)
        #expect(figures.horizonMonths == 12)
        #expect(figures.inactionToChangeRatio == 2.4)
    }

    @Test func theCustomersPaybackLimitIsTheHorizonWhenOnFile() {
        // given a customer who accepts a 36-month payback and a business case over 5 years
        let need = NeedToChange(costOfInactionPerMonth: 18_000, changeCost: 420_000)
        // when
        let figures = UrgencyFigures(
            need: need, asOf: asOf, defaultHorizonMonths: 12, overdueDays: 0, paybackLimitMonths: 36,
            businessCaseYears: 5)
        // then: 36 months of inaction (648,000) pay for the change, so doing nothing is not cheaper for them
        #expect(figures.horizonBasis == .paybackLimit)
        #expect(figures.horizonMonths == 36)
        #expect(figures.inactionCost == 648_000)
        #expect((figures.inactionToChangeRatio ?? 0) > 1)
    }

    @Test func theBusinessCaseHorizonIsUsedWithoutAPaybackLimit() {
        let need = NeedToChange(costOfInactionPerMonth: 25_000, changeCost: 1_200_000)
        let figures = UrgencyFigures(
            need: need, asOf: asOf, defaultHorizonMonths: 12, overdueDays: 0, businessCaseYears: 5)
        #expect(figures.horizonBasis == .businessCase)
        #expect(figures.horizonMonths == 60)
        #expect(figures.inactionCost == 1_500_000)
    }

    @Test func aLegacyReplacementWithinTheCustomersPaybackLimitIsNotInactionCheaper() throws {
        // given the healthy legacy replacement story (payback limit 36 months, event in 5 months)
        let review = try ReviewStory.all().first { $0.name == "02-legacy-erp-freight" }.map { try $0.review() }
        // then
        let found = try #require(review)
        #expect(!found.findings.contains { $0.rule == "inaction-cheaper" })
    }

    @Test func passedCompellingEventFallsBackToTheDefaultHorizon() {
        let need = NeedToChange(compellingEvent: CompellingEvent(date: Day("2026-10-01")), costOfInactionPerMonth: 100)
        let figures = UrgencyFigures(need: need, asOf: asOf, defaultHorizonMonths: 12, overdueDays: 0)
        #expect(figures.compellingEventPassed)
        #expect(figures.horizonMonths == 12)
    }

    @Test func slipCostIsDaysLateTimesMonthlyCostOverThirty() {
        let need = NeedToChange(costOfInactionPerMonth: 30_000)
        let figures = UrgencyFigures(need: need, asOf: asOf, defaultHorizonMonths: 12, overdueDays: 9)
        #expect(figures.slipCost == 9_000)
    }

    @Test func nonFiniteMoneyCountsAsUnknown() {
        let need = NeedToChange(costOfInactionPerMonth: .infinity, changeCost: .nan)
        let figures = UrgencyFigures(need: need, asOf: asOf, defaultHorizonMonths: 12, overdueDays: 3)
        #expect(figures.inactionCost == nil)
        #expect(figures.inactionToChangeRatio == nil)
    }

    @Test(arguments: [(0, MutualPlanStatus.onTrack), (1, .atRisk), (6, .atRisk), (7, .stalled), (30, .stalled)])
    func planStatusFollowsTheMostOverdueCustomerStep(_ daysLate: Int, _ expected: MutualPlanStatus) {
        let step = BuyingStep(
            id: "b1", title: "Budget", kind: .budget, owner: .customer, due: asOf.adding(days: -daysLate))
        let deal = Opportunity(id: "o1", accountId: "a1", name: "x", buyingProcess: [step])
        #expect(ReviewInput(deal: deal, account: nil, seller: nil, asOf: asOf).facts.planStatus == expected)
    }

    @Test func noCustomerStepsMeansNoPlan() {
        let step = BuyingStep(id: "b1", title: "Internal forecast call", owner: .seller, internal: true)
        let deal = Opportunity(id: "o1", accountId: "a1", name: "x", buyingProcess: [step])
        #expect(
            ReviewInput(deal: deal, account: nil, seller: nil, asOf: asOf).facts.planStatus == MutualPlanStatus.none)
    }

    @Test func dependentStepsCannotFinishBeforeWhatTheyDependOn() {
        let steps = [
            BuyingStep(id: "a", title: "Security", owner: .customer, due: Day("2026-12-20")),
            BuyingStep(id: "b", title: "Legal", owner: .customer, due: Day("2026-12-01"), dependsOn: ["a"]),
            BuyingStep(id: "c", title: "Loop", owner: .customer, dependsOn: ["d"]),
            BuyingStep(id: "d", title: "Loop back", owner: .customer, dependsOn: ["c"]),
        ]
        let finishes = PlanSchedule.earliestFinishes(steps: steps, asOf: asOf)
        #expect(finishes["b"] == Day("2026-12-21"))
        #expect(finishes["c"] != nil)
    }

    @Test func honestPauseSilencesStalenessAndChasingUntilItsDate() throws {
        let review = try ReviewFixtures.review("gaps", deal: "o-paused")
        let rules = Set(review.findings.map(\.rule))
        #expect(!rules.contains("stale"))
        #expect(!rules.contains("seller-chasing"))
        #expect(!rules.contains("no-customer-pull"))
        // and the same deal without the pause is stale and chased
        var input = try ReviewFixtures.input("gaps", deal: "o-paused")
        var deal = input.deal
        deal.pausedUntil = nil
        input = ReviewInput(deal: deal, account: input.account, seller: input.seller, asOf: input.asOf)
        let unpaused = Set(ReviewEngine().review(input).findings.map(\.rule))
        #expect(unpaused.contains("stale"))
        #expect(unpaused.contains("seller-chasing"))
    }
}

@Suite struct PlanScheduleTests {
    @Test func kickoffAndStepsAfterThePurchaseOrderDoNotHoldTheCloseDate() throws {
        // given a plan whose PO is due before the close date and whose kickoff comes after it
        let asOf = try #require(Day("2026-11-25"))
        let steps = [
            BuyingStep(id: "po", title: "PO", kind: .purchaseOrder, owner: .customer, due: Day("2026-12-10")),
            BuyingStep(
                id: "ko", title: "Kickoff", kind: .kickoff, owner: .joint, due: Day("2027-01-11"), dependsOn: ["po"]),
            BuyingStep(
                id: "train", title: "Training", kind: .other, owner: .customer, due: Day("2027-02-01"),
                dependsOn: ["ko"]),
        ]
        let deal = Opportunity(id: "o1", accountId: "a1", name: "x", closeDate: Day("2026-12-18"), buyingProcess: steps)
        // when
        let finding = ReviewRule.closeBeforeSteps.evaluate(
            ReviewInput(deal: deal, account: nil, seller: nil, asOf: asOf))
        // then
        #expect(finding == nil)
        #expect(PlanSchedule.postPurchaseSteps(steps) == ["ko", "train"])
    }

    @Test(arguments: [5, 30]) func aChainOfStepsFinishesADayApartWhateverItsLength(length: Int) throws {
        // given a chain of customer steps, each depending on the one before, all due today (30 is past the
        // size where steps are found through a dictionary instead of a search)
        let asOf = try #require(Day("2026-11-25"))
        let steps = (0..<length).map { k in
            BuyingStep(
                id: StepID("s\(k)"), title: "Step \(k)", owner: .customer, due: asOf,
                dependsOn: k == 0 ? [] : [StepID("s\(k - 1)")])
        }
        // when
        let finishes = PlanSchedule.earliestFinishes(steps: steps, asOf: asOf)
        // then each finishes a day after the one it waits for
        #expect(finishes.count == length)
        for k in 0..<length { #expect(finishes[StepID("s\(k)")] == asOf.adding(days: k)) }
        // and with a PO in the middle, everything after it is post-purchase
        var withOrder = steps
        withOrder[2].kind = .purchaseOrder
        #expect(PlanSchedule.postPurchaseSteps(withOrder) == Set((3..<length).map { StepID("s\($0)") }))
    }

    @Test func aRepeatedStepIdCountsAsItsFirstStep() throws {
        // given two steps with the same id: the first due later, the second (a repeat) due sooner
        let asOf = try #require(Day("2026-11-25"))
        let steps = [
            BuyingStep(id: "legal", title: "Legal", owner: .customer, due: Day("2026-12-20")),
            BuyingStep(id: "legal", title: "Legal again", owner: .customer, due: Day("2026-12-01")),
            BuyingStep(id: "sign", title: "Sign", owner: .customer, due: Day("2026-12-02"), dependsOn: ["legal"]),
        ]
        // when
        let finishes = PlanSchedule.earliestFinishes(steps: steps, asOf: asOf)
        // then the first "legal" is the one that counts, and "sign" waits for it
        #expect(finishes["legal"] == Day("2026-12-20"))
        #expect(finishes["sign"] == Day("2026-12-21"))
        #expect(finishes.count == 2)
        // and by position, the repeat takes its first step's finish
        #expect(
            PlanSchedule.finishes(steps: steps, asOf: asOf) == [
                Day("2026-12-20"), Day("2026-12-20"), Day("2026-12-21"),
            ])
    }

    @Test func aPausedDealIsNeverCustomerPulling() throws {
        // given the clearly pulling deal, paused at the customer's request
        let input = try ReviewFixtures.input("pulling", deal: "o-pull")
        var deal = input.deal
        deal.pausedUntil = Day("2027-01-15")
        let paused = ReviewInput(deal: deal, account: input.account, seller: input.seller, asOf: input.asOf)
        // then
        #expect(ReviewEngine().review(input).verdict == .customerPulling)
        #expect(ReviewEngine().review(paused).verdict == .progressing)
    }
}

@Suite struct EngagementTests {
    let asOf = Day("2026-11-25")!

    func outbound(_ day: String, _ type: ActivityType) -> Activity {
        Activity(date: Day(day)!, type: type, direction: .outbound, initiatedBy: .seller, stakeholderIds: ["s1"])
    }

    @Test func aMeetingTheCustomerAttendedAnswersEarlierOutreach() {
        // given three emails, then a meeting we set up that the customer attended, then one email
        let deal = Opportunity(
            id: "o1", accountId: "a1", name: "x",
            activities: [
                outbound("2026-11-01", .email), outbound("2026-11-05", .email), outbound("2026-11-09", .email),
                outbound("2026-11-12", .meeting), outbound("2026-11-20", .email),
            ])
        // when
        let input = ReviewInput(deal: deal, account: nil, seller: nil, asOf: asOf)
        // then only the email after the meeting is unanswered, and nobody is chasing
        #expect(input.facts.unansweredOutreach.map(\.date) == [Day("2026-11-20")!])
        #expect(ReviewRule.sellerChasing.evaluate(input) == nil)
        #expect(input.facts.buyerStage == .discovery)
    }

    @Test func emailsWithoutAnyReplyAreChasing() {
        let deal = Opportunity(
            id: "o1", accountId: "a1", name: "x",
            activities: [outbound("2026-11-01", .email), outbound("2026-11-05", .call), outbound("2026-11-09", .email)])
        let finding = ReviewRule.sellerChasing.evaluate(ReviewInput(deal: deal, account: nil, seller: nil, asOf: asOf))
        #expect(finding?.evidence.first == "3 outreaches since 2026-11-01 (1 call, 2 emails), no reply")
    }
}
