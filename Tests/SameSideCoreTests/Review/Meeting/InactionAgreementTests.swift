import Testing

@testable import SameSideCore

/// The review's `inaction-cheaper` and the business case rest on one comparison (``ChangeEconomics``), so
/// they cannot contradict each other.
@Suite struct InactionAgreementTests {
    @Test func noDealIsCalledUneconomicWhileItsCaseMeetsTheCustomersHurdles() throws {
        // given 2,000 generated deals, reviewed
        let generator = SyntheticPipeline(deals: 2_000, seed: 7, asOf: Day("2026-11-25")!)
        let pipeline = generator.pipeline()
        let accounts = Dictionary(pipeline.accounts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let deals = Dictionary(pipeline.opportunities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let reviews = ReviewEngine().review(pipeline, playbook: .standard, asOf: generator.asOf)
        var fired = 0
        var namedBothHorizons = 0
        for review in reviews {
            guard let finding = review.findings.first(where: { $0.rule == "inaction-cheaper" }) else { continue }
            fired += 1
            let deal = try #require(deals[review.dealId])
            // when the deal's business case is calculated as `sameside case` does
            guard
                let analysis = try? BusinessCaseAnalysis.of(
                    deal, account: accounts[deal.accountId], asOf: generator.asOf)
            else { continue }
            let result = analysis.result
            guard !result.hurdleChecks.isEmpty, result.meetsHurdles, result.netBenefit > 0 else { continue }
            // then a case that meets the customer's hurdles is never contradicted: the finding names both
            // horizons and is not what makes the deal at risk
            namedBothHorizons += 1
            #expect(finding.severity != .high, "\(review.dealId)")
            #expect(finding.title.contains("the case pays over \(result.horizonMonths) months"), "\(review.dealId)")
        }
        #expect(fired > 20, "the rule should still fire on a generated pipeline (\(fired))")
        #expect(namedBothHorizons > 0, "the generated pipeline should hold deals whose case pays over its horizon")
    }

    @Test func theReviewAndTheCaseSumTheCostOfDoingNothingTheSameWay() {
        // given a need with a growing monthly cost and a deadline four months out
        let need = NeedToChange(
            compellingEvent: CompellingEvent(what: "peak season", date: Day("2027-03-20")!),
            costOfInactionPerMonth: 10_000, costOfInactionGrowthPercentPerMonth: 3)
        // when the review's urgency figures and the business case's cost are computed
        let urgency = UrgencyFigures(need: need, asOf: Day("2026-11-25")!, defaultHorizonMonths: 12, overdueDays: 0)
        let total = CostOfDoingNothing.total(
            perMonth: 10_000, growthPercent: 3, months: Double(urgency.horizonMonths))
        // then they agree to the cent
        #expect(urgency.inactionCost == total)
    }

    @Test func withoutACaseWaitingCheaperUntilTheDeadlineMeansDoingNothingIsCheaper() {
        // given urgency figures where waiting is cheaper until the deadline
        let urgency = UrgencyFigures(
            need: NeedToChange(costOfInactionPerMonth: 1_000, changeCost: 50_000), asOf: Day("2026-11-25")!,
            defaultHorizonMonths: 12, overdueDays: 0)
        // when there is no case to weigh the value of changing
        let withoutCase = ChangeEconomics(urgency: urgency, businessCase: nil)
        // then
        #expect(withoutCase?.doingNothingIsCheaper == true)
        #expect(withoutCase?.noUrgencyButValue == false)
    }
}
