import Foundation
import Testing

/// `sameside plan-share create|list|revoke` on a stored pipeline.
@Suite struct PlanShareCommandTests {
    @Test(arguments: ImportTestDatabase.available)
    func aLinkIsCreatedListedAndRevoked(_ db: ImportTestDatabase) throws {
        try db.with { database in
            let demo = try CLIRunner.run(["demo", "--json"])
            try ImportTestDatabase.withFile(Array(demo.stdoutBytes), suffix: ".json") { file in
                _ = try CLIRunner.run(["import", file, "--from", "pipeline", "--database", database])
            }
            // when a link is created
            let created = try CLIRunner.run(
                [
                    "plan-share", "create", "--deal", "o-northwind-line3", "--contact", "s-nw-ops", "--days", "10",
                    "--base-url", "https://plans.example.com/", "--database", database,
                ])
            // then its URL is printed once, with a 43-character token, and the list shows it active
            #expect(created.status == 0, "\(created.stderr)")
            let url = created.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(url.hasPrefix("https://plans.example.com/share/") && url.count == 32 + 43)
            let list = try CLIRunner.run(["plan-share", "list", "--database", database])
            let fields = list.stdout.split(separator: "\n").first?.split(separator: "\t").map(String.init) ?? []
            #expect(fields.count == 7 && fields[1] == "o-northwind-line3" && fields[2] == "s-nw-ops")
            #expect(fields[5] == "active" && fields[6] == "never")
            #expect(!list.stdout.contains(String(url.suffix(43))))
            // and once revoked, it is listed as revoked
            let revoke = try CLIRunner.run(["plan-share", "revoke", fields[0], "--database", database])
            #expect(revoke.status == 0, "\(revoke.stderr)")
            let after = try CLIRunner.run(["plan-share", "list", "--deal", "o-northwind-line3", "--database", database])
            #expect(after.stdout.contains("\trevoked\t"))
        }
    }

    @Test func badInputIsRefusedWithOneMessage() throws {
        try ImportTestDatabase.sqlite.with { database in
            let unknown = try CLIRunner.run(
                ["plan-share", "create", "--deal", "nope", "--contact", "x", "--database", database])
            #expect(unknown.status != 0 && unknown.stderr.contains("no deal \"nope\" stored"))
            let days = try CLIRunner.run(
                ["plan-share", "create", "--deal", "nope", "--contact", "x", "--days", "0", "--database", database])
            #expect(days.status == 2 && days.stderr.contains("--days"))
            let revoke = try CLIRunner.run(["plan-share", "revoke", "sl-nothing", "--database", database])
            #expect(revoke.status != 0 && revoke.stderr.contains("no share link \"sl-nothing\""))
        }
    }
}
