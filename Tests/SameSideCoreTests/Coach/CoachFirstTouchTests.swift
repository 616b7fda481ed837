import Testing

@testable import SameSideCore

/// Cold-email length guidance only for a first touch (issue #17): replies, follow-ups and messages in an ongoing
/// thread never get it (docs/coach.md, "Length and reading ease").
@Suite struct CoachFirstTouchTests {
    let coach = MessageCoach()

    /// About 150 words on the customer's business, with nothing that refers to an earlier exchange.
    static let body = """
        The Leeds depot has grown from four to eleven routes since spring, and the night shift now plans every \
        route by hand from a spreadsheet that three people edit at once. When a driver calls in sick, the \
        planner rebuilds the whole evening, and the first trucks leave forty minutes late on most Mondays. \
        Each late departure pushes the store deliveries past the morning window, and the stores then wait \
        for staff who are already on the floor. Other regional grocers in the same position have found that \
        the cost is not the planning time but the overtime at the far end of the route. How does the team \
        decide today which routes move when someone is out, and who signs off on the new plan before the \
        trucks leave? What would it be worth to the depot if Monday departures left on time for a whole \
        quarter?
        """

    static let lengthAdvice = "Cold emails do best"

    func advice(_ text: String, context: CoachContext? = nil) -> [String] {
        coach.coach(text, kind: .email, context: context).advice
    }

    @Test func aLongColdEmailGetsTheColdLengthGuidance() {
        // Given a first email of about 150 words that refers to nothing earlier
        // When it is coached as an email
        let advice = advice("Hi Priya,\n\n" + Self.body + "\n\nBest,\nTom")
        // Then it gets the first-touch length guidance
        #expect(advice.contains { $0.contains(Self.lengthAdvice) })
    }

    @Test(arguments: [
        "Re: Monday departures\n\nHi Priya,\n\n" + body,
        "Subject: RE: route planning\n\n" + body,
        "FW: depot numbers\n\n" + body,
        "Hi Priya,\n\n" + body + "\n\nOn Tue, 3 Nov 2026 at 09:12, Priya Nair <priya@example.com> wrote:\n"
            + "> Can you send me something on the Monday problem?",
        "Hi Priya,\n\n" + body + "\n\n> We lose most of Monday morning to re-planning.",
        "Thanks for your reply on Tuesday, Priya. " + body,
        "Thank you for the call yesterday. " + body,
        "You mentioned the Monday departures when we spoke. " + body,
        "As I promised, here is the picture of the Monday departures. " + body,
        "Following up on the Monday departures. " + body,
        "I wanted to circle back on the routes. " + body,
        "Priya, we met at the logistics fair in Harrogate. " + body,
    ])
    func aReplyOrFollowUpNeverGetsColdEmailGuidance(_ text: String) {
        // Given a long email that answers, quotes or refers to an earlier exchange
        // When it is coached
        let advice = advice(text)
        // Then no advice tells it that first emails should be short
        #expect(!advice.contains { $0.contains(Self.lengthAdvice) }, "\(advice)")
    }

    @Test func anEmailInADealWithEarlierTouchesIsNotAFirstTouch() {
        // Given a deal context with two earlier touches and an email that does not mention them
        let context = CoachContext(customerName: "Hartley Foods", priorTouches: 2)
        // When the long email is coached in that context
        let advice = advice("Hi Priya,\n\n" + Self.body, context: context)
        // Then it is read as part of the thread: no cold-email guidance
        #expect(!advice.contains { $0.contains(Self.lengthAdvice) })
        #expect(context.isOngoing)
    }

    @Test func aDealsActivitiesAndStatedGoalsMakeItOngoing() {
        // Given a deal with one outbound email and an internal note, and an account whose goals the seller assumed
        let account = Account(
            id: "a1", name: "Hartley Foods",
            goals: [Goal(id: "g1", statement: "Leave on time on Mondays", source: .sellerAssumed)])
        let touched = Opportunity(
            id: "o1", accountId: "a1", name: "Routes",
            activities: [
                Activity(date: Day(ordinal: 20_394), direction: .internal),
                Activity(date: Day(ordinal: 20_395), direction: .outbound),
            ])
        var untouched = touched
        untouched.activities = [Activity(date: Day(ordinal: 20_394), direction: .internal)]
        // When contexts are built from them
        let ongoing = CoachContext(account: account, opportunity: touched)
        let fresh = CoachContext(account: account, opportunity: untouched)
        // Then only the customer-facing touch counts, and an assumed goal alone does not make a thread
        #expect(ongoing.priorTouches == 1 && ongoing.isOngoing)
        #expect(fresh.priorTouches == 0 && !fresh.isOngoing)
        #expect(CoachContext(goals: [CoachContext.GoalRef(statement: "On time", customerStated: true)]).isOngoing)
    }

    @Test(arguments: [
        // A sign-off thank-you and a future call are not an earlier exchange.
        "Hi Priya,\n\n" + body + "\n\nThanks for reading, and I would welcome a call next week if it helps.",
        // "let me know" and "you know" are not past exchanges either.
        "Hi Priya,\n\n" + body + "\n\nLet me know what you think.",
    ])
    func aColdEmailWithLookAlikeWordsIsStillAFirstTouch(_ text: String) {
        #expect(advice(text).contains { $0.contains(Self.lengthAdvice) })
    }

    @Test func otherKindsNeverGetColdEmailGuidance() {
        // Given the same long text as a call note and as a LinkedIn message
        let note = coach.coach(Self.body, kind: .note).advice
        let message = coach.coach(Self.body, kind: .message).advice
        // Then neither is told about cold emails (the message gets LinkedIn's own length advice)
        #expect(!note.contains { $0.contains(Self.lengthAdvice) })
        #expect(!message.contains { $0.contains(Self.lengthAdvice) })
        #expect(message.contains { $0.contains("LinkedIn") })
    }
}
