import Testing

@testable import SameSideCore

@Suite struct CoachQuestionTests {
    let coach = MessageCoach()

    @Test(arguments: [
        "What would your ops team need to see before the board meeting?",
        "How do you measure on-time delivery today?",
        "Who else on your side feels the cost of the repeat visits?",
        "Curious, which part of the changeover takes the longest?",
    ])
    func openQuestionsAboutTheirBusinessAreBusinessQuestions(text: String) {
        let metrics = coach.coach(text).metrics
        #expect(metrics.questions == 1)
        #expect(metrics.businessQuestions == 1)
        #expect(metrics.closingQuestions == 0)
    }

    @Test(arguments: [
        "When can we expect the signed contract?", "Can you sign the order form this week?",
        "Is the PO ready?", "What would it take to get the paperwork signed?",
    ])
    func pushesForSignatureOrStatusAreClosingQuestions(text: String) {
        let metrics = coach.coach(text).metrics
        #expect(metrics.closingQuestions == 1)
        #expect(metrics.businessQuestions == 0)
    }

    @Test(arguments: ["Are you free Tuesday?", "Would 3pm work?", "Do you have 20 minutes on Thursday?"])
    func meetingRequestsAreYesNoNotBusiness(text: String) {
        let metrics = coach.coach(text).metrics
        #expect(metrics.businessQuestions == 0)
        #expect(metrics.closingQuestions == 0)
        #expect(metrics.yesNoQuestions == 1)
    }

    @Test func openQuestionsThatOnlyArrangeAMeetingAreNotBusinessQuestions() {
        #expect(coach.coach("What time works for a call on Thursday?").metrics.businessQuestions == 0)
    }
}

/// Issue #17: a question about the customer's business is recognised whatever its wording — by its structure (a
/// question whose subject and object are their side), not by how it starts.
@Suite struct CoachBusinessQuestionTests {
    let coach = MessageCoach()

    @Test(arguments: [
        // Question words, with and without a lead-in
        "How are you handling supplier onboarding today?",
        "What would it mean for your team if month-end close took two days instead of eight?",
        "Where does the warehouse move stand on your side?",
        "Quick question: which step of the approval takes longest for the plant managers?",
        // Lead-ins that are not question words
        "Curious whether the new plant changes how you staff the night shift?",
        "I was wondering how your reps decide which renewals to chase first?",
        // No question word at all
        "Is the review backlog something your team is trying to shorten this year?",
        "Your planners still rebuild the schedule by hand when a driver calls in sick?",
        "Quick one: are weekend tickets triaged by the same people on Monday, or does a separate queue build up?",
        // Embedded after a clause, and without a question mark
        "Before we talk numbers, how is the team measuring first-time fix today?",
        "I'd love to hear how your finance team closes the month today.",
        "Help me understand what happens to an order when the credit check fails.",
    ])
    func questionsAboutTheirBusinessAreRecognisedInAnyForm(_ text: String) {
        // Given one question about their side, however it is worded
        // When it is coached
        let report = coach.coach(text)
        // Then it counts as a business question and the advice does not ask for one
        #expect(report.metrics.businessQuestions == 1, "\(text)")
        #expect(!report.advice.contains { $0.contains("question about their business") })
    }

    @Test(arguments: [
        // Our meeting, our demo, our material, our next step
        "What did you think of the demo?",
        "How did the demo land with your team?",
        "Would it be worth a conversation to see how our platform could help?",
        "Is your team free on Thursday afternoon?",
        "Does Tuesday at ten or Wednesday at three work?",
        "Want me to send over the case study?",
        "Would you like me to put together a proposal?",
        "Should I close your file?",
        "What can I do to earn your business?",
        "Worth a look?",
        // A signature or status
        "When can we expect the signed contract?",
        // Sign-offs and statements are not questions
        "Let me know what you think.",
        "I know how busy your team is this quarter.",
    ])
    func questionsAboutUsOrOurMeetingAreNotBusinessQuestions(_ text: String) {
        // Given a question about our meeting, our product or our deal (or no question at all)
        // When it is coached
        let report = coach.coach(text)
        // Then it is not a business question
        #expect(report.metrics.businessQuestions == 0, "\(text)")
    }

    @Test func anIndirectQuestionAboutThemCountsAsAQuestionButASignOffDoesNot() {
        // Given an indirect question about their process and a sign-off asking for feedback
        let report = coach.coach(
            "I'd love to learn how approvals work on your side. Let me know what you think of the outline.")
        // Then one question is counted, and it is about their business
        #expect(report.metrics.questions == 1)
        #expect(report.metrics.businessQuestions == 1)
    }
}
