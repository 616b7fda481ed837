import Foundation
import Testing

/// `sameside map export|apply`: the mutual plan from a file or from the store.
@Suite struct MapCommandTests {
    /// The demo pipeline (`sameside demo --json`) written to a temporary file.
    static let demo: String = {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("map-demo-\(UUID().uuidString).pipeline.json").path
        let demo = try? CLIRunner.run(["demo", "--json"])
        FileManager.default.createFile(atPath: path, contents: demo?.stdoutBytes ?? Data())
        return path
    }()

    var demo: String { Self.demo }

    @Test func theCustomersCalendarHasTheDealsDatedStepsAndNoInternalOne() throws {
        // when the plan of a deal with an internal step is exported for the customer and for us
        let customer = try CLIRunner.run(["map", "export", demo, "--deal", "o-granite-oee", "--format", "ics"])
        let seller = try CLIRunner.run(
            ["map", "export", demo, "--deal", "o-granite-oee", "--format", "ics", "--for", "seller"])
        // then
        #expect(customer.status == 0, "\(customer.stderr)")
        #expect(customer.stdout.hasPrefix("BEGIN:VCALENDAR\r\n") && customer.stdout.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!customer.stdout.contains("Send proposal"))
        #expect(seller.stdout.contains("SUMMARY:Send proposal"))
    }

    @Test func markdownAndJSONShowTheCustomersGoalsAndSteps() throws {
        let markdown = try CLIRunner.run(["map", "export", demo, "--deal", "o-northwind-line3", "--format", "markdown"])
        #expect(markdown.status == 0, "\(markdown.stderr)")
        #expect(
            markdown.stdout.contains("| OT security review | Tom Becker (Northwind Foods) | 2026-11-28 | in progress |")
        )
        let json = try CLIRunner.run(["map", "export", demo, "--deal", "o-northwind-line3", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: json.stdoutBytes) as? [String: Any])
        #expect(object["status"] as? String == "on-track")
        #expect((object["steps"] as? [Any])?.count == 8)
    }

    @Test func badInputIsExitTwoWithOneClearMessage() throws {
        let unknown = try CLIRunner.run(["map", "export", demo, "--deal", "nope", "--format", "ics"])
        #expect(unknown.status == 2 && unknown.stderr.contains("no deal \"nope\""))
        let noSource = try CLIRunner.run(["map", "export", "--deal", "o-northwind-line3", "--format", "ics"])
        #expect(noSource.status == 2 && noSource.stderr.contains("missing PIPELINE file"))
        let badFormat = try CLIRunner.run(["map", "export", demo, "--deal", "o-northwind-line3", "--format", "pdf"])
        #expect(badFormat.status == 2)
        let badTemplate = try CLIRunner.run(["map", "apply", demo, "--deal", "o-northwind-line3", "--template", "x"])
        #expect(badTemplate.status == 2 && badTemplate.stderr.contains("no plan template \"x\""))
    }

    @Test func applyingTheStandardTemplateToAFileKeepsTheRecordedStepsAndPrintsTheDeal() throws {
        // when the standard template is applied to a deal that has eight recorded steps
        let result = try CLIRunner.run(["map", "apply", demo, "--deal", "o-northwind-line3", "--from", "today"])
        // then the deal comes back with the recorded steps first and the missing kinds added
        #expect(result.status == 0, "\(result.stderr)")
        let deal = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
        let steps = try #require(deal["buyingProcess"] as? [[String: Any]])
        #expect(steps.prefix(8).map { $0["id"] as? String } == ["b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8"])
        #expect(
            Set(steps.dropFirst(8).compactMap { $0["kind"] as? String }) == [
                "budget", "legal", "procurement", "signature",
            ])
        #expect(result.stderr.contains("4 steps added, 8 already in the plan"))
    }

    @Test(arguments: ImportTestDatabase.available)
    func applyingToTheStoreSavesThePlanAndTheExportShowsIt(_ db: ImportTestDatabase) throws {
        try db.with { database in
            let imported = try CLIRunner.run(["import", demo, "--from", "pipeline", "--database", database])
            #expect(imported.status == 0, "\(imported.stderr)")
            // when the template is applied backwards from the close date in the store
            let applied = try CLIRunner.run(
                ["map", "apply", "--deal", "o-copperleaf-canning", "--from", "close-date", "--database", database])
            #expect(applied.status == 0, "\(applied.stderr)")
            // then the stored plan has the new steps, and exporting it from the store shows them
            let json = try CLIRunner.run(
                ["map", "export", "--deal", "o-copperleaf-canning", "--format", "json", "--database", database])
            #expect(json.status == 0, "\(json.stderr)")
            #expect(json.stdout.contains("\"plan-po\"") && json.stdout.contains("\"Purchase order issued\""))
            // and applying again adds nothing
            let again = try CLIRunner.run(
                ["map", "apply", "--deal", "o-copperleaf-canning", "--from", "today", "--database", database])
            #expect(again.stderr.contains("0 steps added"))
        }
    }
}
