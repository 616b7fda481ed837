import Testing

@testable import SameSideCore

@Suite struct VerdictTests {
    @Test func wheresThePODealIsPushingTheRope() throws {
        // given the deal "won" in October whose PO never came, chased and then discounted
        let review = try ReviewFixtures.review("wheres-the-po", deal: "o-northline-dispatch")
        // then
        #expect(review.verdict == .pushingTheRope)
        let rules = Set(review.findings.map(\.rule))
        for rule: RuleID in ["seller-chasing", "paper-process-unknown", "discount-to-accelerate"] {
            #expect(rules.contains(rule), "missing \(rule)")
        }
        #expect(review.sellerStage == .closing)
        #expect(review.buyerVerifiedStage == .evaluation)
    }

    @Test func wheresThePOQuestionsAskWhatTheCustomerStillHasToDoAndWhoApproves() throws {
        let review = try ReviewFixtures.review("wheres-the-po", deal: "o-northline-dispatch")
        let questions = review.findings.flatMap(\.questions).map { $0.lowercased() }
        #expect(questions.contains { $0.contains("still have to do") })
        #expect(questions.contains { $0.contains("approve") && $0.contains("owen reyes") })
    }

    @Test func wheresThePOEvidenceQuotesDatesCountsNamesAndAmounts() throws {
        let review = try ReviewFixtures.review("wheres-the-po", deal: "o-northline-dispatch")
        let chasing = try #require(review.findings.first { $0.rule == "seller-chasing" })
        #expect(chasing.evidence[0].contains("4 outreaches from Jamie Ortiz since 2026-10-30"))
        #expect(chasing.evidence.contains { $0.contains("2026-10-21") })
        let discount = try #require(review.findings.first { $0.rule == "discount-to-accelerate" })
        #expect(discount.evidence[0].contains("8% off offered on 2026-11-19"))
        #expect(discount.evidence[0].contains("USD 14,880"))
    }

    @Test func clearlyPullingDealIsCustomerPullingWithoutHighFindings() throws {
        let review = try ReviewFixtures.review("pulling", deal: "o-pull")
        #expect(review.verdict == .customerPulling)
        #expect(!review.findings.contains { $0.severity == .high })
        #expect(review.buyerVerifiedStage == .proposal)
        #expect(review.planStatus == .onTrack)
    }

    @Test(arguments: [("o-nofit", Verdict.notQualified), ("o-bare", .notQualified), ("o-late", .atRisk)])
    func gapDealsGetTheirVerdict(_ deal: String, _ expected: Verdict) throws {
        #expect(try ReviewFixtures.review("gaps", deal: deal).verdict == expected)
    }

    @Test func findingsAreOrderedMostSevereFirstThenByRule() throws {
        let review = try ReviewFixtures.review("wheres-the-po", deal: "o-northline-dispatch")
        let order = Dictionary(uniqueKeysWithValues: ReviewRule.all.enumerated().map { ($1.id, $0) })
        for (a, b) in zip(review.findings, review.findings.dropFirst()) {
            #expect(a.severity > b.severity || (a.severity == b.severity && order[a.rule]! < order[b.rule]!))
        }
    }

    @Test func reviewIsDeterministic() throws {
        let pipeline = try ReviewFixtures.pipeline("gaps")
        let asOf = try #require(pipeline.asOf)
        let first = ReviewJSON.document(
            asOf: asOf, reviews: ReviewEngine().review(pipeline, playbook: .standard, asOf: asOf))
        let second = ReviewJSON.document(
            asOf: asOf, reviews: ReviewEngine().review(pipeline, playbook: .standard, asOf: asOf))
        #expect(first == second)
    }

    @Test func scoresStayWithinZeroToHundred() throws {
        for name in ["gaps", "pulling", "wheres-the-po"] {
            let pipeline = try ReviewFixtures.pipeline(name)
            for review in ReviewEngine().review(pipeline, playbook: .standard, asOf: try #require(pipeline.asOf)) {
                let s = review.scores
                for value in [
                    s.fit, s.alignment, s.urgency, s.process, s.stakeholders, s.businessCase, s.pressure, s.health,
                    s.customerOutcome,
                ] {
                    #expect((0...100).contains(value))
                }
            }
        }
    }

    @Test func pressureIsHighWhereWeChaseAndZeroWhereTheCustomerPulls() throws {
        #expect(try ReviewFixtures.review("wheres-the-po", deal: "o-northline-dispatch").scores.pressure >= 70)
        #expect(try ReviewFixtures.review("pulling", deal: "o-pull").scores.pressure == 0)
    }
}

@Suite struct ReviewDigestTests {
    @Test func digestListsDealsWorstVerdictFirstWithTheirHighFindings() throws {
        let pipeline = try ReviewFixtures.pipeline("gaps")
        let reviews = ReviewEngine().review(pipeline, playbook: .standard, asOf: try #require(pipeline.asOf))
        let lines = ReviewDigest.render(reviews).split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("Deal review: 9 open deals — 2 not-qualified"))
        #expect(lines[1].contains("not-qualified"))
        #expect(lines.last?.contains("at-risk") == true)
        #expect(lines.contains { $0.contains("Tower callbacks (Tower Lift Co): steps-overdue") })
    }
}
