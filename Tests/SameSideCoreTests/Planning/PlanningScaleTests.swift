import Testing

@testable import SameSideCore

/// Every deal of the demo and of a synthetic pipeline gets a plan and either an approval pack or a typed error.
@Suite struct PlanningScaleTests {
    @Test func everyDemoAndSyntheticDealGetsAPlanAndAPackOrATypedError() throws {
        // Given the demo pipeline and 400 synthetic deals
        let asOf = Day("2026-11-25")!
        let synthetic = SyntheticPipeline(deals: 400, seed: 7, asOf: asOf)
        let demo = DemoPipeline.make()
        var pairs: [(Opportunity, Account)] = demo.opportunities.compactMap { deal in
            demo.account(deal.accountId).map { (deal, $0) }
        }
        let accounts = Dictionary(
            uniqueKeysWithValues: (0..<synthetic.accountCount).map { synthetic.account(at: $0) }.map { ($0.id, $0) })
        for index in 0..<synthetic.deals {
            let deal = synthetic.opportunity(at: index)
            guard let account = accounts[deal.accountId] else { continue }
            pairs.append((deal, account))
        }
        var packs = 0
        var meetings: Set<MeetingKind> = []
        // When / Then
        for (deal, account) in pairs {
            let plan = CallPlanner().plan(deal: deal, account: account, asOf: asOf)
            meetings.insert(plan.meeting)
            #expect(!plan.questions.isEmpty, "no questions for \(deal.id)")
            #expect(plan.questions.count <= CallPlanner().maxQuestions)
            do {
                let pack = try ApprovalPack.build(deal: deal, account: account, currency: "USD", asOf: asOf)
                packs += 1
                #expect(pack.analysis.result.totalBenefit.isFinite)
                #expect(pack.remainingSteps.count <= deal.buyingProcess.count)
            } catch {
                #expect(deal.businessCase == nil || deal.businessCase?.benefits.isEmpty == true, "\(deal.id): \(error)")
            }
        }
        #expect(packs > 10)
        #expect(meetings.count >= 3)
    }
}
