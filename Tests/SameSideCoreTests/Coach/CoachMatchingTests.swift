import Testing

@testable import SameSideCore

@Suite struct CoachMatchingTests {
    let coach = MessageCoach()

    func categories(_ text: String, kind: MessageKind = .email) -> [CoachFinding.Category] {
        coach.coach(text, kind: kind).findings.map(\.category)
    }

    @Test(arguments: [
        "I haven't heard back from you.", "I haven’t heard back from you.", "I have not heard back from you.",
        "I havent heard back from you.", "I HAVEN'T HEARD BACK FROM YOU.",
    ])
    func contractionsCurlyQuotesAndCaseAllMatch(text: String) {
        #expect(categories(text).contains(.chasing))
    }

    @Test func aNegatedDeadlineIsNotPressure() {
        // Given a seller who says there is no deadline on their side
        let report = coach.coach("There is no deadline on our side and no discount for signing early.")
        // Then no pressure is found
        #expect(report.metrics.pressureTerms == 0)
    }

    @Test func theCustomersOwnQuarterEndIsNotOurDeadline() {
        let report = coach.coach("How is your team preparing for your quarter end close?")
        #expect(report.metrics.pressureTerms == 0)
        #expect(report.metrics.businessQuestions == 1)
    }

    @Test func ourQuarterEndIsPressure() {
        #expect(categories("We need to get this signed before our quarter ends.").contains(.sellerDeadline))
    }

    @Test func aDiscountTiedToSigningSoonIsDiscountForSpeed() {
        // Given a discount and a deadline in one sentence, worded without any listed phrase
        let found = categories(
            "Happy to take 12% off the license if we have the signed order by the 30th of this month.")
        // Then the co-occurrence of the two is found
        #expect(found.contains(.discountForSpeed))
    }

    @Test func youInSellerCentricPhrasingDoesNotCountAsAboutThem() {
        // Given "you" as the object of our pitch
        let report = coach.coach("You'll love our platform. Let me show you our dashboard.")
        // Then those "you"s are not references to the customer, and the pitch is found
        #expect(report.metrics.customerReferences == 0)
        #expect(report.metrics.pitchTerms >= 2)
        #expect(report.verdict == .sellerCentric)
    }

    @Test func quotedReplyHistoryIsNotJudged() {
        // Given a customer-centric reply above a quoted customer message full of "our" and deadlines
        let message = """
            Hi Helen, you said the cutover weekend worries your team most. What went wrong last time?

            On Tue, 3 Nov 2026 at 09:12, Helen Ward <helen@example.com> wrote:
            > Our quarter ends soon and we need to sign the contract quickly. Our platform team is small.
            """
        let report = coach.coach(message)
        // Then only the reply is judged
        #expect(report.metrics.pressureTerms == 0)
        #expect(report.metrics.sellerReferences == 0)
        #expect(report.verdict == .customerCentric)
    }

    @Test func inlineQuotationsOfTheCustomerAreNotOurWords() {
        let report = coach.coach(
            "You wrote “our platform team is tiny and our deadline is June” — what happens in June?")
        #expect(report.metrics.pitchTerms == 0)
        #expect(report.metrics.pressureTerms == 0)
    }

    @Test func theCountryUSIsNotUs() {
        let report = coach.coach("Your plants in the US and Mexico run three shifts.")
        #expect(report.metrics.sellerReferences == 0)
    }

    @Test func hyphenatedAndSpacedSuperlativesBothMatch() {
        #expect(categories("It is best-in-class.").contains(.superlative))
        #expect(categories("It is best in class.").contains(.superlative))
        #expect(categories("It is BEST-IN-CLASS.").contains(.superlative))
    }

    @Test func aFeatureListIsPitch() {
        let message =
            "Our new release:\n- Real-time tracking\n- Automated rescheduling\n- Advanced analytics\n- ERP integration\n"
        #expect(categories(message).contains(.featureList))
    }

    @Test func aListOfQuestionsForThemIsNotAFeatureList() {
        let message =
            "Questions for your team:\n- How many orders slip each week?\n- What does a late order cost you?\n"
            + "- Which step takes longest?\n"
        #expect(!categories(message).contains(.featureList))
    }

    @Test func emptyAndWhitespaceMessagesGiveAnEmptyReport() {
        for text in ["", "   \n\t  "] {
            let report = coach.coach(text)
            #expect(report.metrics.words == 0)
            #expect(report.findings.isEmpty)
            #expect(report.verdict == .mixed)
        }
    }

    @Test func binaryLookingScalarsNeverTrap() {
        // Given control characters, lone surrogate replacements and private-use scalars
        var text = ""
        for value in [0, 1, 2, 7, 27, 0xFFFD, 0xE000, 0x10FFFF, 0x7F, 0x85, 0x2028] {
            text.unicodeScalars.append(Unicode.Scalar(UInt32(value))!)
        }
        let report = coach.coach(String(repeating: text + "just checking in ", count: 50))
        for finding in report.findings {
            #expect(
                CoachSpanTests.slice(
                    String(repeating: text + "just checking in ", count: 50), finding.start, finding.end)
                    == finding.text)
        }
        #expect(report.metrics.pressureTerms > 0)
    }
}
