import Foundation
import Testing

@Suite("sameside user add|list|disable|enable|reset-password")
struct UserCommandTests {
    @Test(arguments: ImportTestDatabase.available)
    func addedUsersAreListedWithTheirRoleAndTeamAndNeverTheirPassword(_ db: ImportTestDatabase) throws {
        try db.with { database in
            // given a new database, when a rep and an admin are added with passwords on stdin
            let rep = try CLIRunner.run(
                [
                    "user", "add", "Ana@Example.com", "--role", "rep", "--team", "east", "--name", "Ana Diaz",
                    "--password-stdin", "--database", database,
                ],
                stdin: Data("a long enough password\n".utf8))
            let admin = try CLIRunner.run(
                ["user", "add", "boss@example.com", "--role", "admin", "--password-stdin", "--database", database],
                stdin: Data("another long password\n".utf8))
            let list = try CLIRunner.run(["user", "list", "--database", database])
            // then both are listed, the email lower-cased, and no password or hash appears
            #expect(rep.status == 0, "\(rep.stderr)")
            #expect(admin.status == 0, "\(admin.stderr)")
            #expect(
                list.stdout == "ana@example.com\trep\teast\tAna Diaz\tactive\nboss@example.com\tadmin\t-\t-\tactive\n")
            #expect(!list.stdout.contains("$2"))
        }
    }

    @Test func badUsersAreRefusedWithAClearMessageAndNothingIsStored() throws {
        try ImportTestDatabase.sqlite.with { database in
            let password = Data("a long enough password\n".utf8)
            let cases: [([String], Data?, String)] = [
                (["user", "add", "x@example.com", "--role", "rep", "--team", "t"], password, "--password-stdin"),
                (["user", "add", "x@example.com", "--role", "rep", "--password-stdin"], password, "--team"),
                (["user", "add", "not-an-email", "--role", "admin", "--password-stdin"], password, "not an email"),
                (
                    ["user", "add", "x@example.com", "--role", "admin", "--password-stdin"], Data("short\n".utf8),
                    "at least 10"
                ),
                (
                    ["user", "add", "x@example.com", "--role", "boss", "--password-stdin"], password,
                    "rep, manager or admin"
                ),
            ]
            for (arguments, stdin, message) in cases {
                let result = try CLIRunner.run(arguments + ["--database", database], stdin: stdin)
                #expect(result.status == 2, "\(arguments)")
                #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
            }
            #expect(try CLIRunner.run(["user", "list", "--database", database]).stdout.isEmpty)
            // A taken email is a conflict, and the first user stays as it was.
            let first = try CLIRunner.run(
                ["user", "add", "x@example.com", "--role", "admin", "--password-stdin", "--database", database],
                stdin: password)
            let again = try CLIRunner.run(
                [
                    "user", "add", "X@example.com", "--role", "rep", "--team", "t", "--password-stdin", "--database",
                    database,
                ],
                stdin: password)
            #expect(first.status == 0)
            #expect(again.status == 2 && again.stderr.contains("already exists"))
            #expect(
                try CLIRunner.run(["user", "list", "--database", database]).stdout
                    == "x@example.com\tadmin\t-\t-\tactive\n")
        }
    }

    @Test func aDisabledUserIsListedSoAndAResetNeedsALongPasswordAndAKnownEmail() throws {
        try ImportTestDatabase.sqlite.with { database in
            let password = Data("a long enough password\n".utf8)
            let added = try CLIRunner.run(
                [
                    "user", "add", "rep@example.com", "--role", "rep", "--team", "t", "--password-stdin", "--database",
                    database,
                ],
                stdin: password)
            #expect(added.status == 0, "\(added.stderr)")
            let disabled = try CLIRunner.run(["user", "disable", "REP@example.com", "--database", database])
            #expect(disabled.status == 0, "\(disabled.stderr)")
            #expect(disabled.stderr.contains("disabled rep@example.com; 0 sessions ended"))
            #expect(try CLIRunner.run(["user", "list", "--database", database]).stdout.hasSuffix("\tdisabled\n"))
            let enabled = try CLIRunner.run(["user", "enable", "rep@example.com", "--database", database])
            #expect(enabled.status == 0)
            #expect(try CLIRunner.run(["user", "list", "--database", database]).stdout.hasSuffix("\tactive\n"))

            let short = try CLIRunner.run(
                ["user", "reset-password", "rep@example.com", "--password-stdin", "--database", database],
                stdin: Data("short\n".utf8))
            #expect(short.status == 2 && short.stderr.contains("at least 10"))
            let unknown = try CLIRunner.run(
                ["user", "reset-password", "who@example.com", "--password-stdin", "--database", database],
                stdin: password)
            #expect(unknown.status != 0 && unknown.stderr.contains("no user with the email who@example.com"))
            let noStdin = try CLIRunner.run(["user", "reset-password", "rep@example.com", "--database", database])
            #expect(noStdin.status == 2 && noStdin.stderr.contains("--password-stdin"))
            let reset = try CLIRunner.run(
                ["user", "reset-password", "rep@example.com", "--password-stdin", "--database", database],
                stdin: Data("a brand new passphrase\n".utf8))
            #expect(reset.status == 0, "\(reset.stderr)")
        }
    }
}
