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
