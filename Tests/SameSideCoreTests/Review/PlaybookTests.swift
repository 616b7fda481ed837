import Testing

@testable import SameSideCore

@Suite struct PlaybookTests {
    private func parse(_ text: String) throws -> Playbook {
        try Playbook(json: JSONParser.parse(Array(text.utf8)))
    }

    @Test func settingsOverrideTheStandardAndTheRestKeepTheirValues() throws {
        let playbook = try parse(
            #"{"staleDays": 10, "lateStageFrom": "negotiation", "stageMapping": {"Closed/Commit": "committed"},"#
                + #" "disabledRules": ["stale"], "severityOverrides": {"single-threaded": "low"}}"#)
        #expect(playbook.staleDays == 10)
        #expect(playbook.chasingCount == Playbook.standard.chasingCount)
        #expect(playbook.lateStageFrom == .negotiation)
        #expect(playbook.stageMapping["closed/commit"] == .committed)
        #expect(playbook.disabledRules == ["stale"])
        #expect(playbook.severityOverrides["single-threaded"] == .low)
    }

    @Test(arguments: [
        (#"{"staleDays": -3}"#, "$.staleDays", "expected a whole number from 1 to 3650, got -3"),
        (#"{"staleDays": 2.5}"#, "$.staleDays", "got 2.5"),
        (#"{"stallDays": 3}"#, "$.stallDays", "unknown setting"),
        (#"{"disabledRules": ["no-such-rule"]}"#, "$.disabledRules[0]", "no rule \"no-such-rule\""),
        (
            #"{"severityOverrides": {"stale": "urgent"}}"#, "$.severityOverrides[\"stale\"]",
            "expected high | medium | low"
        ),
        (#"{"lateStageFrom": "won"}"#, "$.lateStageFrom", "expected a ladder rung"),
        (#"{"stageMapping": ["a"]}"#, "$.stageMapping", "expected an object"),
        (#"[1]"#, "$", "expected an object of settings"),
        (#"{"currency": "euro"}"#, "$.currency", "expected a three-letter currency code like \"EUR\", got \"euro\""),
        (#"{"currency": 978}"#, "$.currency", "expected a three-letter currency code"),
    ])
    func invalidPlaybooksAreRejectedWithThePathAndWhatWasExpected(_ text: String, _ path: String, _ message: String) {
        #expect {
            try parse(text)
        } throws: { error in
            guard let error = error as? PlaybookError else { return false }
            return error.path == path && error.message.contains(message)
        }
    }

    @Test func disabledRulesDoNotRunAndOverridesChangeSeverity() throws {
        let playbook = Playbook(disabledRules: ["seller-chasing"], severityOverrides: ["no-power": .low])
        let review = try ReviewFixtures.review("wheres-the-po", deal: "o-northline-dispatch", playbook: playbook)
        #expect(!review.findings.contains { $0.rule == "seller-chasing" })
        #expect(review.findings.first { $0.rule == "no-power" }?.severity == .low)
    }

    @Test func playbookThresholdsChangeWhenRulesFire() throws {
        // given the PO deal has 4 unanswered outreaches
        let strict = Playbook(chasingCount: 5)
        let review = try ReviewFixtures.review("wheres-the-po", deal: "o-northline-dispatch", playbook: strict)
        #expect(!review.findings.contains { $0.rule == "seller-chasing" })
    }

    @Test func printedPlaybookListsEveryRuleAndSetting() {
        let yaml = Playbook.standard.yaml
        for rule in ReviewRule.all { #expect(yaml.contains(rule.id.rawValue)) }
        for key in ["staleDays: 30", "chasingCount: 3", "lateStageFrom: proposal", "stageMapping: {}"] {
            #expect(yaml.contains(key))
        }
    }

    @Test func theTeamsCurrencyIsReadAsAnUppercaseCodeAndPrintedBack() throws {
        // given a playbook that names its currency in lower case
        let playbook = try parse(#"{"currency": "eur"}"#)
        // then it is kept as the code, the standard has none, and the printed playbook shows it
        #expect(playbook.currency == "EUR")
        #expect(Playbook.standard.currency == nil)
        #expect(playbook.yaml.contains("\ncurrency: EUR "))
        #expect(Playbook.standard.yaml.contains("\n# currency: EUR "))
    }
}
