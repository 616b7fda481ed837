import Foundation
import Testing

/// `sameside review --database URL`: the stored deals reviewed straight from the store.
@Suite struct StoredReviewTests {
    /// A database holding the demo pipeline and a Salesforce export, and its exported pipeline file.
    func withStoredPipeline(_ db: ImportTestDatabase, _ body: (String, String) throws -> Void) throws {
        try db.with { database in
            let demo = try CLIRunner.run(["demo", "--json"])
            #expect(demo.status == 0, "\(demo.stderr)")
            try ImportTestDatabase.withFile(Array(demo.stdoutBytes), suffix: ".json") { demoFile in
                let pipeline = try CLIRunner.run(["import", demoFile, "--from", "pipeline", "--database", database])
                #expect(pipeline.status == 0, "\(pipeline.stderr)")
            }
            let crm = CLIRunner.fixture("import/salesforce-opportunities.csv").path
            let imported = try CLIRunner.run(["import", crm, "--from", "salesforce", "--database", database])
            #expect(imported.status == 0, "\(imported.stderr)")
            let export = try CLIRunner.run(["export", "--database", database])
            #expect(export.status == 0, "\(export.stderr)")
            try ImportTestDatabase.withFile(Array(export.stdoutBytes), suffix: ".json") { exported in
                try body(database, exported)
            }
        }
    }

    @Test(arguments: ImportTestDatabase.available)
    func reviewingTheDatabaseGivesTheReviewOfItsExport(_ db: ImportTestDatabase) throws {
        try withStoredPipeline(db) { database, exported in
            for format in ["json", "text", "markdown"] {
                // when the store and its export are reviewed
                let fromFile = try CLIRunner.run(["review", exported, "--format", format])
                let fromDatabase = try CLIRunner.run(["review", "--database", database, "--format", format])
                // then the reports are the same, byte for byte
                #expect(fromFile.status == 0, "\(fromFile.stderr)")
                #expect(fromDatabase.status == 0, "\(fromDatabase.stderr)")
                #expect(fromDatabase.stdout == fromFile.stdout, "\(format)")
            }
            let json = try CLIRunner.run(["review", "--database", database, "--format", "json"])
            // and the CRM deals are among those reviewed (the open ones only)
            #expect(json.stdout.contains("\"id\":\"0061x00000AbCdEAAZ\""))
            #expect(!json.stdout.contains("\"id\":\"0061x00000AbCdGAAZ\""))
        }
    }

    @Test func oneStoredDealIsReviewedAsInTheFileAndAMissingOneIsNamed() throws {
        try withStoredPipeline(.sqlite) { database, exported in
            let fromFile = try CLIRunner.run(["review", exported, "--deal", "0061x00000AbCdFAAZ", "--format", "json"])
            let fromDatabase = try CLIRunner.run([
                "review", "--database", database, "--deal", "0061x00000AbCdFAAZ", "--format", "json",
            ])
            #expect(fromDatabase.status == 0 && fromDatabase.stdout == fromFile.stdout, "\(fromDatabase.stderr)")
            let missing = try CLIRunner.run(["review", "--database", database, "--deal", "nope"])
            #expect(missing.status == 2 && missing.stderr.contains("no deal \"nope\" stored"), "\(missing.stderr)")
            let closed = try CLIRunner.run(["review", "--database", database, "--deal", "0061x00000AbCdGAAZ"])
            #expect(closed.status == 2 && closed.stderr.contains("is won; review looks at open deals only"))
            let both = try CLIRunner.run(["review", exported, "--database", database])
            #expect(both.status == 2 && both.stderr.contains("not both"), "\(both.stderr)")
        }
    }
}
