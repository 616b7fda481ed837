import Foundation
import Testing

@testable import SameSideCore

/// Every expected figure here was worked out by hand (or with a closed form) from the conventions of
/// `sameside case` in spec/cli.md; the working is in the comments and in docs/business-case.md.
@Suite struct BusinessCaseCalculatorTests {
    let calculator = BusinessCaseCalculator()

    func input(
        years: Double? = 1, rate: Double? = 0, investment: [InvestmentLine] = [], benefits: [BenefitLine]
    ) -> BusinessCaseInput {
        BusinessCaseInput(horizonYears: years, discountRatePercent: rate, investment: investment, benefits: benefits)
    }

    func calculate(
        _ input: BusinessCaseInput, hurdles: FinancialHurdles? = nil, costOfInaction: Double? = nil
    ) throws -> BusinessCaseResult {
        try calculator.calculate(input, dealId: "o1", hurdles: hurdles, costOfInactionPerMonth: costOfInaction)
    }

    @Test func aCaseWithoutRampPaysBackWhenTheBenefitsHaveCoveredTheUpFrontCost() throws {
        // Given 12,000 up front and 24,000 a year of benefit (2,000 a month) over one year at 0%
        let case1 = input(investment: [.init(oneTime: 12000)], benefits: [.init(perYear: 24000)])
        // When
        let result = try calculate(case1)
        // Then 12 × 2,000 = 24,000 benefit; net 12,000; ROI 100%; cumulative −12,000 + 6 × 2,000 = 0 at month 6
        #expect(result.totalBenefit == 24000)
        #expect(result.totalInvestment == 12000)
        #expect(result.netBenefit == 12000)
        #expect(result.roiPercent == 100)
        #expect(result.paybackMonths == 6)
        #expect(result.npv == 12000)
        #expect(result.costOfDelayPerMonth == 2000)
        #expect(result.horizonMonths == 12)
    }

    @Test func npvDiscountsEachMonthByTheTwelfthRootOfTheYearlyRate() throws {
        // Given the case above at 12%
        let case1 = input(rate: 12, investment: [.init(oneTime: 12000)], benefits: [.init(perYear: 24000)])
        // When
        let result = try calculate(case1)
        // Then NPV = −12,000 + Σ(m=1…12) 2,000·v^m with v = 1.12^(−1/12) = −12,000 + 2,000·v(1 − v¹²)/(1 − v)
        let v = pow(1.12, -1.0 / 12)
        let expected = -12000 + 2000 * v * (1 - pow(v, 12)) / (1 - v)
        #expect(result.npv == Rounding.money(expected))
        #expect(result.npv == 10583.03)
        #expect(result.discountRateSource == .deal)
    }

    @Test func aRampLongerThanAYearGrowsTheBenefitLinearlyUntilItsLastMonth() throws {
        // Given 50,000 up front and 120,000 a year (10,000 a month) reaching full value after 18 months, 2 years
        let ramped = input(
            years: 2, investment: [.init(oneTime: 50000)], benefits: [.init(perYear: 120000, rampMonths: 18)])
        // When
        let result = try calculate(ramped)
        // Then months 1…17 give 10,000·m/18: Σm = 153, so 85,000; months 18…24 give 7 × 10,000 = 70,000
        #expect(result.totalBenefit == 155000)
        #expect(result.netBenefit == 105000)
        #expect(result.roiPercent == 210)
        // Cumulative benefit after m ramp months is 10,000·m(m+1)/36: 43,333.33 after 12, 50,555.56 after 13;
        // month 13 brings 7,222.22, of which 6,666.67 is needed: 12 + 0.923 = 12.9
        #expect(result.paybackMonths == 12.9)
        // The first full-value month (18) brings 10,000
        #expect(result.costOfDelayPerMonth == 10000)
        #expect(result.cashFlows.benefits[12] == 10000.0 * 12 / 18)
        #expect(result.cashFlows.benefits[18] == 10000)
    }

    @Test func confidenceBelowOneScalesEveryBenefitMonth() throws {
        // Given 60,000 a year at confidence 0.5 (2,500 a month), 10,000 up front and 12,000 a year (1,000 a month)
        let halfSure = input(
            years: 2, investment: [.init(oneTime: 10000, perYear: 12000)],
            benefits: [.init(perYear: 60000, confidence: 0.5)])
        // When
        let result = try calculate(halfSure)
        // Then benefit 24 × 2,500 = 60,000; investment 10,000 + 24 × 1,000 = 34,000; net 26,000; ROI 76.47 → 76.5
        #expect(result.totalBenefit == 60000)
        #expect(result.totalInvestment == 34000)
        #expect(result.netBenefit == 26000)
        #expect(result.roiPercent == 76.5)
        // 1,500 net a month covers 10,000 in 6.67 months
        #expect(result.paybackMonths == 6.7)
        #expect(result.costOfDelayPerMonth == 1500)
    }

    @Test func theCustomersCostOfInactionIsTheCostOfDelayWhenItIsLarger() throws {
        let halfSure = input(
            years: 2, investment: [.init(oneTime: 10000, perYear: 12000)],
            benefits: [.init(perYear: 60000, confidence: 0.5)])
        #expect(try calculate(halfSure, costOfInaction: 4000).costOfDelayPerMonth == 4000)
        #expect(try calculate(halfSure, costOfInaction: 1000).costOfDelayPerMonth == 1500)
    }

    @Test func paybackInsideTheFirstMonthIsAFractionOfAMonth() throws {
        // Given 1,000 up front and 2,000 a month of benefit
        let quick = input(investment: [.init(oneTime: 1000)], benefits: [.init(perYear: 24000)])
        // When / Then half of month 1 covers it
        #expect(try calculate(quick).paybackMonths == 0.5)
    }

    @Test func aCaseThatNeverPaysBackHasNoPaybackAndFailsAPaybackHurdle() throws {
        // Given 100,000 up front and 1,000 a month for a year
        let slow = input(investment: [.init(oneTime: 100000)], benefits: [.init(perYear: 12000)])
        // When
        let result = try calculate(slow, hurdles: FinancialHurdles(maxPaybackMonths: 12))
        // Then net −88,000, ROI −88%, payback null
        #expect(result.paybackMonths == nil)
        #expect(result.roiPercent == -88)
        #expect(result.meetsHurdles == false)
        #expect(result.hurdleFailures == ["no payback within the 12-month horizon (12 months allowed)"])
        #expect(result.jsonObject["paybackMonths"] == .null)
    }

    @Test func zeroInvestmentHasNoROIAndPaysBackAtOnce() throws {
        // Given benefits and nothing to pay
        let free = input(benefits: [.init(perYear: 12000)])
        // When
        let result = try calculate(free)
        // Then ROI is undefined (division by zero), payback is month 0
        #expect(result.totalInvestment == 0)
        #expect(result.roiPercent == nil)
        #expect(result.paybackMonths == 0)
        #expect(result.netBenefit == 12000)
        #expect(result.jsonObject["roiPercent"] == .null)
    }

    @Test func withNoUpFrontCostARampThatStartsBelowTheRunningCostPaysBackWhenItRecovers() throws {
        // Given no one-time cost, 12,000 a year to run (1,000 a month), 24,000 a year of benefit ramping over 4 months
        let dip = input(investment: [.init(perYear: 12000)], benefits: [.init(perYear: 24000, rampMonths: 4)])
        // When
        let result = try calculate(dip)
        // Then net flows are −500, 0, +500, +1,000…: cumulative −500, −500, 0 → payback at the end of month 3
        #expect(result.paybackMonths == 3)
    }

    @Test func aZeroDiscountRateMakesNPVEqualToTheNetBenefit() throws {
        let ramped = input(
            years: 2, rate: 0, investment: [.init(oneTime: 50000)], benefits: [.init(perYear: 120000, rampMonths: 18)])
        let result = try calculate(ramped)
        #expect(result.npv == result.netBenefit)
        #expect(result.npv == 105000)
    }

    @Test func theCustomersHurdleRateIsTheDiscountRateWhenTheDealGivesNone() throws {
        // Given no deal rate and a 9% hurdle rate
        let ramped = input(
            years: 2, rate: nil, investment: [.init(oneTime: 50000)],
            benefits: [.init(perYear: 120000, rampMonths: 18)])
        // When
        let result = try calculate(ramped, hurdles: FinancialHurdles(hurdleRatePercent: 9))
        // Then NPV is discounted at 9% (88,409.72 by a separate computation)
        #expect(result.discountRatePercent == 9)
        #expect(result.discountRateSource == .customerHurdleRate)
        #expect(result.npv == 88409.72)
    }

    @Test func noRateAnywhereMeansAnUndiscountedCase() throws {
        let result = try calculate(
            input(rate: nil, investment: [.init(oneTime: 1000)], benefits: [.init(perYear: 24000)]))
        #expect(result.discountRatePercent == 0)
        #expect(result.discountRateSource == DiscountRateSource.none)
    }

    @Test(arguments: [
        // payback is exactly 6.0 months in this case
        (6.0, true), (6.5, true), (5.9, false),
    ])
    func thePaybackHurdleAllowsPaybackUpToTheCustomersLimit(maxPayback: Double, passes: Bool) throws {
        let case1 = input(investment: [.init(oneTime: 12000)], benefits: [.init(perYear: 24000)])
        let result = try calculate(case1, hurdles: FinancialHurdles(maxPaybackMonths: maxPayback))
        #expect(result.meetsHurdles == passes)
        #expect(result.hurdleChecks.count == 1)
        if !passes {
            #expect(result.hurdleFailures == ["payback 6 months > 5.9 allowed"])
        }
    }

    @Test(arguments: [
        // 12,000 up front, 1,050 a month for a year: NPV 600 at 0%, 272.58 at 5%, −29.49 at 10%
        (0.0, true, 600.0), (5.0, true, 272.58), (10.0, false, -29.49),
    ])
    func theHurdleRateRequiresANonNegativeNPVAtThatRate(rate: Double, passes: Bool, npv: Double) throws {
        // Given the deal's own rate is 0, so only the hurdle check uses the customer's rate
        let thin = input(rate: 0, investment: [.init(oneTime: 12000)], benefits: [.init(perYear: 12600)])
        // When
        let result = try calculate(thin, hurdles: FinancialHurdles(hurdleRatePercent: rate))
        // Then
        #expect(result.meetsHurdles == passes)
        #expect(result.hurdleChecks.first?.actual == npv)
        #expect(result.npv == 600)
        if !passes {
            #expect(result.hurdleFailures == ["NPV at the 10% hurdle rate is -29.49 < 0"])
        }
    }

    @Test func bothHurdlesAreReportedWhenBothFail() throws {
        let slow = input(investment: [.init(oneTime: 100000)], benefits: [.init(perYear: 12000)])
        let result = try calculate(slow, hurdles: FinancialHurdles(maxPaybackMonths: 12, hurdleRatePercent: 9))
        #expect(result.hurdleFailures.count == 2)
        #expect(result.meetsHurdles == false)
    }

    @Test func noHurdlesMeansNothingToFail() throws {
        let result = try calculate(input(investment: [.init(oneTime: 100000)], benefits: [.init(perYear: 12000)]))
        #expect(result.meetsHurdles)
        #expect(result.hurdleChecks.isEmpty)
    }

    @Test func theHorizonDefaultsToThreeYears() throws {
        let result = try calculate(input(years: nil, benefits: [.init(perYear: 12000)]))
        #expect(result.horizonMonths == 36)
        #expect(result.horizonYears == 3)
        #expect(result.totalBenefit == 36000)
    }

    @Test func theJSONKeysAreTheContractsInOrder() throws {
        let result = try calculate(input(investment: [.init(oneTime: 1000)], benefits: [.init(perYear: 24000)]))
        #expect(
            Array(result.jsonObject.keys.prefix(12)) == [
                "dealId", "horizonYears", "discountRatePercent", "totalInvestment", "totalBenefit", "netBenefit",
                "roiPercent", "paybackMonths", "npv", "costOfDelayPerMonth", "meetsHurdles", "hurdleFailures",
            ])
    }

    // MARK: bad input

    @Test func aDealWithoutABusinessCaseIsATypedError() {
        let deal = Opportunity(id: "o9", accountId: "a1", name: "x")
        #expect(throws: BusinessCaseError.noBusinessCase("o9")) { try calculator.calculate(deal, account: nil) }
    }

    @Test func aBusinessCaseWithoutBenefitsIsATypedError() {
        #expect(throws: BusinessCaseError.noBenefits("o1")) {
            try calculate(input(investment: [.init(oneTime: 1)], benefits: []))
        }
    }

    @Test(arguments: [-1.0, 0.0, 0.01])
    func aHorizonOfLessThanAMonthIsRejected(years: Double) {
        #expect(throws: BusinessCaseError.horizonNotPositive(years)) {
            try calculate(input(years: years, benefits: [.init(perYear: 1)]))
        }
    }

    @Test func aHorizonOfCenturiesIsRejected() {
        #expect(throws: BusinessCaseError.horizonTooLong(500)) {
            try calculate(input(years: 500, benefits: [.init(perYear: 1)]))
        }
    }

    @Test(arguments: [
        (BenefitLine(perYear: 1, confidence: 1.2), BusinessCaseError.confidenceOutOfRange(index: 0, value: 1.2)),
        (BenefitLine(perYear: 1, rampMonths: -3), BusinessCaseError.negativeRamp(index: 0, value: -3)),
        (
            BenefitLine(perYear: -5),
            BusinessCaseError.negativeAmount(field: "businessCase.benefits[0].perYear", value: -5)
        ),
        (BenefitLine(label: "x"), BusinessCaseError.benefitWithoutValue(index: 0)),
        (BenefitLine(perYear: .nan), BusinessCaseError.notFinite(field: "businessCase.benefits[0].perYear")),
    ])
    func badBenefitLinesAreNamed(line: BenefitLine, error: BusinessCaseError) {
        #expect(throws: error) { try calculate(input(benefits: [line])) }
    }

    @Test func aNegativeInvestmentIsRejected() {
        let bad = input(investment: [.init(oneTime: -10)], benefits: [.init(perYear: 1)])
        #expect(throws: BusinessCaseError.negativeAmount(field: "businessCase.investment[0].oneTime", value: -10)) {
            try calculate(bad)
        }
    }

    @Test func aRateOfMinusOneHundredPercentOrLessIsRejected() {
        #expect(throws: BusinessCaseError.self) { try calculate(input(rate: -100, benefits: [.init(perYear: 1)])) }
    }

    @Test func everyErrorMessageNamesTheField() {
        #expect(BusinessCaseError.horizonNotPositive(-2).description.contains("businessCase.horizonYears: -2"))
        #expect(BusinessCaseError.noBenefits("o1").description.contains("businessCase.benefits is empty"))
    }
}
