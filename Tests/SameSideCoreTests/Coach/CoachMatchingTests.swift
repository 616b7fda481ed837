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

    @Test(arguments: [MessageKind.note, .email, .message])
    func aMessageWhollyInQuotationMarksIsTheSellersOwn(kind: MessageKind) {
        // Given a call script pasted with its quotation marks, straight and curly, and the same script bare
        let script = "Hi Omar, it's Jess at ParcelWay. We're the best-in-class courier. Can I book 15 minutes?"
        let bare = coach.coach(script, kind: kind)
        for quoted in ["\"\(script)\"", "“\(script)”", "  \"\(script)\"\n"] {
            // When the quoted one is coached
            let report = coach.coach(quoted, kind: kind)
            // Then it is judged on its words, exactly as the bare script is
            #expect(report.metrics.words == bare.metrics.words && report.metrics.words > 0, "\(quoted)")
            #expect(report.verdict == bare.verdict && report.score == bare.score)
            #expect(report.findings.map(\.category) == bare.findings.map(\.category))
        }
        // And a quotation inside our own words stays theirs
        let inside = coach.coach(
            "You said \"our deadline is June and we must sign\". What happens in June?", kind: kind)
        #expect(inside.metrics.pressureTerms == 0 && inside.metrics.sellerReferences == 0)
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

    @Test(arguments: [
        "I need it to close this month.", "We need to get this done by quarter end for my numbers.",
        "I really need this deal to land in Q4.", "I'd like to get this closed before our year ends.",
        "We have to close this one by the end of the month.", "Can we get it in this quarter?",
        "It would really help me hit my number if the order came through.",
        "I need the PO signed before the quarter closes.", "I'm trying to get this across the line this month.",
        "This would count toward my quarter.", "I need this signed by the end of the quarter.",
        "We really need the order booked before the quarter closes.",
    ])
    func theSellersOwnNeedToCloseIsPressure(text: String) {
        // Given a sentence where the deadline is the seller's own need to close
        // Then it is found as the seller's deadline
        #expect(categories(text).contains(.sellerDeadline), "\(text)")
    }

    @Test(arguments: [
        "I can take another 8% off.", "I could do 15% off if you sign this week.",
        "We can knock another 5% off the license.", "Happy to take 10% off the first year.",
        "I was able to get you a better price.", "I can drop the price to $40 a seat.",
        "I can throw in two free months.", "We could do an extra discount on the renewal.",
        "Let me sharpen my pencil on the pricing.", "I can take 12 percent off your subscription.",
        "If you sign this week I can hold the price.", "We could shave another 3 points off if it closes Friday.",
    ])
    func aPriceCutNobodyAskedForIsPressure(text: String) {
        // Given a seller offering money off without being asked
        // Then it is found as a discount to make them move
        #expect(categories(text).contains(.discountForSpeed), "\(text)")
    }

    @Test(arguments: [
        "You said you need it live this month.", "Your team needs the new line live by the end of the month.",
        "Which site do you want to go live this quarter?", "The inspection cell took 12% off their scrap rate.",
        "We could take 15% off your scrap rate by catching warped trays early.",
        "You asked whether we could do 10% off; there is a volume tier at ten sites.",
        "There is no discount for signing early.", "I can't offer a discount, and the price will not change.",
        "We need the site survey finished this month so your crews can start in March.",
        "How do you close the books this month with the new ERP?",
        "I can come down to your plant on Tuesday.", "We can close the gap in first-time fix this year.",
        "We need it live by this month to hit our target.",
        "Your team wants the second plant up and running before the end of the year.",
        "You need the audit trail in place by the end of the quarter.",
    ])
    func lookAlikesOfTheSellersNeedAndOfPriceCutsAreNotPressure(text: String) {
        // Given the customer's own deadline, savings on their costs, or a discount they asked about
        // Then no pressure is found
        #expect(coach.coach(text).metrics.pressureTerms == 0, "\(text): \(categories(text))")
    }

    @Test(arguments: [
        "It's $390 a month and I can walk you through it in 15 minutes.",
        "I'll bring you three to five new clients a month.",
        "We close about 35 properties a month, so we can be a steady source for you.",
        "It's been a month since your team took over the platform, and I'd like to hear how it's going.",
        "Feel free to check the pricing page and sign up for the free tier.",
        "As agreed, I'll send pricing by Thursday.",
        "Our new pricing for the coming year won't be confirmed until the end of the month.",
        "Most lapsed quotes never become a purchase order, and rarely because of price.",
        "We'll review this year, look at expansion options and go through pricing and terms.",
    ])
    func aPriceOrAMonthMentionedBesideATimeOrAnOfferIsNoDiscountForSpeed(text: String) {
        // Given a monthly price, a month of anything, or prices talked about near a date, with nothing taken off
        // and no deadline on a price
        // Then no discount for speed is found
        #expect(!categories(text).contains(.discountForSpeed), "\(text)")
    }

    @Test(arguments: [
        "We can add three months free to the renewal.",
        "The price I quoted is only good until Friday.",
        "Anything signed before March stays at the price in the proposal.",
        "You keep today's pricing until the end of the quarter.",
    ])
    func aPriceHeldOrFreeMonthsForSigningSoonAreStillDiscountForSpeed(text: String) {
        #expect(categories(text).contains(.discountForSpeed), "\(text)")
    }

    @Test(arguments: [
        "Quick question: is the team still wrestling with following up on web leads?",
        "Do you have a front-desk team responsible for following up with past guests?",
        "Where do leads fall apart between someone showing interest and a rep actually following up?",
        "Hi Owen, following up on your question about the spike in onboarding enquiries.",
        "When does your current payroll contract come up for renewal?",
        "Where do you keep track of people who've asked for a quote?",
        "When your department takes on something new like this, how does it usually get signed off?",
        "Could you tell me a bit about where things stand on your side?",
        "My number is 0161 555 0123.",
        "What would success look like for you by the end of the year?",
        "Is there a firm deadline you're working towards on the rollout?",
        "Do you have a hard deadline for the migration?",
        "Trial sign-ups have climbed all year, but upgrades have not kept pace this quarter.",
        "Has the budget been approved, or is there still a sign-off step ahead?",
    ])
    func questionsAboutTheirProcessAndContractsAndAPhoneNumberAreNoPressure(text: String) {
        // Given a follow-up named as their work or answering their question, a when/where question about their
        // business or their contract with someone else, their own date, our phone number, a question whether
        // they have a deadline, their sign-ups, or one approval step on their side
        // Then no pressure is found
        #expect(coach.coach(text).metrics.pressureTerms == 0, "\(text): \(categories(text))")
    }

    @Test(arguments: [
        ("Do you know when the contract will be awarded?", CoachFinding.Category.statusDemand),
        ("Where do things stand on the firewall decision?", .statusDemand),
        ("Just wanted to see where things stand.", .statusDemand),
        ("When will the signed contract be back with us?", .statusDemand),
        ("I need to hit my number this quarter.", .sellerDeadline),
        ("Just following up on my last email.", .chasing),
        ("Our hard deadline is Friday.", .sellerDeadline),
        ("We need the contract signed by the end of the month.", .sellerDeadline),
        ("Is the signed contract still waiting on approval?", .statusDemand),
    ])
    func chasingAndStatusAboutOurDealAreStillPressure(text: String, category: CoachFinding.Category) {
        #expect(categories(text).contains(category), "\(text): \(categories(text))")
    }
}
