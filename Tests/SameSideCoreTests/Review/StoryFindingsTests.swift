import Testing

@testable import SameSideCore

/// The general rules the deal stories led to (docs/review.md, "Real stories"), each on a small case of its own.
@Suite struct StoryFindingsTests {
    let asOf = Day("2026-11-25")!

    func pulling(_ change: (inout Pipeline) -> Void) throws -> DealReview {
        var pipeline = try ReviewFixtures.pipeline("pulling")
        change(&pipeline)
        let reviews = ReviewEngine().review(pipeline, playbook: .standard, asOf: try #require(pipeline.asOf))
        return try #require(reviews.first { $0.dealId == "o-pull" })
    }

    @Test func aNeighbouringMarketProspectIsNeverCustomerPulling() throws {
        // given the clearly pulling deal, but the account sits in a neighbouring industry outside the profile
        let review = try pulling { $0.accounts[0].industry = "property management" }
        // then the profile finding is medium and the verdict stops short of customer-pulling
        let finding = try #require(review.findings.first { $0.rule == "outside-icp" })
        #expect(finding.severity == .medium)
        #expect(review.verdict == .progressing)
    }

    @Test func anAccountFarBeyondTheSizeRangeIsAnotherMarketAndNotQualified() throws {
        // given the pulling deal at an account of 60,000 people when the profile stops at 10,000
        let review = try pulling { $0.accounts[0].employees = 60_000 }
        // then
        let finding = try #require(review.findings.first { $0.rule == "outside-icp" })
        #expect(finding.severity == .high)
        #expect(finding.evidence.contains { $0.contains("far outside") })
        #expect(review.verdict == .notQualified)
    }

    @Test(arguments: [(20_001, true), (20_000, false), (74, true), (75, false), (5_000, false)])
    func farOutsideMeansBeyondTwiceTheMaximumOrUnderHalfTheMinimum(employees: Int, far: Bool) {
        #expect(EmployeeRange(min: 150, max: 10_000).isFarOutside(employees) == far)
    }

    @Test func aCustomerWhoseOwnStepIsBlockedIsNotPulling() throws {
        // given the pulling deal whose open approval step is blocked
        let review = try pulling { pipeline in
            let index = pipeline.opportunities[0].buyingProcess.firstIndex { $0.kind == .managementApproval }!
            pipeline.opportunities[0].buyingProcess[index].status = .blocked
        }
        // then
        #expect(review.planStatus == .atRisk)
        #expect(review.verdict != .customerPulling)
    }

    @Test func peopleWeOnlyWroteToAreNotEngaged() {
        // given a customer who wrote to us and a colleague of hers we emailed twice without an answer
        let deal = Opportunity(
            id: "o1", accountId: "a1", name: "x",
            activities: [
                Activity(date: Day("2026-11-01")!, type: .email, direction: .inbound, stakeholderIds: ["s1"]),
                Activity(
                    date: Day("2026-11-10")!, type: .email, direction: .outbound, initiatedBy: .seller,
                    stakeholderIds: ["s2"]),
                Activity(
                    date: Day("2026-11-20")!, type: .email, direction: .outbound, initiatedBy: .seller,
                    stakeholderIds: ["s2"]),
            ])
        let account = Account(
            id: "a1", name: "A", stakeholders: [Stakeholder(id: "s1", name: "One"), Stakeholder(id: "s2", name: "Two")])
        // when
        let input = ReviewInput(deal: deal, account: account, seller: nil, asOf: asOf)
        // then only the person who took part is engaged, and the deal is single-threaded
        #expect(input.facts.engagedStakeholders.map(\.id) == ["s1"])
        #expect(ReviewRule.singleThreaded.evaluate(input) != nil)
    }

    @Test func aCommitmentTheCustomerMadeOnOurCallIsTheirAnswer() {
        // given our email, then our call on which the customer committed to something, then one more email
        let deal = Opportunity(
            id: "o1", accountId: "a1", name: "x",
            activities: [
                Activity(
                    date: Day("2026-11-01")!, type: .email, direction: .outbound, initiatedBy: .seller,
                    stakeholderIds: ["s1"]),
                Activity(
                    date: Day("2026-11-05")!, type: .call, direction: .outbound, initiatedBy: .seller,
                    stakeholderIds: ["s1"], customerCommitment: "call back in two weeks"),
                Activity(
                    date: Day("2026-11-19")!, type: .call, direction: .outbound, initiatedBy: .seller,
                    stakeholderIds: ["s1"]),
            ])
        let account = Account(id: "a1", name: "A", stakeholders: [Stakeholder(id: "s1", name: "One")])
        // when
        let facts = ReviewInput(deal: deal, account: account, seller: nil, asOf: asOf).facts
        // then the call counts as the customer's last engagement and only the later call is unanswered
        #expect(facts.lastEngagement?.date == Day("2026-11-05")!)
        #expect(facts.unansweredOutreach.count == 1)
        #expect(facts.engagedStakeholders.map(\.id) == ["s1"])
    }
}
