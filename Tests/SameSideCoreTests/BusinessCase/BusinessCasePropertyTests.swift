import PropertyBased
import Testing

@testable import SameSideCore

/// Properties that hold for every business case, checked on random ones.
@Suite struct BusinessCasePropertyTests {

    func input(
        oneTime: Int, perYearCost: Int, benefit: Int, confidence: Double, ramp: Int, years: Int
    ) -> BusinessCaseInput {
        BusinessCaseInput(
            horizonYears: Double(years), discountRatePercent: 10,
            investment: [.init(oneTime: Double(oneTime), perYear: Double(perYearCost))],
            benefits: [.init(perYear: Double(benefit), confidence: confidence, rampMonths: Double(ramp))])
    }

    @Test func paybackIsMissingExactlyWhenTheCaseLosesMoneyOverTheHorizon() async {
        await propertyCheck(
            count: 300, input: Gen.int(in: 0...200_000), Gen.int(in: 0...200_000), Gen.int(in: 1...600_000),
            Gen.double(in: 0...1), Gen.int(in: 0...30), Gen.int(in: 1...5)
        ) { oneTime, perYearCost, benefit, confidence, ramp, years in
            let flows = try BusinessCaseCalculator().cashFlows(
                input(
                    oneTime: oneTime, perYearCost: perYearCost, benefit: benefit, confidence: confidence, ramp: ramp,
                    years: years))
            let net = flows.totalBenefit - flows.totalInvestment
            #expect((flows.paybackMonths == nil) == (net < 0))
            if let payback = flows.paybackMonths {
                #expect(payback >= 0 && payback <= Double(flows.horizonMonths))
                // cumulative net at the end of the payback month is back at zero or more
                let month = Int(payback.rounded(.up))
                let cumulative = flows.net.prefix(month + 1).reduce(0, +)
                #expect(cumulative >= -1e-6)
            }
        }
    }

    @Test func npvAtZeroIsTheNetBenefitAndSensitivityIsOrdered() async {
        await propertyCheck(
            count: 200, input: Gen.int(in: 0...200_000), Gen.int(in: 0...200_000), Gen.int(in: 1...600_000),
            Gen.double(in: 0...1), Gen.int(in: 0...30), Gen.int(in: 1...5)
        ) { oneTime, perYearCost, benefit, confidence, ramp, years in
            var input = input(
                oneTime: oneTime, perYearCost: perYearCost, benefit: benefit, confidence: confidence, ramp: ramp,
                years: years)
            input.discountRatePercent = 0
            let result = try BusinessCaseCalculator().calculate(
                input, dealId: "o1", hurdles: nil, costOfInactionPerMonth: nil)
            #expect(abs(result.npv - result.netBenefit) <= 0.011)
            let sensitivity = try Sensitivity.of(input, expected: result, hurdles: nil)
            let nets = sensitivity.scenarios.map(\.netBenefit)
            #expect(nets[0] <= nets[1] && nets[1] <= nets[2])
            if let breakEven = sensitivity.breakEvenBenefitPercent {
                if result.npv > 1 { #expect(breakEven <= 100) }
                if result.npv < -1 { #expect(breakEven >= 100) }
            }
        }
    }

    @Test func aShownIRRIsTheRateWhereNPVChangesSign() async {
        await propertyCheck(
            count: 200, input: Gen.int(in: 10_000...200_000), Gen.int(in: 0...100_000), Gen.int(in: 1...600_000),
            Gen.double(in: 0.1...1), Gen.int(in: 0...30), Gen.int(in: 1...5)
        ) { oneTime, perYearCost, benefit, confidence, ramp, years in
            let flows = try BusinessCaseCalculator().cashFlows(
                input(
                    oneTime: oneTime, perYearCost: perYearCost, benefit: benefit, confidence: confidence, ramp: ramp,
                    years: years))
            // Near −100% a year the rate ± 0.2 leaves the domain of (1 + r); the sign test needs room.
            guard let irr = InternalRateOfReturn(flows: flows).annualPercent, irr > -99 else { return }
            #expect(flows.npv(ratePercent: irr - 0.2) >= 0)
            #expect(flows.npv(ratePercent: irr + 0.2) <= 0)
        }
    }
}
