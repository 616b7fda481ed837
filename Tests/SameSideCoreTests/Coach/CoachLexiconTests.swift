import Testing

@testable import SameSideCore

@Suite struct CoachLexiconTests {
    @Test func theBuiltInLexiconParses() throws {
        let lexicon = try CoachLexicon(json: Array(StandardLexiconData.json.utf8))
        #expect(lexicon == CoachLexicon.standard)
        #expect(lexicon.groups.count >= 9)
        #expect(lexicon.cooccurrences.count >= 3)
        #expect(lexicon.words["customer"]?.contains("your") == true)
    }

    @Test func phrasePatternsExpandAlternativesOptionalsAndClasses() {
        let phrases = PhraseExpander.expand("end of (the|our|) {p}", classes: ["p": ["quarter", "month"]])
        #expect(
            Set(phrases) == [
                "end of the quarter", "end of the month", "end of our quarter", "end of our month", "end of  quarter",
                "end of  month",
            ])
    }

    @Test func aPlaybookAddsPhrasesAndSellerNames() throws {
        let playbook =
            #"{"coach": {"pressurePhrases": ["act before the board freeze"], "pitchPhrases": ["lift brain"], "sellerNames": ["LiftIQ"]}}"#
        let lexicon = try CoachLexicon.standard.extended(withPlaybook: Array(playbook.utf8))
        let report = MessageCoach(lexicon: lexicon).coach("LiftIQ's Lift Brain: act before the board freeze!")
        #expect(report.findings.contains { $0.category == .playbook && $0.kind == .pressure })
        #expect(report.findings.contains { $0.category == .playbook && $0.kind == .pitch })
        #expect(report.metrics.sellerReferences >= 1)
    }

    @Test(arguments: [
        (#"{"coach": {"pressurePhrases": "x"}}"#, "$.coach.pressurePhrases: expected a list of strings"),
        (#"{"coach": {"pitchPhrases": [1]}}"#, "$.coach.pitchPhrases[0]: expected a string"),
        (#"{"coach": []}"#, "$.coach: expected an object"),
        ("not json", "$: expected a JSON object (the file is not valid JSON)"),
    ])
    func aBadPlaybookNamesThePathOfTheProblem(json: String, message: String) {
        #expect(throws: CoachLexiconError.self) {
            _ = try CoachLexicon.standard.extended(withPlaybook: Array(json.utf8))
        }
        do {
            _ = try CoachLexicon.standard.extended(withPlaybook: Array(json.utf8))
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func aGroupsSentenceExclusionsStandItDownForThatSentenceOnly() throws {
        // Given a playbook group whose phrase stands down in sentences about the customer's own freeze
        let playbook = #"""
            {"coach": {"groups": [{"kind": "pressure", "category": "false-urgency", "suggestion": "Drop it.",
              "phrases": ["before the freeze"], "sentenceMustNotContain": ["your freeze"]}]}}
            """#
        let coach = MessageCoach(lexicon: try CoachLexicon.standard.extended(withPlaybook: Array(playbook.utf8)))
        // When one sentence has the exclusion and another does not
        let report = coach.coach("Your freeze starts soon, so plan before the freeze. Decide before the freeze.")
        // Then only the second sentence is a finding
        let found = report.findings.filter { $0.category == .falseUrgency }
        #expect(found.count == 1)
        #expect(found.first?.start == 59)
    }

    @Test func aPlaybookWithoutACoachSectionChangesNothing() throws {
        let lexicon = try CoachLexicon.standard.extended(withPlaybook: Array(#"{"review": {}}"#.utf8))
        #expect(lexicon == .standard)
    }
}
