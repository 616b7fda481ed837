import SameSideApp
import SameSideCore
import Testing

@Suite struct PlaybookLoaderTests {
    @Test func aYAMLPlaybookTurnsRulesOffAndItsMistakesNameTheLine() throws {
        // Given a YAML playbook that switches a rule off, and one with a rule that does not exist
        let good = Array("disabledRules:\n  - stale\n".utf8)
        let bad = Array("disabledRules:\n  - no-such-rule\n".utf8)
        // When they are loaded
        let playbook = try PlaybookLoader.load(good, name: "p.yaml")
        // Then the first switches the rule off; the second is bad input naming the file and the line
        #expect(playbook.disabledRules.contains(ReviewRule.stale.id))
        #expect {
            _ = try PlaybookLoader.load(bad, name: "p.yaml")
        } throws: { error in
            guard case AppError.badInput(let message) = error else { return false }
            return message.hasPrefix("p.yaml: line ") && message.contains("no-such-rule")
        }
    }

    @Test func aJSONPlaybookAndBrokenYAMLAndNonUTF8AreTold() throws {
        // Given a JSON playbook, YAML that does not parse, and bytes that are not text
        // When they are loaded
        // Then JSON works and the others are bad input naming the file
        _ = try PlaybookLoader.load(Array(#"{"disabledRules": ["stale"]}"#.utf8), name: "p.json")
        #expect(throws: AppError.self) { _ = try PlaybookLoader.load(Array("a: [1, 2".utf8), name: "p.yaml") }
        #expect(throws: AppError.badInput("p.yaml: not UTF-8 text; expected a YAML or JSON playbook")) {
            _ = try PlaybookLoader.load([0xFF, 0xFE], name: "p.yaml")
        }
    }

    @Test func aPrintedPlaybookWithPlanTemplatesReadsBackTheSame() throws {
        // Given a playbook with a renewal template, printed as YAML
        var playbook = Playbook.standard
        playbook.planTemplates["renewal"] = try PlanTemplate(
            name: "renewal",
            steps: [
                .init(key: "usage", title: "Team reviews \"last year\"", kind: .evaluation, owner: .customer, days: 14),
                .init(
                    key: "quote", title: "Quote", kind: .other, owner: .seller, days: 2, dependsOn: ["usage"],
                    internal: true),
            ])
        // When the YAML is loaded again
        let again = try PlaybookLoader.load(Array(playbook.yaml.utf8), name: "p.yaml")
        // Then nothing was lost
        #expect(again == playbook)
    }
}
