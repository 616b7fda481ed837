import Foundation
import Testing

@testable import SameSideCore

@Suite struct InternalRateOfReturnTests {
    @Test func oneOutlayAndOneReturnAYearLaterGiveTheirRatio() {
        // Given −1,000 now and +1,100 in month 12: (1 + i)^12 = 1.1, so the annual IRR is 10%
        var benefits = [Double](repeating: 0, count: 13)
        benefits[12] = 1100
        var investment = [Double](repeating: 0, count: 13)
        investment[0] = 1000
        // When
        let irr = InternalRateOfReturn(flows: CashFlows(benefits: benefits, investment: investment))
        // Then
        #expect(irr == .rate(annualPercent: 10))
    }

    @Test func theIRRIsTheRateAtWhichTheHurdleNPVTurnsNegative() throws {
        // Given 12,000 up front and 1,050 a month for a year: NPV +272.58 at 5%, −29.49 at 10%
        let thin = BusinessCaseInput(
            horizonYears: 1, investment: [.init(oneTime: 12000)], benefits: [.init(perYear: 12600)])
        let flows = try BusinessCaseCalculator().cashFlows(thin)
        // When
        let irr = InternalRateOfReturn(flows: flows)
        // Then 9.494…% by an independent bisection
        #expect(irr.annualPercent == 9.5)
    }

    @Test func noMoneyAtRiskSuppressesTheIRR() throws {
        let flows = try BusinessCaseCalculator().cashFlows(
            BusinessCaseInput(horizonYears: 1, benefits: [.init(perYear: 100)]))
        #expect(InternalRateOfReturn(flows: flows) == .suppressed(.noMoneyAtRisk))
    }

    @Test func aTinyUpFrontCostSuppressesTheIRR() throws {
        // Given 100 at risk against 120,000 of benefit (less than 1%)
        let flows = try BusinessCaseCalculator().cashFlows(
            BusinessCaseInput(horizonYears: 1, investment: [.init(oneTime: 100)], benefits: [.init(perYear: 120000)]))
        // When
        let irr = InternalRateOfReturn(flows: flows)
        // Then
        #expect(irr == .suppressed(.upFrontTooSmall(atRisk: 100, totalBenefit: 120000)))
        if case .suppressed(let why) = irr { #expect(why.reason.contains("not meaningful")) }
    }

    @Test func anAbsurdRateIsSuppressed() throws {
        // Given 10,000 at risk (8% of the benefit) and 10,000 back every month: about 100% a month
        let flows = try BusinessCaseCalculator().cashFlows(
            BusinessCaseInput(horizonYears: 1, investment: [.init(oneTime: 10000)], benefits: [.init(perYear: 120000)]))
        #expect(InternalRateOfReturn(flows: flows) == .suppressed(.tooHigh))
    }

    @Test func flowsThatNeverTurnPositiveHaveNoIRR() throws {
        let flows = try BusinessCaseCalculator().cashFlows(
            BusinessCaseInput(
                horizonYears: 1, investment: [.init(oneTime: 1000, perYear: 24000)], benefits: [.init(perYear: 12000)]))
        #expect(InternalRateOfReturn(flows: flows) == .suppressed(.neverPositive))
    }
}

@Suite struct CostOfDoingNothingTests {
    let asOf = Day("2026-11-25")!

    @Test func theMonthlyLossGrowsGeometricallyOverTheHorizon() throws {
        // Given 1,000 a month growing 10% a month for 12 months: 1,000·(1.1¹² − 1)/0.1 = 21,384.28
        let need = NeedToChange(costOfInactionPerMonth: 1000, costOfInactionGrowthPercentPerMonth: 10)
        // When
        let cost = try #require(try CostOfDoingNothing.of(need, horizonMonths: 12, asOf: asOf))
        // Then
        #expect(cost.overHorizon == 21384.28)
        #expect(cost.untilEvent == nil)
    }

    @Test func theLossToTheCompellingEventCountsPartMonths() throws {
        // Given 1,000 a month, no growth, event 61 days away: 61 / 30.4375 = 2.004 months → 2,004.11
        let need = NeedToChange(
            compellingEvent: CompellingEvent(what: "renewal", date: Day("2027-01-25")), costOfInactionPerMonth: 1000)
        // When
        let cost = try #require(try CostOfDoingNothing.of(need, horizonMonths: 36, asOf: asOf))
        // Then
        #expect(cost.untilEvent == 2004.11)
        #expect(cost.monthsUntilEvent == 2)
        #expect(cost.overHorizon == 36000)
    }

    @Test func aPassedCompellingEventCostsNothingMoreUntilIt() throws {
        let need = NeedToChange(
            compellingEvent: CompellingEvent(date: Day("2026-01-01")), costOfInactionPerMonth: 1000)
        let cost = try #require(try CostOfDoingNothing.of(need, horizonMonths: 12, asOf: asOf))
        #expect(cost.untilEvent == 0)
    }

    @Test func noCostOfInactionMeansNoFigure() throws {
        #expect(try CostOfDoingNothing.of(NeedToChange(trigger: "x"), horizonMonths: 12, asOf: asOf) == nil)
    }

    @Test func anExplosiveGrowthRateIsRejected() {
        let need = NeedToChange(costOfInactionPerMonth: 1000, costOfInactionGrowthPercentPerMonth: 500)
        #expect(throws: BusinessCaseError.growthOutOfRange(500)) {
            try CostOfDoingNothing.of(need, horizonMonths: 12, asOf: asOf)
        }
    }
}

@Suite struct SensitivityTests {
    @Test func confidenceIsHalvedAndRaisedByHalfCappedAtOne() throws {
        // Given 24,000 a year at confidence 0.8 (19,200 expected), 12,000 up front, one year at 0%
        let input = BusinessCaseInput(
            horizonYears: 1, discountRatePercent: 0, investment: [.init(oneTime: 12000)],
            benefits: [.init(perYear: 24000, confidence: 0.8)])
        let expected = try BusinessCaseCalculator().calculate(
            input, dealId: "o1", hurdles: nil, costOfInactionPerMonth: nil)
        // When
        let sensitivity = try Sensitivity.of(input, expected: expected, hurdles: nil)
        // Then low 0.4 → 9,600; expected 0.8 → 19,200; high min(1, 1.2) = 1 → 24,000
        #expect(sensitivity.scenarios.map(\.totalBenefit) == [9600, 19200, 24000])
        #expect(sensitivity.scenarios.map(\.netBenefit) == [-2400, 7200, 12000])
        #expect(sensitivity.scenarios[0].paybackMonths == nil)
        // Break-even at 0%: 12,000 / 19,200 = 62.5% of the expected benefit, i.e. 12,000 a year
        #expect(sensitivity.breakEvenBenefitPercent == 62.5)
        #expect(sensitivity.breakEvenBenefitPerYear == 12000)
    }

    @Test func breakEvenUsesTheDiscountRate() throws {
        // Given the 12% case: PV(investment) = 12,000; PV(benefits) = 2,000·v(1 − v¹²)/(1 − v), v = 1.12^(−1/12)
        let input = BusinessCaseInput(
            horizonYears: 1, discountRatePercent: 12, investment: [.init(oneTime: 12000)],
            benefits: [.init(perYear: 24000)])
        let expected = try BusinessCaseCalculator().calculate(
            input, dealId: "o1", hurdles: nil, costOfInactionPerMonth: nil)
        // When
        let sensitivity = try Sensitivity.of(input, expected: expected, hurdles: nil)
        // Then
        let v = pow(1.12, -1.0 / 12)
        let presentBenefit = 2000 * v * (1 - pow(v, 12)) / (1 - v)
        #expect(sensitivity.breakEvenBenefitPercent == Rounding.tenth(100 * 12000 / presentBenefit))
    }
}

@Suite struct CaseOptionTests {
    @Test func doingNothingIsPricedBesideProceeding() throws {
        // Given a case and a loss of 1,000 a month
        let deal = Opportunity(
            id: "o1", accountId: "a1", name: "x",
            needToChange: NeedToChange(costOfInactionPerMonth: 1000),
            businessCase: BusinessCaseInput(
                horizonYears: 1, discountRatePercent: 0, investment: [.init(oneTime: 12000)],
                benefits: [.init(perYear: 24000)]))
        // When
        let analysis = try BusinessCaseAnalysis.of(deal, account: nil, asOf: Day("2026-11-25")!)
        // Then
        #expect(analysis.options.map(\.title) == ["Do nothing", "Proceed now", "Proceed in 6 months"])
        #expect(analysis.options[0].net == -12000)
        #expect(analysis.options[1].net == 12000)
        // cost of delay is max(2,000 net a month, 1,000) = 2,000: 6 months give up 12,000
        #expect(analysis.options[2].net == 0)
        #expect(analysis.jsonObject["costOfDoingNothing"] != .null)
    }
}

@Suite struct BusinessCaseLimitsTests {
    @Test func amountsBeyondTenTrillionAreRejectedInsteadOfOverflowing() {
        let huge = BusinessCaseInput(
            horizonYears: 1, investment: [.init(oneTime: 1e300)], benefits: [.init(perYear: 1)])
        #expect(throws: BusinessCaseError.amountTooLarge(field: "businessCase.investment[0].oneTime")) {
            try BusinessCaseCalculator().calculate(huge, dealId: "o1", hurdles: nil, costOfInactionPerMonth: nil)
        }
    }

    @Test func totalsBeyondTenTrillionAreRejected() {
        // Given 1e12 a year over 50 years: 5e13 in total
        let large = BusinessCaseInput(
            horizonYears: 50, investment: [.init(perYear: 1e12)], benefits: [.init(perYear: 1)])
        #expect(throws: BusinessCaseError.amountTooLarge(field: "businessCase.investment")) {
            try BusinessCaseCalculator().calculate(large, dealId: "o1", hurdles: nil, costOfInactionPerMonth: nil)
        }
    }

    @Test func aCostOfInactionCompoundedBeyondAnyRealFigureIsRejected() {
        let need = NeedToChange(costOfInactionPerMonth: 100_000, costOfInactionGrowthPercentPerMonth: 100)
        #expect(throws: BusinessCaseError.costOfInactionExplodes(growthPercent: 100, months: 600)) {
            try CostOfDoingNothing.of(need, horizonMonths: 600, asOf: Day("2026-11-25")!)
        }
    }
}
