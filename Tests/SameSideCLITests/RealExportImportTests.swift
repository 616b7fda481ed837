import Foundation
import Testing

/// The shapes of real CRM exports (Tests/Fixtures/import/real, each with its source address in
/// manifest.json) imported into every store, checked against the counts the manifest expects.
@Suite struct RealExportImportTests {
    struct Expectation: Decodable, Sendable, CustomTestStringConvertible {
        struct Counts: Decodable, Sendable {
            var deals: Int
            var accounts: Int
            var amounts: Int
            var amountTotal: Double
            var won: Int
            var lost: Int
            var stages: [String: Int]
            var currencies: [String: Int]
            var noteContains: String?
        }
        var file: String
        var from: String
        var source: String
        var expected: Counts
        var testDescription: String { file }
    }

    struct Manifest: Decodable { var files: [Expectation] }

    static let files: [Expectation] = {
        let url = CLIRunner.fixture("import/real/manifest.json")
        guard let data = try? Data(contentsOf: url), let manifest = try? JSONDecoder().decode(Manifest.self, from: data)
        else { return [] }
        return manifest.files
    }()

    /// What the store holds, read back through `export --format jsonl`.
    struct Stored {
        var deals: [[String: Any]] = []
        var accounts = 0

        init(database: String) throws {
            let export = try CLIRunner.run(["export", "--format", "jsonl", "--database", database])
            #expect(export.status == 0, "\(export.stderr)")
            for line in export.stdout.split(separator: "\n") {
                let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
                switch object["kind"] as? String {
                case "opportunity": deals.append(object)
                case "account": accounts += 1
                default: break
                }
            }
        }

        func count(_ key: String, _ value: String) -> Int { deals.filter { $0[key] as? String == value }.count }
    }

    @Test func everyRealShapeHasItsSourceAndThereAreEightOrMoreOfBothCRMs() {
        #expect(Self.files.count >= 8)
        #expect(Set(Self.files.map(\.from)) == ["salesforce", "hubspot"])
        #expect(Self.files.allSatisfy { $0.source.hasPrefix("https://github.com/") })
    }

    @Test(arguments: ImportTestDatabase.available, files)
    func aRealExportShapeImportsAsItsManifestExpectsAndAgainChangesNothing(
        _ db: ImportTestDatabase, _ file: Expectation
    ) throws {
        try db.with { database in
            // given the shape of a real export
            let path = CLIRunner.fixture("import/real/" + file.file).path
            // when it is imported, twice
            let first = try CLIRunner.run(["import", path, "--from", file.from, "--database", database])
            let second = try CLIRunner.run(["import", path, "--from", file.from, "--database", database])
            // then every row is a deal, with the accounts, amounts, stages and currencies the manifest names
            #expect(first.status == 0, "\(first.stderr)")
            let want = file.expected
            #expect(first.stderr.contains("\(want.deals) rows read: \(want.deals) deals created"), "\(first.stderr)")
            if let note = want.noteContains { #expect(first.stderr.contains(note), "\(first.stderr)") }
            #expect(second.stderr.contains("0 deals created, 0 updated, \(want.deals) skipped"), "\(second.stderr)")
            let stored = try Stored(database: database)
            #expect(stored.deals.count == want.deals)
            #expect(stored.accounts == want.accounts)
            let amounts = stored.deals.compactMap { $0["amount"] as? Double }
            #expect(amounts.count == want.amounts)
            #expect(abs(amounts.reduce(0, +) - want.amountTotal) < 0.01)
            #expect(stored.count("status", "won") == want.won && stored.count("status", "lost") == want.lost)
            var stages: [String: Int] = [:]
            var currencies: [String: Int] = [:]
            for deal in stored.deals {
                if let stage = deal["stage"] as? String { stages[stage, default: 0] += 1 }
                if let crm = deal["crm"] as? [String: Any], let code = crm["currency"] as? String {
                    currencies[code, default: 0] += 1
                }
                // and each deal says what its source could carry: a CSV row never carries goals or people
                let carries = deal["sourceCarries"] as? [String]
                #expect(carries != nil && carries?.contains("goals") == false)
            }
            #expect(stages == want.stages)
            #expect(currencies == want.currencies)
        }
    }
}
