import Testing

@testable import SameSideCore

/// The approval pack's lists agree with its steps, and its options table reconciles.
@Suite struct ApprovalPackLanguageTests {
    static func pack(_ id: DealID) throws -> ApprovalPack {
        let pipeline = DemoPipeline.make()
        let deal = try #require(pipeline.opportunities.first { $0.id == id })
        let account = try #require(pipeline.accounts.first { $0.id == deal.accountId })
        return try ApprovalPack.build(deal: deal, account: account, currency: pipeline.currency, asOf: pipeline.asOf!)
    }

    @Test func stepsThatArePlannedAreNotListedAsUnplanned() throws {
        // given Northwind's plan: "Capital top-up approved" (the budget) and "Supplier onboarding and PO"
        let pack = try Self.pack("o-northwind-line3")
        // then neither budget nor procurement is "not yet planned"
        #expect(!pack.unplannedSteps.contains(.budget))
        #expect(!pack.unplannedSteps.contains(.procurement))
    }

    @Test func aStepIsCoveredByItsKindOrItsTitle() {
        let steps = [
            BuyingStep(id: "b1", title: "Board sign-off", kind: .other),
            BuyingStep(id: "b2", title: "Raise the PO", kind: .purchaseOrder),
        ]
        let covered = ApprovalPack.coveredKinds(steps)
        #expect(covered.contains(.managementApproval))
        #expect(covered.contains(.purchaseOrder))
        #expect(covered.contains(.procurement))
        #expect(!covered.contains(.budget))
    }

    @Test func theOptionsSayWhatProceedingRecoversAndWhatStaysLost() throws {
        // given a case where doing nothing costs more than the benefit counted
        let pack = try Self.pack("o-northwind-line3")
        let doNothing = try #require(pack.analysis.options.first { $0.kind == .doNothing })
        let proceed = try #require(pack.analysis.options.first { $0.kind == .proceedNow })
        // then proceeding's line names both figures and the difference
        if let losses = doNothing.cost, let benefit = proceed.benefit, losses > benefit {
            #expect(proceed.consequence.contains("stays lost"))
            #expect(proceed.consequence.contains(NumberText.readableMoney(losses - benefit, currency: "USD")))
        } else {
            #expect(proceed.consequence.contains("covers all"))
        }
    }
}
