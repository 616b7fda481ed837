import Testing

@testable import SameSideCore

/// The meeting report: filters, totals that never add currencies, ranking in bounded memory.
@Suite struct ReviewReportTests {
    static func render(_ options: ReviewReportOptions, memoryLimit: Int? = nil) throws -> String {
        let (reviews, currency) = MeetingViewTests.demo()
        let report = ReviewReport(
            options: options, asOf: Day("2026-11-25")!, currency: currency, storage: InMemorySpillStorage())
        var bytes = Array(report.opening.utf8)
        for review in reviews { bytes += Array(try report.add(review).utf8) }
        try report.finish { bytes += $0 }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func theOwnerFilterShowsOnlyThatOwnersDeals() throws {
        // given the demo reviewed for one owner
        let text = try Self.render(ReviewReportOptions(form: .text, filter: ReviewFilter(owner: "anna kowal")))
        // then only Anna Kowal's deals are shown, and the heading says so
        #expect(text.contains("(owner anna kowal)"))
        #expect(text.contains("Porosity analytics"))
        #expect(!text.contains("Corrugator monitoring rollout"))
    }

    @Test func topKeepsTheDealsWithTheMostAtStakePerVerdict() throws {
        // given the demo with --top 1
        let text = try Self.render(ReviewReportOptions(form: .text, filter: ReviewFilter(top: 1)))
        let all = try Self.render(ReviewReportOptions(form: .text))
        // then each verdict shows one deal
        let deals = text.split(separator: "\n").filter { $0.hasPrefix("  ") && $0.contains("  [o-") }
        let allDeals = all.split(separator: "\n").filter { $0.hasPrefix("  ") && $0.contains("  [o-") }
        let verdicts = Set(MeetingViewTests.demo().reviews.map(\.verdict))
        #expect(deals.count == verdicts.count)
        #expect(allDeals.count == MeetingViewTests.demo().reviews.count)
    }

    @Test func theJSONKeepsTheContractKeysAndAddsTheMeetingView() throws {
        // given the demo as JSON
        let text = try Self.render(ReviewReportOptions(form: .json))
        let json = try JSONParser.parse(Array(text.utf8))
        guard case .object(let document) = json, case .array(let deals)? = document["deals"],
            case .object(let first)? = deals.first
        else { return #expect(Bool(false), "not a review document") }
        // then the contract's keys are there with the new ones
        for key in [
            "id", "name", "verdict", "findings", "scores", "buyerVerifiedStage", "headline", "nextBestAction", "points",
            "stake",
        ] {
            #expect(first[key] != nil, "\(key)")
        }
        #expect(document["summary"] != nil)
        #expect(document["meeting"] != nil)
    }

    @Test func totalsNeverAddDifferentCurrencies() {
        // given two deals in different currencies
        var totals = MoneyTotal()
        totals.add(amount: 100_000, currency: "USD")
        totals.add(amount: 80_000, currency: "EUR")
        totals.add(amount: nil, currency: "USD")
        // then each currency is summed on its own
        #expect(totals.moneyText == "EUR 80,000 + USD 100,000")
        #expect(totals.deals == 3)
        #expect(totals.unpriced == 1)
    }

    @Test func rankedBlocksComeBackInRankOrderAfterSpilling() throws {
        // given blocks added with a tiny memory limit, so most wait in storage
        let storage = InMemorySpillStorage()
        let blocks = RankedBlocks(groups: 2, storage: storage, memoryLimit: 10)
        for (index, stake) in [5.0, 50, 20, 50].enumerated() {
            try blocks.add(group: index % 2, stake: stake, amount: 0, first: "deal \(index) ", second: "note \(index)")
        }
        // when read back
        var order: [String] = []
        for group in 0..<2 {
            try blocks.forEachRanked(group) { first, second in
                order.append(String(decoding: first + second, as: UTF8.self))
            }
        }
        // then each group is ranked by stake, the earlier first on a tie, texts intact
        #expect(order == ["deal 2 note 2", "deal 0 note 0", "deal 1 note 1", "deal 3 note 3"])
        #expect(storage.count > 0)
    }
}
