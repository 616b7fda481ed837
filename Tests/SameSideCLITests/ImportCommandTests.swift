import Foundation
import Testing

@Suite struct ImportCommandTests {
    func fixture(_ name: String) -> String { CLIRunner.fixture("import/" + name).path }

    func dealCount(_ database: String) throws -> Int {
        let export = try CLIRunner.run(["export", "--format", "jsonl", "--database", database])
        #expect(export.status == 0, "\(export.stderr)")
        return export.stdout.split(separator: "\n").filter { $0.contains("\"kind\":\"opportunity\"") }.count
    }

    @Test(arguments: ImportTestDatabase.available)
    func aSalesforceExportIsImportedOnceAndASecondImportChangesNothing(_ db: ImportTestDatabase) throws {
        try db.with { database in
            // given a Salesforce report export (BOM, CRLF, quoted commas and newlines, blank cells)
            let file = fixture("salesforce-opportunities.csv")
            // when it is imported twice
            let first = try CLIRunner.run(["import", file, "--from", "salesforce", "--database", database])
            let second = try CLIRunner.run(["import", file, "--from", "salesforce", "--database", database])
            // then the first creates everything and the second nothing
            #expect(first.status == 0, "\(first.stderr)")
            #expect(
                first.stderr.contains(
                    "5 rows read: 5 deals created, 0 updated, 0 skipped (unchanged); 3 accounts created"))
            #expect(second.status == 0, "\(second.stderr)")
            #expect(second.stderr.contains("5 rows read: 0 deals created, 0 updated, 5 skipped (unchanged)"))
            #expect(try dealCount(database) == 5)
            // and unknown columns are kept with the deal
            let export = try CLIRunner.run(["export", "--database", database])
            #expect(export.stdout.contains("\"Forecast Category\": \"Commit\"") && export.stdout.contains("\"crm\": {"))
            #expect(export.stdout.contains("\"amount\": 1500"))
            #expect(export.stdout.contains("\"status\": \"won\""))
        }
    }

    @Test(arguments: ImportTestDatabase.available)
    func aChangedExportUpdatesOnlyWhatChangedAndAddsWhatIsNew(_ db: ImportTestDatabase) throws {
        try db.with { database in
            // given a stored import
            let original = try String(contentsOfFile: fixture("salesforce-opportunities.csv"), encoding: .utf8)
            let first = try CLIRunner.run(
                ["import", fixture("salesforce-opportunities.csv"), "--from", "salesforce", "--database", database])
            #expect(first.status == 0, "\(first.stderr)")
            // and the next export of the same report: one amount changed, one account renamed, one deal new
            var changed = original.replacingOccurrences(of: "\"$120,000.00\"", with: "\"$125,000.00\"")
                .replacingOccurrences(of: "\"Contoso, Ltd.\"", with: "Contoso Group")
            changed +=
                "Ana Rep,Fabrikam,Upsell,Prospecting,,USD,900,10,,1/15/2027,,,,,,0061x00000AbCdJAAZ,0011x00000XyZaDAAV\r\n"
            #expect(changed != original)
            try ImportTestDatabase.withFile(Array(changed.utf8)) { file in
                // when it is imported
                let second = try CLIRunner.run(["import", file, "--from", "salesforce", "--database", database])
                // then only the changed deal and account are updated, the new deal created, the rest skipped
                #expect(second.status == 0, "\(second.stderr)")
                #expect(
                    second.stderr.contains(
                        "6 rows read: 1 deals created, 1 updated, 4 skipped (unchanged); 0 accounts created, 1 updated"),
                    "\(second.stderr)")
            }
            #expect(try dealCount(database) == 6)
            let export = try CLIRunner.run(["export", "--database", database])
            #expect(export.stdout.contains("\"amount\": 125000"))
            #expect(export.stdout.contains("\"name\": \"Contoso Group\""))
            #expect(!export.stdout.contains("Contoso, Ltd."))
        }
    }

    /// Several batches: the later ones of a re-import take SQLite's upsert path (most rows exist).
    @Test(arguments: ImportTestDatabase.available)
    func aLargeReimportCountsEachChangedAndNewDealOnce(_ db: ImportTestDatabase) throws {
        try db.with { database in
            func export(amountOf changed: Set<Int>, extraRow: Bool) -> [UInt8] {
                var text = "Opportunity ID,Opportunity Name,Account Name,Stage,Amount,Close Date\n"
                for row in 1...3_000 {
                    let amount = changed.contains(row) ? row + 7 : row
                    text += "re-\(row),Deal \(row),Account \(row % 30),Prospecting,\(amount),1/2/2027\n"
                }
                if extraRow { text += "re-new,Deal new,Account 1,Prospecting,5,1/2/2027\n" }
                return Array(text.utf8)
            }
            try ImportTestDatabase.withFile(export(amountOf: [], extraRow: false)) { file in
                let first = try CLIRunner.run(["import", file, "--from", "salesforce", "--database", database])
                #expect(first.stderr.contains("3000 rows read: 3000 deals created"), "\(first.stderr)")
            }
            try ImportTestDatabase.withFile(export(amountOf: [10, 2_500, 2_999], extraRow: true)) { file in
                let again = try CLIRunner.run(["import", file, "--from", "salesforce", "--database", database])
                #expect(again.status == 0, "\(again.stderr)")
                #expect(
                    again.stderr.contains(
                        "3001 rows read: 1 deals created, 3 updated, 2997 skipped (unchanged); 0 accounts created, 0 updated"
                    ),
                    "\(again.stderr)")
            }
            #expect(try dealCount(database) == 3_001)
            let stored = try CLIRunner.run(["export", "--format", "jsonl", "--database", database])
            #expect(stored.stdout.contains("\"id\":\"re-2500\"") && stored.stdout.contains("\"amount\":2507"))
        }
    }

    @Test(arguments: ImportTestDatabase.available)
    func withoutIdColumnsAReimportStillFindsTheSameDeals(_ db: ImportTestDatabase) throws {
        try db.with { database in
            let file = fixture("salesforce-no-ids.csv")
            _ = try CLIRunner.run(["import", file, "--from", "salesforce", "--database", database])
            let again = try CLIRunner.run(["import", file, "--from", "salesforce", "--database", database])
            #expect(again.stderr.contains("0 deals created, 0 updated, 5 skipped"), "\(again.stderr)")
            #expect(try dealCount(database) == 5)
        }
    }

    @Test(arguments: ImportTestDatabase.available)
    func aHubSpotExportIsImportedWithStageLabels(_ db: ImportTestDatabase) throws {
        try db.with { database in
            let result = try CLIRunner.run([
                "import", fixture("hubspot-deals.csv"), "--from", "hubspot", "--database", database,
            ])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.contains("3 rows read: 3 deals created"))
            let export = try CLIRunner.run(["export", "--database", database])
            #expect(export.stdout.contains("\"stage\": \"Qualified To Buy\""))
            #expect(export.stdout.contains("\"id\": \"hubspot-9002\""))
            // a deal without a company becomes its own account, and the summary says so
            #expect(export.stdout.contains("\"name\": \"Cold chain\""))
            #expect(result.stderr.contains("no company on 1 deal;"), "\(result.stderr)")
        }
    }

    /// Each malformed file: exit 2, a message naming file, line (and column) and what was expected, nothing stored.
    @Test(arguments: [
        ("bad-unbalanced-quotes.csv", "line 3, column 1: a quoted field opened here is never closed"),
        ("bad-missing-stage.csv", "line 1: no \"Stage\" column; expected a Salesforce export with that column"),
        ("bad-amount.csv", "line 3, column 4 (\"Amount\"): \"abc\" is not an amount; expected a number like 12,400.00"),
        (
            "bad-negative-amount.csv",
            "line 3, column 4 (\"Amount\"): \"(1,500.00)\" is a negative amount; expected 0 or more"
        ),
        (
            "bad-date.csv",
            "line 3, column 5 (\"Close Date\"): \"31/31/2026\" is not a date that exists; expected a date as M/D/YYYY"
        ),
    ])
    func aMalformedFileGivesAPreciseErrorAndStoresNothing(_ name: String, _ message: String) throws {
        try ImportTestDatabase.sqlite.with { database in
            let file = fixture(name)
            let result = try CLIRunner.run(["import", file, "--from", "salesforce", "--database", database])
            #expect(result.status == 2)
            #expect(result.stderr.contains("\(file): \(message)"), "\(result.stderr)")
            #expect(result.stderr.contains("nothing was imported"))
            #expect(try dealCount(database) == 0)
        }
    }

    @Test(arguments: ImportTestDatabase.available)
    func aBadRowAfterManyWrittenBatchesStillLeavesTheStoreAsItWas(_ db: ImportTestDatabase) throws {
        try db.with { database in
            // given a store that already holds an import
            let first = try CLIRunner.run(
                ["import", fixture("salesforce-opportunities.csv"), "--from", "salesforce", "--database", database])
            #expect(first.status == 0, "\(first.stderr)")
            // and a file whose bad row comes after several batches were handed to the store
            var text = "Opportunity ID,Opportunity Name,Account Name,Stage,Amount,Close Date\n"
            for row in 1...4_500 { text += "big-\(row),Deal \(row),Account \(row % 40),Prospecting,\(row),1/2/2027\n" }
            text += "big-bad,Deal bad,Account 1,Prospecting,abc,1/2/2027\n"
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("late-bad-\(UUID()).csv")
            try Data(text.utf8).write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }
            // when it is imported
            let result = try CLIRunner.run(["import", file.path, "--from", "salesforce", "--database", database])
            // then the bad row is named and none of the good rows before it were kept
            #expect(result.status == 2)
            let expected = "line 4502, column 5 (\"Amount\"): \"abc\" is not an amount"
            #expect(result.stderr.contains(expected), "\(result.stderr)")
            #expect(try dealCount(database) == 5)
        }
    }

    @Test func aRowOfTenThousandColumnsIsRejectedAtTheFirstExtraColumn() throws {
        var text = "Opportunity Name,Account Name,Stage\nA,B,Prospecting\n"
        text += (0..<10_000).map { "c\($0)" }.joined(separator: ",") + "\n"
        try ImportTestDatabase.withFile(Array(text.utf8)) { file in
            try ImportTestDatabase.sqlite.with { database in
                let result = try CLIRunner.run(["import", file, "--from", "salesforce", "--database", database])
                #expect(result.status == 2)
                #expect(
                    result.stderr.contains("\(file): line 3, column 4: more than 3 columns in this row"),
                    "\(result.stderr)")
                #expect(try dealCount(database) == 0)
            }
        }
    }

    @Test func nulBytesAreRejectedWithTheirLine() throws {
        let bytes = Array("Opportunity Name,Account Name,Stage\nA,B,Prospecting\nC,D\u{0}x,Prospecting\n".utf8)
        try ImportTestDatabase.withFile(bytes) { file in
            try ImportTestDatabase.sqlite.with { database in
                let result = try CLIRunner.run(["import", file, "--from", "salesforce", "--database", database])
                #expect(result.status == 2)
                #expect(
                    result.stderr.contains("\(file): line 3, column 2: NUL byte in the data; expected text"),
                    "\(result.stderr)")
                #expect(try dealCount(database) == 0)
            }
        }
    }

    @Test func dmyDateOrderReadsDayFirst() throws {
        let text = "Opportunity Name,Account Name,Stage,Close Date\nA,B,Prospecting,31/12/2026\n"
        try ImportTestDatabase.withFile(Array(text.utf8)) { file in
            try ImportTestDatabase.sqlite.with { database in
                let result = try CLIRunner.run([
                    "import", file, "--from", "salesforce", "--date-order", "dmy", "--database", database,
                ])
                #expect(result.status == 0, "\(result.stderr)")
                let export = try CLIRunner.run(["export", "--database", database])
                #expect(export.stdout.contains("\"closeDate\": \"2026-12-31\""))
            }
        }
    }

    @Test func theReportListsEveryBadRowAndNothingIsStored() throws {
        try ImportTestDatabase.sqlite.with { database in
            let reportURL = FileManager.default.temporaryDirectory.appendingPathComponent("report-\(UUID()).csv")
            defer { try? FileManager.default.removeItem(at: reportURL) }
            let result = try CLIRunner.run([
                "import", fixture("bad-several-rows.csv"), "--from", "salesforce", "--database", database,
                "--report", reportURL.path,
            ])
            #expect(result.status == 2)
            #expect(result.stderr.contains("(and 2 more bad rows)"), "\(result.stderr)")
            let report = try String(contentsOf: reportURL, encoding: .utf8)
            let lines = report.split(separator: "\r\n")
            #expect(lines.first == "line,column,problem,Opportunity Name,Account Name,Stage,Amount,Close Date")
            #expect(lines.dropFirst().map { $0.split(separator: ",").first.map(String.init) } == ["2", "4", "5"])
            #expect(try dealCount(database) == 0)
        }
    }

    @Test func aBadDatabaseURLIsBadUsage() throws {
        let result = try CLIRunner.run(["export", "--database", "mysql://x"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("expected sqlite:PATH, sqlite::memory: or postgres://"))
    }

    @Test func theDatabaseComesFromTheEnvironmentWhenNoFlagIsGiven() throws {
        try ImportTestDatabase.sqlite.with { database in
            let imported = try CLIRunner.run(
                ["import", fixture("hubspot-deals.csv"), "--from", "hubspot"],
                environment: ["SAMESIDE_DATABASE": database])
            #expect(imported.status == 0, "\(imported.stderr)")
            #expect(try dealCount(database) == 3)
        }
    }
}
