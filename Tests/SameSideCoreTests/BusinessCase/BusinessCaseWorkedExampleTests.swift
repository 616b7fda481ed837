import Testing

@testable import SameSideCore

/// The worked example of docs/business-case.md, figure by figure, and the approval pack built from it.
@Suite struct BusinessCaseWorkedExampleTests {
    static let asOf = Day("2026-11-25")!

    static let account = Account(
        id: "a-northline", name: "Northline Elevator Services",
        context: AccountContext(financialHurdles: FinancialHurdles(maxPaybackMonths: 12, hurdleRatePercent: 9)),
        goals: [
            Goal(
                id: "g-first-fix", statement: "Fix more elevator faults on the first visit",
                metric: "first-time fix rate (%)", baseline: 71, target: 85, source: .customerStated),
            Goal(id: "g-retention", statement: "Keep the large building contracts at renewal", source: .sellerAssumed),
        ],
        stakeholders: [
            Stakeholder(id: "s-ops", name: "Marta Kowalski", title: "Director of Operations", roles: [.champion]),
            Stakeholder(id: "s-cfo", name: "Owen Reyes", title: "CFO", roles: [.economicBuyer]),
        ])

    static let deal = Opportunity(
        id: "o-northline-case", accountId: "a-northline", name: "Parts-aware dispatch",
        goalIds: ["g-first-fix", "g-retention"],
        needToChange: NeedToChange(
            compellingEvent: CompellingEvent(what: "renewal", date: Day("2027-03-01")), costOfInactionPerMonth: 22000,
            costOfInactionGrowthPercentPerMonth: 1.5, changeRisks: ["adoption in the winter peak"],
            customerAcknowledged: true),
        buyingProcess: [
            BuyingStep(id: "b1", title: "Pilot", kind: .evaluation, owner: .joint, status: .done),
            BuyingStep(
                id: "b2", title: "Capital request approved", kind: .managementApproval, owner: .customer,
                ownerStakeholderId: "s-cfo", due: Day("2026-12-14")),
            BuyingStep(id: "b3", title: "Commit call with our VP", kind: .other, owner: .seller, internal: true),
        ],
        businessCase: BusinessCaseInput(
            horizonYears: 3,
            investment: [
                .init(label: "implementation", oneTime: 36000), .init(label: "subscription", perYear: 150000),
            ],
            benefits: [
                .init(
                    goalId: "g-first-fix", label: "repeat visits avoided", perYear: 264000, confidence: 0.8,
                    rampMonths: 4),
                .init(
                    goalId: "g-retention", label: "penalties avoided", perYear: 120000, confidence: 0.6, rampMonths: 6),
            ]))

    @Test func theWorkedExampleGivesTheDocumentedFigures() throws {
        // When
        let analysis = try BusinessCaseAnalysis.of(Self.deal, account: Self.account, asOf: Self.asOf)
        let result = analysis.result
        // Then (docs/business-case.md, steps 1–10)
        #expect(result.totalInvestment == 486000)
        #expect(result.totalBenefit == 808200)
        #expect(result.netBenefit == 322200)
        #expect(result.roiPercent == 66.3)
        #expect(
            result.cashFlows.net.prefix(8).map { Rounding.money($0) } == [
                -36000, -7100, -1700, 3700, 9100, 10100, 11100, 11100,
            ])
        #expect(result.paybackMonths == 7)
        #expect(result.discountRatePercent == 9)
        #expect(result.npv == 274022.66)
        #expect(result.costOfDelayPerMonth == 22000)
        #expect(result.meetsHurdles)
        #expect(analysis.costOfDoingNothing?.overHorizon == 1040071.32)
        #expect(analysis.costOfDoingNothing?.untilEvent == 70537.8)
        #expect(analysis.sensitivity.breakEvenBenefitPercent == 61.1)
        #expect(analysis.sensitivity.breakEvenBenefitPerYear == 173145.68)
        #expect(analysis.sensitivity.scenarios[0].netBenefit == -81900)
        #expect(analysis.irr == .suppressed(.tooHigh))
    }

    @Test func thePackShowsTheCustomersStepsButNeverTheSellersInternalOnes() throws {
        // When
        let pack = try ApprovalPack.build(deal: Self.deal, account: Self.account, currency: "USD", asOf: Self.asOf)
        // Then
        #expect(pack.remainingSteps.map(\.title) == ["Capital request approved"])
        #expect(pack.remainingSteps.first?.owner == "Owen Reyes (CFO), Northline Elevator Services")
        // "Capital request approved" is the budget step: only the paper steps are unplanned
        #expect(pack.unplannedSteps == [.procurement, .purchaseOrder, .signature])
        #expect(pack.decisionMakers == ["Owen Reyes (CFO)"])
        #expect(pack.riskReducers == ["Pilot (done)"])
        #expect(pack.risks == ["adoption in the winter peak"])
    }

    @Test func thePackMarksWhereEachNumberCameFrom() throws {
        let pack = try ApprovalPack.build(deal: Self.deal, account: Self.account, currency: "USD", asOf: Self.asOf)
        // A customer-stated goal and a seller-assumed one
        #expect(pack.goals.map(\.provenance) == [.customerStated, .sellerEstimated])
        // Benefits of a case the customer has not validated are estimates
        #expect(pack.goals.flatMap(\.benefits).allSatisfy { $0.provenance == .sellerEstimated })
        #expect(!pack.validatedByCustomer)
        // The acknowledged cost of inaction and the customer's own hurdle rate are theirs
        #expect(
            pack.assumptions.contains { $0.statement.contains("22,000 a month") && $0.provenance == .customerStated })
        #expect(
            pack.assumptions.contains { $0.statement.contains("9% hurdle rate") && $0.provenance == .customerStated })
        #expect(pack.assumptions.contains { $0.provenance == .quote })
    }

    @Test func aValidatedCaseMarksItsBenefitsAsTheCustomers() throws {
        var deal = Self.deal
        deal.businessCase?.validatedByCustomer = true
        let pack = try ApprovalPack.build(deal: deal, account: Self.account, currency: "USD", asOf: Self.asOf)
        #expect(pack.goals.flatMap(\.benefits).allSatisfy { $0.provenance == .customerStated })
    }

    @Test func theSummaryTellsManagementWhenTheirHurdlesAreMissed() throws {
        var account = Self.account
        account.context?.financialHurdles?.maxPaybackMonths = 6
        let pack = try ApprovalPack.build(deal: Self.deal, account: account, currency: "USD", asOf: Self.asOf)
        #expect(
            pack.summary.contains {
                $0.contains(
                    "does not yet meet Northline Elevator Services' own investment hurdles:"
                        + " payback 7 months > 6 allowed"
                )
            })
    }

    @Test func benefitTotalsPerLineAddUpToTheCase() throws {
        let pack = try ApprovalPack.build(deal: Self.deal, account: Self.account, currency: "USD", asOf: Self.asOf)
        #expect(pack.goals.flatMap(\.benefits).map(\.overHorizon) == [607200, 201000])
        #expect(pack.investment.map(\.overHorizon) == [36000, 450000])
    }
}
