import Testing

@testable import SameSideCore

/// What the verdict's features see in one message (docs/coach.md, "Features").
@Suite struct CoachFeatureTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        var kind: MessageKind = .email
        /// Features that must be above zero.
        var present: [String]
        /// Features that must be zero.
        var absent: [String] = []
        var testDescription: String { String(text.prefix(50)) }
    }

    static let cases: [Case] = [
        Case(
            text: "I haven't heard back on my last three emails, so I'll assume this fell off your radar.",
            present: ["breakUpSentences"]),
        Case(
            text: "Give me a call back at 555-0134 when you get a moment.", present: ["callBackSentences"],
            absent: ["questionsAboutThem"]),
        Case(
            text: "Our clients include Acme, Globex and Initech.", present: ["clientListSentences"],
            absent: ["customerReferencesPer100Words"]),
        Case(
            text: "My name is Jason and I cover the Midwest territory for Brightline.",
            present: ["sellerRoleSentences", "sentencesAboutUs", "opensAboutUs"], absent: ["opensAboutThem"]),
        Case(
            text: "The platform is the fastest and most trusted on the market.",
            present: ["productSentences", "claimSentences", "sentencesAboutUs"], absent: ["sentencesAboutThem"]),
        Case(
            text: "How does the night shift hand over open work orders today?",
            present: ["questionsAboutThem", "sentencesOnTheirBusiness", "opensAboutThem", "endsWithQuestion"],
            absent: ["meetingAsks", "sentencesAboutUs"]),
        Case(
            text: "Their churn rose to 14% after the second depot move.",
            present: ["theirNumbers", "thirdPersonReferences", "sentencesAboutThem"], absent: ["ourNumbers"]),
        Case(text: "Our list price goes up 10% next quarter.", present: ["ourNumbers", "commercialSentences"]),
        Case(
            text: "Check out our new webinar on forecasting, it's free to register.", present: ["contentSentences"]
        ),
        Case(
            text: "Could you do me a favour and point me to the right person for this?", present: ["favourSentences"]),
        Case(text: "I guess my emails got buried again.", present: ["sarcasmSentences"]),
        Case(
            text: "Are you free for a call on Tuesday afternoon?", present: ["meetingAsks", "endsWithQuestion"],
            absent: ["questionsAboutThem"]),
        Case(
            text: "Your team said the backlog doubled in March. What is it costing the plant each week?",
            present: ["sentencesAboutThem", "opensAboutThem", "questionsAboutThem", "businessWordShare"],
            absent: ["sentencesAboutUs", "opensAboutUs", "sellerReferencesPer100Words"]),
        Case(text: "Hello again!!! Great news!", present: ["exclamations"]),
        Case(text: "Note from the call: they want fewer truck rolls.", kind: .note, present: ["isNote"]),
    ]

    @Test(arguments: cases)
    func featureExtractionSeesWhatTheSentenceIsAbout(_ item: Case) {
        // Given a message
        let coach = MessageCoach()
        // When its features are computed
        let vector = coach.featureVector(item.text, kind: item.kind)
        let names = CoachModel.coachFeatureNames
        #expect(vector.count == coach.model.featureNames.count)
        // Then the expected ones are present and the others absent
        for name in item.present {
            let value = names.firstIndex(of: name).map { vector[$0] }
            #expect((value ?? 0) > 0, "\(name) should be above zero")
        }
        for name in item.absent {
            let value = names.firstIndex(of: name).map { vector[$0] }
            #expect(value == 0, "\(name) should be zero")
        }
    }

    @Test func theCommittedWeightsFollowTheCoachsFeatureOrder() {
        // Given the committed model
        let model = CoachModel.standard
        // Then it has one mean, scale and weight per feature, the coach's own names first, then vocabulary words
        let own = CoachModel.coachFeatureNames
        #expect(Array(model.featureNames.prefix(own.count)) == own)
        #expect(model.featureNames.dropFirst(own.count).allSatisfy { $0.hasPrefix("word:") })
        #expect(model.means.count == model.featureNames.count)
        #expect(model.scales.count == model.featureNames.count)
        #expect(model.weights.count == model.featureNames.count)
        #expect(model.scales.allSatisfy { $0 > 0 })
        #expect(model.sellerBelow < model.customerFrom)
    }

    @Test func everyVerdictNamesTheFeaturesThatMovedItInJSON() {
        // Given a seller-centric message
        let text =
            "My name is Jason from Brightline. We are the leading provider of forecasting software. "
            + "Are you free Tuesday for a demo?"
        // When it is coached
        let report = MessageCoach().coach(text)
        // Then the report and its JSON name the drivers, largest effect first
        #expect(!report.drivers.isEmpty)
        let effects = report.drivers.map { abs($0.effect) }
        #expect(effects == effects.sorted(by: >))
        #expect(report.json().contains("\"drivers\":[{\"feature\":\"\(report.drivers[0].feature)\""))
    }
}
