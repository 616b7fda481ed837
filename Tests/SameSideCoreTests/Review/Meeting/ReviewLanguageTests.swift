import Testing

@testable import SameSideCore

/// The sentences a manager reads out in front of a rep or a CFO: no one justifies a spend to themselves,
/// counts agree with their nouns, quotes are cut between words around the evidence, amounts are rounded for
/// readers, and a pause shows its date and reason.
@Suite struct ReviewLanguageTests {
    static let all: [DealReview] = MeetingViewTests.demo().reviews + MeetingViewTests.generated(deals: 600).reviews

    @Test func nobodyIsAskedToJustifyASpendToThemselves() {
        // given every question of the demo and of 600 generated deals
        for question in Self.all.flatMap({ $0.findings.flatMap(\.questions) }) {
            // when it asks how someone will justify a spend to someone
            guard let justify = question.range(of: " justify "),
                let to = question.range(of: " to ", range: justify.upperBound..<question.endIndex)
            else { continue }
            let who = question[question.index(question.startIndex, offsetBy: "How will ".count)..<justify.lowerBound]
            // then the two are different people
            #expect(!question[to.upperBound...].hasPrefix(who), "\(question)")
        }
    }

    @Test func countsAgreeWithTheirNouns() {
        // given every line the reviews show
        let lines = Self.all.flatMap { review in
            review.findings.flatMap { [$0.title] + $0.evidence + $0.questions + [$0.nextAction] }
        }
        // then none says "all 1 …" or "1 … are"
        for line in lines {
            #expect(!line.contains("all 1 "), "\(line)")
            #expect(!line.contains(" 1 customer steps"), "\(line)")
        }
        #expect(ReviewText.count(1, "more finding") == "1 more finding")
        #expect(ReviewText.count(2, "more finding") == "2 more findings")
    }

    @Test func quotesAreCutBetweenWordsAroundTheEvidence() {
        // given a message whose evidence (the discount) is near its end
        let text =
            "Good news: if we get the PO before the 30th I can take another 8% off. Can you push it through this week?"
        // when quoted in 50 characters around the discount
        let quote = ReviewText.quote(text, limit: 50, focus: ["%"])
        // then the discount is kept and every word in the quote is a whole word of the message
        #expect(quote.contains("8% off"))
        let words = Set(text.split(separator: " ").map(String.init))
        let inner = quote.trimmingCharacters(in: ["\"", "…"])
        for word in inner.split(separator: " ") {
            #expect(words.contains(String(word)), "cut word \(word) in \(quote)")
        }
        #expect(quote.hasPrefix("\"…"))
    }

    @Test func aQuoteWithoutFocusIsCutAtTheLastWholeWord() {
        let quote = ReviewText.quote(
            "Ray: the pilot worked, you've won it, the PO should follow in a few days", limit: 30)
        #expect(quote == "\"Ray: the pilot worked, you've…\"")
    }

    @Test func amountsAreRoundedToWhatAReaderNeeds() {
        #expect(NumberText.readableMoney(2_341_567.89, currency: "USD") == "USD 2,342,000")
        #expect(NumberText.readableMoney(95_000.40, currency: "USD") == "USD 95,000")
        #expect(NumberText.readableMoney(12.5, currency: "EUR") == "EUR 12.50")
        #expect(NumberText.readableMoney(-1_500_499, currency: "USD") == "USD -1,500,000")
        #expect(ReviewText.money(1_234_567, "USD") == "USD 1,235,000")
    }

    @Test func theReviewJSONKeepsFullPrecision() throws {
        // given a deal with an amount in cents above a million
        var review = MeetingViewTests.demo().reviews[0]
        review.amount = 2_341_567.89
        // then the JSON keeps it exactly while the headline rounds it
        guard case .object(let json) = DealBrief(review, currency: "USD").json else { return #expect(Bool(false)) }
        #expect(json["amount"] == .number(2_341_567.89))
        #expect(DealBrief(review, currency: "USD").headline.contains("USD 2,342,000"))
    }

    @Test func aPauseIsShownWithItsDateAndReason() throws {
        // given the demo deal the customer paused until January
        let review = try #require(MeetingViewTests.demo().reviews.first { $0.dealId == "o-orion-porosity" })
        let brief = DealBrief(review, currency: "USD")
        // then the headline shows the date and the reason, and the next action waits for it
        #expect(brief.headline.contains("paused until 2027-01-15: Grace asked to wait"))
        #expect(brief.nextBestAction.priority == .paused)
        #expect(brief.nextBestAction.text.hasPrefix("Wait until 2027-01-15"))
    }
}
