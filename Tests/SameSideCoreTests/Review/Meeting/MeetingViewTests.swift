import Testing

@testable import SameSideCore

/// The default review is short enough to run a pipeline meeting from; `--detail` keeps everything.
@Suite struct MeetingViewTests {
    /// The demo's reviews and currency.
    static func demo() -> (reviews: [DealReview], currency: String) {
        let pipeline = DemoPipeline.make()
        let asOf = pipeline.asOf ?? Day(ordinal: 0)
        return (ReviewEngine().review(pipeline, playbook: .standard, asOf: asOf), pipeline.currency)
    }

    /// `sameside generate --deals 300 --seed 4`, reviewed in process.
    static func generated(deals: Int = 300, seed: UInt64 = 4) -> (reviews: [DealReview], currency: String) {
        let generator = SyntheticPipeline(deals: deals, seed: seed, asOf: Day("2026-11-25")!)
        let pipeline = generator.pipeline()
        return (ReviewEngine().review(pipeline, playbook: .standard, asOf: generator.asOf), pipeline.currency)
    }

    static func words(_ text: String) -> Int { text.split(whereSeparator: { $0 == " " || $0 == "\n" }).count }

    static func median(_ values: [Int]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
    }

    /// Lines of 40 or more characters that occur twice in `block`.
    static func repeatedLongLines(_ block: String) -> [String] {
        var seen = Set<String>()
        var repeated: [String] = []
        for line in block.split(separator: "\n") where line.count >= 40 {
            let text = String(line)
            if !seen.insert(text).inserted { repeated.append(text) }
        }
        return repeated
    }

    func checkMeetingView(_ reviews: [DealReview], currency: String) {
        let report = ReviewTextReport(color: false)
        let blocks = reviews.map { report.deal(DealBrief($0, currency: currency)) }
        let median = Self.median(blocks.map(Self.words))
        #expect(median <= 150, "median words per deal \(median)")
        for (review, block) in zip(reviews, blocks) {
            #expect(Self.repeatedLongLines(block).isEmpty, "\(review.dealId) repeats \(Self.repeatedLongLines(block))")
        }
    }

    @Test func theDemoReviewIsShortEnoughForTheMeeting() {
        // given the demo pipeline reviewed
        let (reviews, currency) = Self.demo()
        // then the default view has at most 150 words per deal (median) and no long line twice in a deal
        checkMeetingView(reviews, currency: currency)
    }

    @Test func aGeneratedPipelineReviewIsShortEnoughForTheMeeting() {
        // given `generate --deals 300 --seed 4` reviewed
        let (reviews, currency) = Self.generated()
        // then
        checkMeetingView(reviews, currency: currency)
    }

    @Test func detailKeepsEveryFindingQuestionAndAction() {
        // given the generated pipeline and the demo
        let (generated, currency) = Self.generated(deals: 120)
        let report = ReviewTextReport(color: false, detail: true)
        for review in Self.demo().reviews + generated {
            // when the deal is shown in detail
            let block = report.deal(DealBrief(review, currency: currency))
            // then every finding's rule, title or merged title, question and action is there
            for finding in review.findings {
                #expect(block.contains(finding.rule.rawValue), "\(review.dealId): \(finding.rule)")
                for question in finding.questions { #expect(block.contains(question), "\(review.dealId): \(question)") }
                for fact in finding.evidence { #expect(block.contains(fact), "\(review.dealId): \(fact)") }
                #expect(block.contains(finding.nextAction), "\(review.dealId): \(finding.nextAction)")
            }
        }
    }

    @Test func theDefaultViewShowsAtMostThreePointsAndNamesTheRest() throws {
        // given the demo's "where's the PO?" deal
        let (reviews, currency) = Self.demo()
        let review = try #require(reviews.first { $0.dealId == "o-harbor-rollout" })
        let brief = DealBrief(review, currency: currency)
        // when
        let block = ReviewTextReport(color: false).deal(brief)
        // then at most three points are shown and the others are named for --detail
        let tags = block.split(separator: "\n").filter {
            $0.contains("[HIGH]") || $0.contains("[MEDIUM]") || $0.contains("[LOW]")
        }
        #expect(tags.count == min(3, brief.points.count))
        if brief.points.count > 3 { #expect(block.contains("(--detail)")) }
    }

    @Test func theWheresThePODealGetsOneNoteThatAsksForNothing() throws {
        // given the demo's "where's the PO?" deal: won in October, chased four times, then discounted
        let (reviews, currency) = Self.demo()
        let review = try #require(reviews.first { $0.dealId == "o-harbor-rollout" })
        // when
        let brief = DealBrief(review, currency: currency)
        // then the next best action is the silent-customer note, and the default view shows no other action
        #expect(brief.nextBestAction.priority == .silent)
        #expect(brief.nextBestAction.text.contains("asks nothing"))
        let block = ReviewTextReport(color: false).deal(brief)
        #expect(!block.contains("→"))
        #expect(block.components(separatedBy: "Next:").count == 2)
    }

    @Test func goneQuietFindingsAreMergedIntoOnePointWithAllTheirEvidence() {
        // given findings that all say the customer went quiet
        func finding(_ rule: RuleID, _ evidence: String) -> Finding {
            Finding(
                rule: rule, severity: .high, title: "t \(rule)", evidence: [evidence, "shared fact"],
                questions: ["q \(rule)"], nextAction: "a \(rule)")
        }
        let findings = [
            finding("ghosted", "silent since 2026-10-21"), finding("stale", "no activity for 40 days"),
            finding("no-customer-pull", "no customer-initiated activity"),
            Finding(
                rule: "single-threaded", severity: .medium, title: "one person", evidence: ["only Ray"],
                questions: [], nextAction: "meet someone else"),
        ]
        // when
        let points = FindingMerger.merge(findings)
        // then
        #expect(points.count == 2)
        #expect(points[0].rules == ["ghosted", "stale", "no-customer-pull"])
        #expect(points[0].title == "The customer has gone quiet")
        #expect(
            points[0].evidence == [
                "silent since 2026-10-21", "shared fact", "no activity for 40 days",
                "no customer-initiated activity",
            ])
        #expect(points[0].nextActions.count == 3)
        #expect(points[1].rules == ["single-threaded"])
    }
}
