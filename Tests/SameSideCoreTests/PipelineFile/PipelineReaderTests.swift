import Foundation
import Testing

@testable import SameSideCore

@Suite struct PipelineReaderTests {
    /// Each broken fixture, the path the first problem must name, and words its message must hold.
    static let brokenCases: [(file: String, path: String, message: String)] = [
        ("wrong-type-amount", "$.opportunities[0].amount", "expected a number, found a string"),
        ("unknown-enum-status", "$.opportunities[0].status", "expected one of open | won | lost"),
        ("bad-date", "$.accounts[0].goals[0].due", "expected a date YYYY-MM-DD, found \"2027-02-30\""),
        ("missing-required-name", "$.accounts[0].name", "missing required field"),
        ("duplicate-account-id", "$.accounts[1].id", "duplicate account id \"a1\""),
        ("duplicate-goal-id", "$.accounts[0].goals[1].id", "duplicate goal id \"g1\""),
        ("dangling-account", "$.opportunities[0].accountId", "no account \"a9\""),
        ("dangling-goal", "$.opportunities[0].goalIds[1]", "no goal \"g9\" in account \"a1\""),
        ("dangling-stakeholder", "$.opportunities[0].activities[0].stakeholderIds[1]", "no stakeholder \"s9\""),
        ("dangling-step-owner", "$.opportunities[0].buyingProcess[0].ownerStakeholderId", "no stakeholder \"s9\""),
        ("dangling-benefit-goal", "$.opportunities[0].businessCase.benefits[0].goalId", "no goal \"g7\""),
        ("dangling-required-problem", "$.seller.icp.requiredProblems[1]", "no problem \"p9\""),
        ("negative-money", "$.opportunities[0].needToChange.costOfInactionPerMonth", "must not be negative"),
        ("confidence-out-of-range", "$.opportunities[0].businessCase.benefits[0].confidence", "between 0 and 1"),
        ("wrong-format", "$.format", "expected \"sameside.pipeline/1\""),
        ("missing-format", "$.format", "missing required field"),
        ("wrong-type-accounts", "$.accounts", "expected an array, found an object"),
        ("unknown-role", "$.accounts[0].stakeholders[0].roles[0]", "unknown value \"ceo\""),
        ("malformed-json", "$", "line 5, column 3: malformed JSON"),
        ("root-array", "$", "expected an object"),
        ("empty", "$", "empty"),
        ("invalid-utf8", "$", "invalid UTF-8"),
        ("deeply-nested", "$", "nesting deeper than"),
    ]

    @Test(arguments: brokenCases)
    func brokenFileIsRejectedWithPathAndExpectation(file: String, path: String, message: String) throws {
        let bytes = try Fixtures.bytes("broken/\(file).pipeline.json")
        do {
            _ = try PipelineReader.read(bytes)
            Issue.record("\(file) was accepted")
        } catch {
            let first = try #require(error.issues.first)
            #expect(first.path == path)
            #expect(first.message.contains(message), "\(first.message)")
        }
    }

    @Test func everyProblemIsReportedNotOnlyTheFirst() throws {
        let bytes = try Fixtures.bytes("broken/many-problems.pipeline.json")
        #expect(throws: PipelineReadError.self) { try PipelineReader.read(bytes) }
        do {
            _ = try PipelineReader.read(bytes)
        } catch {
            #expect(
                error.issues.map(\.path) == [
                    "$.accounts[0].employees", "$.opportunities[0].amount", "$.opportunities[0].goalIds[0]",
                ])
        }
    }

    @Test func everyValidFixtureLoads() throws {
        // Given the valid fixtures (there must be some: an empty list would prove nothing)
        let files = Fixtures.files(in: "valid", extensions: ["json"])
        try #require(files.count >= 2, "Tests/Fixtures/valid holds no JSON fixtures")
        // When each is read
        // Then none has a problem
        for file in files {
            #expect(throws: Never.self, "\(file)") { try PipelineReader.read(Fixtures.bytes(file)) }
        }
    }

    /// The shared example beside the repository (../shared/examples), when this checkout has it.
    static let sharedExample = Fixtures.root.appendingPathComponent(
        "../../../shared/examples/wheres-the-po.pipeline.json"
    ).standardizedFileURL

    @Test(
        .enabled(
            if: FileManager.default.fileExists(atPath: sharedExample.path),
            "../shared/examples is not beside this checkout"))
    func theSharedExampleLoads() throws {
        // Given the shared example (the test is reported as skipped, not passed, where it is missing)
        let data = Array(try Data(contentsOf: Self.sharedExample))
        // When it is read
        let result = try PipelineReader.read(data)
        // Then its first deal has the five activities the example describes
        #expect(result.pipeline.opportunities.first?.activities.count == 5)
    }

    @Test func unknownFieldsAreWarnedAboutAndWrittenBack() throws {
        let result = try PipelineReader.read(Fixtures.bytes("valid/unknown-fields.pipeline.json"))
        #expect(
            Set(result.warnings.map(\.path)) == ["$.generator", "$.accounts[0].tier", "$.opportunities[0].crmScore"])
        let written = PipelineWriter.json(result.pipeline)
        #expect(written.contains("\"crmScore\": 42"))
        #expect(written.contains("\"tier\": \"gold\""))
        #expect(written.contains("\"generator\": \"crm-x\""))
    }

    @Test func keptCRMColumnsAreReadWithoutWarningAndWrittenBack() throws {
        let text = try String(decoding: Fixtures.bytes("valid/unknown-fields.pipeline.json"), as: UTF8.self)
        let withCRM = text.replacingOccurrences(
            of: "\"crmScore\": 42", with: "\"crm\": {\"Lead Source\": \"Web <b>\", \"Type\": \"\"}")
        let result = try PipelineReader.read(Array(withCRM.utf8))
        #expect(Set(result.warnings.map(\.path)) == ["$.generator", "$.accounts[0].tier"])
        #expect(PipelineWriter.json(result.pipeline).contains("\"Lead Source\": \"Web <b>\""))
    }

    @Test(arguments: [
        ("\"crm\": [\"Web\"]", "$.opportunities[0].crm", "expected an object of strings, found an array"),
        ("\"crm\": {\"Probability (%)\": 40}", "$.opportunities[0].crm.Probability (%)", "expected a string"),
    ])
    func keptCRMColumnsMustBeStrings(replacement: String, path: String, message: String) throws {
        let text = try String(decoding: Fixtures.bytes("valid/unknown-fields.pipeline.json"), as: UTF8.self)
        let broken = text.replacingOccurrences(of: "\"crmScore\": 42", with: replacement)
        #expect(broken != text)
        do {
            _ = try PipelineReader.read(Array(broken.utf8))
            Issue.record("accepted \(replacement)")
        } catch {
            let first = try #require(error.issues.first)
            #expect(first.path == path)
            #expect(first.message.contains(message), "\(first.message)")
        }
    }

    @Test func demoPipelineIsValidAndTellsEveryStory() throws {
        let result = try PipelineReader.read(Array(DemoPipeline.json.utf8))
        #expect(result.warnings.isEmpty)
        let deals = result.pipeline.opportunities
        #expect(result.pipeline.accounts.count >= 4)
        #expect(deals.filter { $0.status == .open }.count >= 10)
        #expect(deals.contains { $0.status == .won })
        #expect(deals.contains { $0.status == .lost })
        #expect(deals.contains { $0.pausedUntil != nil })
        #expect(deals.contains { !$0.discounts.isEmpty })
    }
}
