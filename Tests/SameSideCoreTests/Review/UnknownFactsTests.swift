import SameSideCore
import Testing

/// A deal from a CSV export knows its stage, amount and dates, nothing of the customer: the review
/// must say what it does not know, never report those facts as known to be absent.
@Suite struct UnknownFactsTests {
    /// The demo's open deals as a CSV import leaves them: only the CRM's fields, no currency, and accounts
    /// that know only their name.
    static func csvOnly(currency: String? = nil) -> [(Opportunity, Account)] {
        let pipeline = DemoPipeline.make()
        return pipeline.opportunities.filter { $0.status == .open }.map { deal in
            var stripped = Opportunity(
                id: deal.id, accountId: deal.accountId, name: deal.name, owner: deal.owner, amount: deal.amount,
                stage: deal.stage, status: deal.status, createdDate: deal.createdDate, closeDate: deal.closeDate)
            if let currency { stripped.extra["crm"] = .object(["currency": .string(currency)]) }
            stripped.sourceCarries = currency == nil ? [] : [.currency]
            let name = pipeline.accounts.first { $0.id == deal.accountId }?.name ?? "?"
            return (stripped, Account(id: deal.accountId, name: name))
        }
    }

    static let asOf = Day("2026-11-25")!

    @Test func noRuleAssertsAnAbsenceTheImportCouldNotKnow() {
        // given the demo's deals as a CSV-only import
        for (deal, account) in Self.csvOnly() {
            // when each is reviewed
            let review = ReviewEngine().review(
                deal: deal, account: account, seller: nil, playbook: .standard, asOf: Self.asOf, currency: "USD")
            // then no rule that needs goals, need, people, steps, activities, history or a business case fires
            let rules = Set(review.findings.map(\.rule.rawValue))
            let forbidden: Set<String> = [
                "no-customer-goal", "no-compelling-need", "no-buying-process", "paper-process-unknown",
                "single-threaded", "no-economic-buyer", "no-power", "stale", "no-customer-pull", "seller-chasing",
                "no-business-case", "stage-ahead-of-evidence", "no-next-step", "inaction-cost-unknown",
                "need-not-acknowledged", "not-enough-contacts", "stalled-in-stage",
            ]
            #expect(rules.isDisjoint(with: forbidden), "\(deal.id): \(rules)")
            // and the one "what we don't know yet" finding ranks the customer's goal first, with questions
            let unknown = review.findings.filter { $0.rule == "what-we-dont-know-yet" }
            #expect(unknown.count == 1)
            #expect(unknown.first?.title.hasPrefix("What we don't know yet: their goal and its number") == true)
            #expect(unknown.first?.questions.count == 3)
            #expect(review.findings.count <= 3, "\(deal.id): \(rules)")
        }
    }

    @Test func theWordingNamesNoInventedContactAndNoGuessedCurrency() {
        for (deal, account) in Self.csvOnly() {
            let review = ReviewEngine().review(
                deal: deal, account: account, seller: nil, playbook: .standard, asOf: Self.asOf, currency: "USD")
            let text = ReviewTextReport(color: false).deal(review, currency: "USD")
            #expect(!text.contains("your contact at") && !text.contains("(no company)"))
            #expect(!text.contains("USD"))
            if deal.amount != nil { #expect(text.contains("(no currency)")) }
            // and scores built on facts never told are shown as not known, not as zero
            #expect(text.contains("alignment ? · urgency ? · process ? · stakeholders ?"))
            #expect(text.contains("buyer-verified ?") && text.contains("Plan: ? · health ?"))
            // and the meeting view (the default) says the same in its headline
            let brief = ReviewTextReport(color: false, detail: false).deal(DealBrief(review, currency: "USD"))
            #expect(brief.contains("buyer-verified ?") && !brief.contains("USD"))
        }
    }

    @Test func fitWithNoProfileToJudgeItAgainstIsShownAsNotKnown() {
        // given one demo deal, reviewed without a seller profile and with the demo's (which has an ICP)
        let pipeline = DemoPipeline.make()
        let deal = pipeline.opportunities.first { $0.status == .open }!
        let account = pipeline.accounts.first { $0.id == deal.accountId }
        let engine = ReviewEngine()
        let without = engine.review(
            deal: deal, account: account, seller: nil, playbook: .standard, asOf: Self.asOf, currency: "USD")
        let with = engine.review(
            deal: deal, account: account, seller: pipeline.seller, playbook: .standard, asOf: Self.asOf,
            currency: "USD")
        // then without a profile the fit is not a judgement: `?` in the text and Markdown reports
        #expect(!without.fitJudged && with.fitJudged)
        #expect(ReviewTextReport(color: false).deal(without, currency: "USD").contains("· fit ? ·"))
        #expect(ReviewMarkdownReport.deal(without, currency: "USD").contains("fit ?,"))
        // and with one it is the score
        #expect(ReviewTextReport(color: false).deal(with, currency: "USD").contains("· fit \(with.scores.fit) ·"))
    }

    @Test func theVerdictIsNotBuiltOnAHealthScoreFromFactsNeverTold() {
        // given the demo's deals as a CSV-only import, and the same bare deals as a pipeline file that could
        // have carried goals and need (so their absence there is a known absence)
        var progressing = 0
        for (deal, account) in Self.csvOnly() {
            var fromFile = deal
            fromFile.sourceCarries = nil
            // when both are reviewed
            let csv = ReviewEngine().review(
                deal: deal, account: account, seller: nil, playbook: .standard, asOf: Self.asOf, currency: "USD")
            let file = ReviewEngine().review(
                deal: fromFile, account: account, seller: nil, playbook: .standard, asOf: Self.asOf, currency: "USD")
            // then the CSV deal is at risk only for what is known (a high finding such as a passed close date),
            // never for a health score it cannot have; the file's deal is judged on its known absences
            #expect(csv.scores.health < 50, "\(deal.id): the premise needs a low computed health")
            let alarming = csv.findings.contains { $0.severity == .high }
            #expect(csv.verdict == (alarming ? .atRisk : .progressing), "\(deal.id): \(csv.verdict)")
            #expect(file.verdict != .progressing && file.verdict != .customerPulling, "\(deal.id): \(file.verdict)")
            if csv.verdict == .progressing { progressing += 1 }
        }
        #expect(progressing > 0)
    }

    @Test func aCurrencyTheRowGaveLabelsTheAmount() {
        let (deal, account) = Self.csvOnly(currency: "EUR")[0]
        let review = ReviewEngine().review(
            deal: deal, account: account, seller: nil, playbook: .standard, asOf: Self.asOf, currency: "USD")
        #expect(ReviewTextReport(color: false).deal(review, currency: "USD").contains("EUR "))
        #expect(!review.unknownFacts.contains(.currency))
    }

    @Test func factsAddedInSameSideAfterTheImportCountAsKnown() {
        var (deal, account) = Self.csvOnly()[0]
        account.goals = [Goal(id: "g1", statement: "Cut downtime", metric: "hours", baseline: 40, target: 10)]
        deal.goalIds = ["g1"]
        let input = ReviewInput(deal: deal, account: account, seller: nil, asOf: Self.asOf)
        #expect(!input.unknownFacts.contains(.goals) && input.unknownFacts.contains(.stakeholders))
    }

    @Test func aPipelineFileDealKnowsEverythingAndGetsNoUnknownsFinding() {
        let pipeline = DemoPipeline.make()
        let reviews = ReviewEngine().review(pipeline, playbook: .standard, asOf: Self.asOf)
        #expect(reviews.allSatisfy { $0.unknownFacts.isEmpty })
        #expect(reviews.allSatisfy { !$0.findings.contains { $0.rule == "what-we-dont-know-yet" } })
    }

    @Test func thePipelineSummaryListsWhatWeDoNotKnowMostImportantFirst() {
        var summary = ReviewSummary()
        for (deal, account) in Self.csvOnly() {
            summary.add(
                ReviewEngine().review(
                    deal: deal, account: account, seller: nil, playbook: .standard, asOf: Self.asOf, currency: "USD"))
        }
        #expect(summary.unknownsRanked.first?.kind == .goals)
        #expect(summary.unknownsRanked.first?.deals == summary.deals)
        let text = ReviewTextReport(color: false).summary(summary)
        #expect(text.contains("What we don't know yet") && text.contains("their goal and its number"))
    }

    @Test func thePipelineListAsksTheFirstFourWithTheirQuestionInEveryForm() throws {
        // given the demo's open deals as a CSV-only import, reviewed
        var summary = ReviewSummary()
        for (deal, account) in Self.csvOnly() {
            summary.add(
                ReviewEngine().review(
                    deal: deal, account: account, seller: nil, playbook: .standard, asOf: Self.asOf, currency: "USD"))
        }
        let ranked = summary.unknownsRanked
        #expect(ranked.count > ReviewSummary.unknownsAsked)
        // when the summary is written as text, Markdown and JSON
        let text = ReviewTextReport(color: false).summary(summary)
        let markdown = ReviewMarkdownReport.summary(summary)
        let json = JSONSerializer.serialize(summary.json)
        // then the four that matter most to the customer come with the question to ask, in their order
        let goal = "their goal and its number: \(summary.deals) deals — ask: What is the customer trying to achieve"
        #expect(text.contains("  · " + goal) && markdown.contains("- " + goal))
        let positions = ["their goal and its number:", "their need to change:", "who decides:", "their buying steps:"]
            .compactMap { text.range(of: $0)?.lowerBound }
        #expect(positions.count == 4 && positions == positions.sorted())
        // and the rest share one line, with their counts
        let rest = ranked.dropFirst(ReviewSummary.unknownsAsked).map { ReviewSummary.label($0.kind) }
        #expect(text.contains("  · also not known yet: \(rest[0]) (\(summary.deals) deals)"), "\(text)")
        #expect(markdown.contains("- also not known yet: \(rest[0])"))
        // and the JSON lists every kind with its deals and question, most important first
        let parsed = try JSONParser.parse(Array(json.utf8))
        guard case .object(let object) = parsed, case .array(let items)? = object["whatWeDontKnowYet"] else {
            Issue.record("no whatWeDontKnowYet in \(json)")
            return
        }
        #expect(items.count == ranked.count)
        guard case .object(let first)? = items.first else { return }
        #expect(first["fact"] == .string("goals") && first["deals"] == .number(Double(summary.deals)))
        #expect(first["question"] == .string(ReviewSummary.question(.goals)))
    }

    @Test func aFullPipelineSummaryShowsNoUnknownsInAnyForm() {
        // given the demo pipeline, which carries every kind of fact, reviewed
        var summary = ReviewSummary()
        for review in ReviewEngine().review(DemoPipeline.make(), playbook: .standard, asOf: Self.asOf) {
            summary.add(review)
        }
        // then no form says anything about unknowns
        #expect(summary.unknownsRanked.isEmpty)
        #expect(!ReviewTextReport(color: false).summary(summary).contains("don't know"))
        #expect(!ReviewMarkdownReport.summary(summary).contains("don't know"))
        #expect(!JSONSerializer.serialize(summary.json).contains("whatWeDontKnowYet"))
    }
}
