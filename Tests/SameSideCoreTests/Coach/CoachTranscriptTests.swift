import Testing

@testable import SameSideCore

@Suite struct CoachTranscriptTests {
    let coach = MessageCoach()

    static let call = """
        [00:00:05] Dana: Thanks for the time. What made you take this call?
        [00:00:09] Marta: Our first-time fix rate is 71% and we need 85% by June.
        [00:00:15] Dana: What happens if you miss June?
        [00:00:18] Marta: We lose the Harbour Towers contract. That is a third of our revenue.
        It also hurts renewals.
        [00:00:30] Dana: Who decides on a fix like this?
        """

    @Test func talkRatioMonologueAndQuestionsPerSide() {
        // Given a call where Dana is named as the seller
        let report = coach.coach(Self.call, kind: .transcript, sellerSpeakers: ["Dana"])
        let t = report.metrics.transcript
        // Then the seller's and the customer's words are counted apart
        #expect(t != nil)
        #expect(t?.sellerSpeakers == ["Dana"])
        #expect(t?.customerSpeakers == ["Marta"])
        #expect(t?.sellerWords == 23)
        #expect(t?.customerWords == 30)
        #expect(t?.talkRatio == 0.43)
        #expect(t?.sellerQuestions == 3)
        #expect(t?.customerQuestions == 0)
        #expect(t?.longestMonologueWords == 10)
        // And the customer's "our"/"we" is not the seller talking about itself
        #expect(report.metrics.sellerReferences == 0)
        #expect(report.metrics.businessQuestions >= 2)
    }

    @Test func aHeaderLineNamesTheSeller() {
        let text = "# seller: Dana Reyes\n" + Self.call
        let t = coach.coach(text, kind: .transcript).metrics.transcript
        #expect(t?.sellerSpeakers == ["Dana"])
        #expect(t?.sellerWords == 23)
    }

    @Test func withoutASellerTheFirstSpeakerIsAssumedAndSaidSo() {
        let report = coach.coach(Self.call, kind: .transcript)
        #expect(report.metrics.transcript?.sellerSpeakers == ["Dana"])
        #expect(report.advice.contains { $0.contains("assumed the first speaker") })
    }

    @Test func customerStatementsWithNumbersBecomeCandidateGoals() {
        let report = coach.coach(Self.call, kind: .transcript, sellerSpeakers: ["Dana"])
        #expect(report.candidateGoals.contains { $0.text.contains("85% by June") && $0.hasNumber })
        #expect(report.candidateGoals.allSatisfy { $0.speaker == "Marta" })
    }

    @Test func aSellerMonologueIsMeasuredAcrossConsecutiveTurns() {
        let long = String(repeating: "We have a great product with many features. ", count: 30)
        let text = "Rep: \(long)\nRep: \(long)\nProspect: Okay.\n"
        let t = coach.coach(text, kind: .transcript).metrics.transcript
        #expect(t?.longestMonologueWords == 480)
        #expect(t?.longestMonologueSeconds == 192)
        #expect(t?.talkRatio == 1)
    }

    @Test func aTranscriptWithoutSpeakerLinesIsReadAsANote() {
        let report = coach.coach("Just some notes from the call, no speakers.", kind: .transcript)
        #expect(report.kind == .note)
        #expect(report.metrics.transcript == nil)
    }
}
