import Foundation
import Testing

/// Each problem class of real exports, on a generated file, imported into every store.
@Suite struct ExportShapeImportTests {
    func importing(
        _ text: String, from source: String = "salesforce", extra: [String] = [], into database: String
    ) throws -> CLIRunner.Result {
        var result: CLIRunner.Result?
        try ImportTestDatabase.withFile(Array(text.utf8)) { path in
            result = try CLIRunner.run(["import", path, "--from", source, "--database", database] + extra)
        }
        return try #require(result)
    }

    func export(_ database: String) throws -> String {
        try CLIRunner.run(["export", "--database", database]).stdout
    }

    @Test(arguments: ImportTestDatabase.available)
    func rowsWithoutIdsThatCollideAreAllKeptAndAReimportChangesNothing(_ db: ImportTestDatabase) throws {
        try db.with { database in
            // given a report without ids where different deals share account, name and created date
            let text = """
                Opportunity Name,Account Name,Stage,Amount,Created Date
                Renewal,Acme,Prospecting,100,1/5/2026
                Renewal,Acme,Negotiation,200,1/5/2026
                Renewal,Acme,Negotiation,200,1/5/2026
                Upsell,Acme,Prospecting,50,1/5/2026

                """
            // when it is imported twice
            let first = try importing(text, into: database)
            let second = try importing(text, into: database)
            // then all four rows are deals, the summary names the lines, and the second import changes nothing
            #expect(first.stderr.contains("4 rows read: 4 deals created"), "\(first.stderr)")
            #expect(first.stderr.contains("line 3 (like line 2), line 4 (like line 2)"), "\(first.stderr)")
            #expect(second.stderr.contains("0 deals created, 0 updated, 4 skipped"), "\(second.stderr)")
        }
    }

    @Test(arguments: ImportTestDatabase.available)
    func aDealIdRepeatedAcrossWriteBatchesIsNamedNotCountedAsUpdated(_ db: ImportTestDatabase) throws {
        try db.with { database in
            // given 12,000 rows with ids, where line 9000 repeats line 2's id with another amount and line 11500
            // repeats line 10 exactly (both in later write batches: a batch is at least 1,000 rows and one 256 KB
            // chunk of the file) and line 30 repeats line 20 (same batch)
            var text = "Opportunity ID,Opportunity Name,Account Name,Stage,Amount,Close Date\n"
            for line in 2...12_001 {
                let source = [30: 20, 9000: 2, 11500: 10][line] ?? line
                text +=
                    "006G\(source),Deal \(source),Account \(source % 40),Prospecting,"
                    + "\(line == 9000 ? 99_999 : source),2027-01-15\n"
            }
            // when it is imported twice
            let first = try importing(text, into: database)
            let second = try importing(text, into: database)
            // then each deal is created once, the repeats are named with both lines, and the later row is kept
            #expect(
                first.stderr.contains("12000 rows read: 11997 deals created, 0 updated, 0 skipped"), "\(first.stderr)")
            #expect(
                first.stderr.contains(
                    "3 rows repeat the deal id of an earlier row in the file: line 30 (like line 20), "
                        + "line 9000 (like line 2), line 11500 (like line 10)"), "\(first.stderr)")
            #expect(try export(database).contains("\"amount\": 99999"))
            // and the re-import creates nothing; only the deal whose repeated rows differ is written again
            #expect(second.stderr.contains("0 deals created, 1 updated, 11996 skipped"), "\(second.stderr)")
        }
    }

    @Test(arguments: ImportTestDatabase.available)
    func apiNamesAndSnakeCaseHeadersAreRead(_ db: ImportTestDatabase) throws {
        try db.with { database in
            let api = """
                Id,accountId,Name,StageName,closedate,IsWon,IsClosed
                006A1,001A,Pilot,Firmado,2026-03-01,true,true

                """
            let snake = """
                id,account_id,name,stage_name,close_date,amount,is_won,is_closed
                006A2,001A,Rollout,Proposal,2026-04-30,5000,false,false

                """
            #expect(try importing(api, into: database).status == 0)
            #expect(try importing(snake, into: database).status == 0)
            let stored = try export(database)
            #expect(stored.contains("\"closeDate\": \"2026-03-01\"") && stored.contains("\"status\": \"won\""))
            #expect(stored.contains("\"closeDate\": \"2026-04-30\""))
            #expect(!stored.contains("\"close_date\"") && !stored.contains("\"closedate\""))
        }
    }

    @Test(arguments: ImportTestDatabase.available)
    func anAllQuotedSemicolonFileImportsAndTheSummaryNamesItsDelimiter(_ db: ImportTestDatabase) throws {
        try db.with { database in
            let text = """
                "Opportunity Name";"Account Name";"Stage";"Amount";"Close Date";"Created Date"
                "Linie 3";"Nordwind GmbH";"Negotiation";"12.400,50";"31.12.2026";"02.09.26"
                "Linie 4";"Nordwind GmbH";"Prospecting";"1234,5";"31.12.9999";"1.10.2026"

                """
            let result = try importing(text, into: database)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.contains("read as semicolon-separated values with decimal commas"))
            #expect(result.stderr.contains("read as \"no date yet\": 1 date (line 3)"), "\(result.stderr)")
            let stored = try export(database)
            #expect(stored.contains("\"amount\": 12400.5") && stored.contains("\"amount\": 1234.5"))
            #expect(stored.contains("\"closeDate\": \"2026-12-31\""))
            #expect(stored.contains("\"createdDate\": \"2026-09-02\""))
        }
    }

    @Test(arguments: ImportTestDatabase.available)
    func aSalesforceClassicReportFooterIsSkippedAndNamed(_ db: ImportTestDatabase) throws {
        try db.with { database in
            let text =
                "\"Opportunity Name\",\"Account Name\",\"Stage\",\"Amount\"\r\n"
                + "\"Pilot\",\"Contoso\",\"Prospecting\",\"$1,000.00\"\r\n"
                + "\"Rollout\",\"Contoso\",\"Closed Won\",\"$9,000.00\"\r\n" + "\r\n" + "\r\n"
                + "\"Grand Totals (2 records)\"\r\n" + "\r\n"
                + "\"Confidential Information - Do Not Distribute\"\r\n"
                + "\"Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved.\"\r\n"
            let result = try importing(text, into: database)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.contains("2 rows read: 2 deals created"), "\(result.stderr)")
            #expect(
                result.stderr.contains("skipped a report footer of 3 rows (lines 6–9: \"Grand Totals (2 records)\""),
                "\(result.stderr)")
            #expect(result.stderr.contains("skipped 3 empty rows or blank lines"), "\(result.stderr)")
        }
    }

    @Test func aReportOfAFileThatBreaksInItsHeaderHasNoFalseEmptyFileRow() throws {
        try ImportTestDatabase.sqlite.with { database in
            let report = FileManager.default.temporaryDirectory.appendingPathComponent("report-\(UUID()).csv")
            defer { try? FileManager.default.removeItem(at: report) }
            let result = try importing(
                "\"Opportunity Name\"x,Stage\nA,B\n", extra: ["--report", report.path], into: database)
            #expect(result.status == 2)
            let text = try String(contentsOf: report, encoding: .utf8)
            #expect(text.contains("text after a closing quote") && !text.contains("the file is empty"))
        }
    }

    @Test(arguments: ImportTestDatabase.available)
    func hubspotCompaniesKnownOnlyByDomainBecomeTheirOwnAccounts(_ db: ImportTestDatabase) throws {
        try db.with { database in
            let text = """
                Record ID,Deal Name,Deal Stage,Amount,Associated Company Domain
                11,Pilot,qualifiedtobuy,1000,contoso.example
                12,Rollout,contractsent,5000,fabrikam.example
                13,Renewal,closedwon,2000,contoso.example

                """
            let result = try importing(text, from: "hubspot", into: database)
            #expect(result.stderr.contains("2 accounts created"), "\(result.stderr)")
            #expect(result.stderr.contains("company known only by its domain on 3 deals"), "\(result.stderr)")
            let stored = try export(database)
            #expect(stored.contains("\"name\": \"contoso.example\""))
            #expect(stored.contains("\"name\": \"fabrikam.example\""))
        }
    }

    @Test(arguments: ImportTestDatabase.available)
    func anAmountWithoutCurrencyIsReviewedWithoutOneUnlessOneIsGiven(_ db: ImportTestDatabase) throws {
        try db.with { database in
            let text = "Deal Name,Deal Stage,Amount,Close Date\nPilot,qualifiedtobuy,42000,2027-01-15\n"
            let result = try importing(text, from: "hubspot", into: database)
            #expect(result.stderr.contains("no currency for 1 amount (line 2)"), "\(result.stderr)")
            let review = try CLIRunner.run(["review", "--database", database, "--as-of", "2026-12-01"])
            #expect(review.stdout.contains("42,000 (no currency)"), "\(review.stdout)")
            #expect(!review.stdout.contains("USD"))
            // and its CSV export invents none either
            let csv = try CLIRunner.run(["export", "--format", "csv", "--database", database])
            #expect(csv.stdout.contains(",42000,,2027-01-15,"), "\(csv.stdout)")
            _ = try importing(text, from: "hubspot", extra: ["--currency", "eur"], into: database)
            let again = try CLIRunner.run(["review", "--database", database, "--as-of", "2026-12-01"])
            #expect(again.stdout.contains("EUR 42,000"), "\(again.stdout)")
        }
    }

    @Test(arguments: ImportTestDatabase.available)
    func theReviewOfTheDemoImportedAsCSVAssertsNoAbsenceItCouldNotKnow(_ db: ImportTestDatabase) throws {
        try ImportTestDatabase.sqlite.with { source in
            try db.with { database in
                // given the demo's deals, exported as a CRM CSV and imported into a new database
                let demo = FileManager.default.temporaryDirectory.appendingPathComponent("demo-\(UUID()).json")
                defer { try? FileManager.default.removeItem(at: demo) }
                #expect(try CLIRunner.run(["demo", "--write", demo.path]).status == 0)
                _ = try CLIRunner.run(["import", demo.path, "--from", "pipeline", "--database", source])
                let csv = try CLIRunner.run(["export", "--format", "csv", "--database", source])
                try ImportTestDatabase.withFile(Array(csv.stdoutBytes)) { path in
                    let imported = try CLIRunner.run(["import", path, "--from", "salesforce", "--database", database])
                    #expect(imported.status == 0, "\(imported.stderr)")
                }
                // when the stored deals are reviewed
                let review = try CLIRunner.run([
                    "review", "--database", database, "--as-of", "2026-11-25", "--format", "json",
                ])
                #expect(review.status == 0, "\(review.stderr)")
                let json = try #require(
                    try JSONSerialization.jsonObject(with: review.stdoutBytes) as? [String: Any])
                let deals = try #require(json["deals"] as? [[String: Any]])
                #expect(!deals.isEmpty)
                // then no finding reports a goal, person, step or activity as absent, and each deal has the list
                let forbidden: Set<String> = [
                    "no-customer-goal", "no-compelling-need", "no-buying-process", "single-threaded",
                    "no-economic-buyer", "stale", "no-customer-pull", "seller-chasing", "no-business-case",
                    "stage-ahead-of-evidence", "paper-process-unknown", "no-next-step", "no-power",
                ]
                for deal in deals {
                    let rules = ((deal["findings"] as? [[String: Any]]) ?? []).compactMap { $0["rule"] as? String }
                    #expect(Set(rules).isDisjoint(with: forbidden), "\(deal["id"] ?? ""): \(rules)")
                    #expect(rules.filter { $0 == "what-we-dont-know-yet" }.count == 1)
                }
                let text = try CLIRunner.run(["review", "--database", database, "--as-of", "2026-11-25"])
                #expect(text.stdout.contains("What we don't know yet"))
                #expect(!text.stdout.contains("your contact at") && !text.stdout.contains("(no company)"))
                // and the pipeline's currency travelled with the amounts, so the CSV's deals are not "no currency"
                #expect(csv.stdout.split(separator: "\r\n").dropFirst().allSatisfy { $0.contains(",USD,") })
                #expect(!text.stdout.contains("(no currency)"), "\(text.stdout)")
            }
        }
    }
}
