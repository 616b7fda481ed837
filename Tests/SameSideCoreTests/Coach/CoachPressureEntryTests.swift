import Testing

@testable import SameSideCore

/// The review's pressure-only entry reports exactly the pressure findings of the full coach.
@Suite struct CoachPressureEntryTests {
    @Test func pressureEntryFindsWhatTheFullCoachFinds() throws {
        // Given the evaluation messages, the span messages and random pieces, coached one after another
        let coach = MessageCoach()
        var scratch = AnalyzerScratch()
        var withPressure = 0
        for item in try CoachWorkspaceTests.cases() where item.kind != .transcript {
            // When the pressure-only entry and the full report judge the same text
            var found: [String] = []
            coach.pressureFindings(in: item.text, kind: item.kind, scratch: &scratch) { category, text in
                found.append("\(category.rawValue): \(text)")
            }
            let expected = coach.coach(item.text, kind: item.kind).findings.filter { $0.kind == .pressure }.map {
                "\($0.category.rawValue): \($0.text)"
            }
            // Then they agree, finding for finding and in order
            #expect(found == expected, "\(item.text.prefix(80))")
            if !expected.isEmpty { withPressure += 1 }
        }
        // And the comparison is not vacuous: many of the texts carry pressure
        #expect(withPressure >= 10)
    }

    @Test func pressureEntryFindsWhatTheFullCoachFindsInGeneratedMessages() {
        // Given the activity texts of a generated pipeline, as the review hands them to the coach
        let coach = MessageCoach()
        var scratch = AnalyzerScratch()
        let synthetic = SyntheticPipeline(deals: 300, seed: 11, asOf: Day("2026-11-25")!)
        var texts = 0
        var withPressure = 0
        for index in 0..<synthetic.deals {
            for activity in synthetic.opportunity(at: index).activities {
                guard let text = activity.text else { continue }
                for kind in [MessageKind.email, .message, .note] {
                    // When the pressure-only entry and the full report judge it
                    var found: [String] = []
                    coach.pressureFindings(in: text, kind: kind, scratch: &scratch) { category, phrase in
                        found.append("\(category.rawValue): \(phrase)")
                    }
                    let expected = coach.coach(text, kind: kind).findings.filter { $0.kind == .pressure }.map {
                        "\($0.category.rawValue): \($0.text)"
                    }
                    // Then they agree, finding for finding and in order
                    #expect(found == expected, "\(text.prefix(80))")
                    texts += 1
                    if !expected.isEmpty { withPressure += 1 }
                }
            }
        }
        #expect(texts >= 1000)
        #expect(withPressure >= 50)
    }
}
