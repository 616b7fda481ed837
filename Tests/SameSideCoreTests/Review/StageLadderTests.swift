import Testing

@testable import SameSideCore

@Suite struct StageLadderTests {
    @Test(arguments: [
        ("Prospecting", BuyerStage.prospecting), ("Needs Analysis", .qualification), ("Value Proposition", .evaluation),
        ("Id. Decision Makers", .evaluation), ("Proposal/Price Quote", .proposal), ("Negotiation/Review", .negotiation),
        ("Closed Won", .committed),
    ])
    func salesforceDefaultStagesMapOntoTheLadder(_ name: String, _ expected: BuyerStage) {
        #expect(StageMapping.map(name, playbook: .standard)?.stage == expected)
    }

    @Test(arguments: [
        ("appointmentscheduled", BuyerStage.discovery), ("Qualified To Buy", .qualification),
        ("presentationscheduled", .evaluation), ("decisionmakerboughtin", .negotiation), ("Contract Sent", .closing),
        ("closedwon", .committed),
    ])
    func hubSpotDefaultStagesMapOntoTheLadder(_ name: String, _ expected: BuyerStage) {
        #expect(StageMapping.map(name, playbook: .standard)?.stage == expected)
    }

    @Test(arguments: [
        ("  Discovery ", BuyerStage.discovery), ("Pilot", .evaluation), ("Closed/Commit", .closing),
        ("Verbal yes", .closing), ("Stage 4 - Negotiating", .negotiation),
    ])
    func genericNamesAndKeywordsMapSensibly(_ name: String, _ expected: BuyerStage) {
        #expect(StageMapping.map(name, playbook: .standard)?.stage == expected)
    }

    @Test func unknownStageMapsToNothing() {
        #expect(StageMapping.map("Zebra", playbook: .standard) == nil)
    }

    @Test func playbookMappingWinsOverBuiltInTables() {
        let playbook = Playbook(stageMapping: ["closed/commit": .committed, "zebra": .evaluation])
        #expect(StageMapping.map("Closed/Commit", playbook: playbook)?.stage == .committed)
        #expect(StageMapping.map("ZEBRA", playbook: playbook)?.source == .playbook)
    }

    @Test func buyerStageComesOnlyFromWhatTheCustomerDid() throws {
        // given a deal whose seller calls it "Closed Won" but with no customer activity at all
        let asOf = try #require(Day("2026-11-25"))
        let deal = Opportunity(id: "o1", accountId: "a1", name: "x", stage: "Closed Won")
        // when
        let facts = ReviewInput(deal: deal, account: nil, seller: nil, asOf: asOf).facts
        // then
        #expect(facts.sellerStage == .committed)
        #expect(facts.buyerStage == .prospecting)
    }

    @Test func signedPurchaseOrderIsCommitted() throws {
        let asOf = try #require(Day("2026-11-25"))
        let deal = Opportunity(
            id: "o1", accountId: "a1", name: "x",
            buyingProcess: [BuyingStep(id: "b1", title: "PO", kind: .purchaseOrder, owner: .customer, status: .done)])
        #expect(ReviewInput(deal: deal, account: nil, seller: nil, asOf: asOf).facts.buyerStage == .committed)
    }

    @Test func sellerOwnedStepsAreNotCustomerEvidence() throws {
        let asOf = try #require(Day("2026-11-25"))
        let deal = Opportunity(
            id: "o1", accountId: "a1", name: "x",
            buyingProcess: [
                BuyingStep(id: "b1", title: "Send contract", kind: .signature, owner: .seller, status: .done)
            ])
        #expect(ReviewInput(deal: deal, account: nil, seller: nil, asOf: asOf).facts.buyerStage == .prospecting)
    }
}

@Suite struct StageKeyTests {
    @Test(arguments: [("  Closed/Commit ", "closed/commit"), ("ÉVALUATION", "évaluation"), ("", ""), ("   ", "")])
    func stageKeysAreTrimmedAndLowercased(_ name: String, _ key: String) {
        #expect(StageMapping.key(name) == key)
    }
}
