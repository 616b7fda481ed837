import Foundation
import Testing

@Suite struct ImportMigrateAndBackupTests {
    @Test(arguments: ImportTestDatabase.available)
    func migrateAppliesEachMigrationOnceInOrder(_ db: ImportTestDatabase) throws {
        try db.with { database in
            // given a new database, when it is migrated twice
            let first = try CLIRunner.run(["migrate", "--database", database])
            let second = try CLIRunner.run(["migrate", "--database", database])
            let status = try CLIRunner.run(["migrate", "--status", "--database", database])
            // then the first run applies 1 to 5 in order, the second nothing, and both are recorded
            #expect(first.status == 0, "\(first.stderr)")
            #expect(first.stdout.hasPrefix("applied 1: create pipeline tables\napplied 2: "))
            #expect(
                first.stdout.contains("\napplied 3: create users and sessions\napplied 4: create stored deal reviews"))
            #expect(first.stdout.contains("\napplied 5: create share links"))
            #expect(second.status == 0 && second.stdout.isEmpty)
            #expect(second.stderr.contains("schema at migration 5 (0 applied now)"))
            #expect(
                status.stdout.split(separator: "\n").map { $0.split(separator: "\t").first ?? "" } == [
                    "1", "2", "3", "4", "5",
                ])
        }
    }

    @Test func aBackupIsAConsistentCopyThatExportsTheSame() throws {
        try ImportTestDatabase.sqlite.with { database in
            let copy = FileManager.default.temporaryDirectory.appendingPathComponent("backup-\(UUID()).db").path
            defer { try? FileManager.default.removeItem(atPath: copy) }
            // given an imported database
            let file = CLIRunner.fixture("import/wheres-the-po.pipeline.json").path
            _ = try CLIRunner.run(["import", file, "--from", "pipeline", "--database", database])
            // when it is backed up
            let backup = try CLIRunner.run(["backup", copy, "--database", database])
            // then the copy exports exactly what the original does
            #expect(backup.status == 0, "\(backup.stderr)")
            let original = try CLIRunner.run(["export", "--database", database])
            let restored = try CLIRunner.run(["export", "--database", "sqlite:" + copy])
            #expect(original.stdout == restored.stdout && !original.stdout.isEmpty)
            // and a second backup onto the same path is refused
            let again = try CLIRunner.run(["backup", copy, "--database", database])
            #expect(again.status == 2 && again.stderr.contains("already exists"))
        }
    }

    @Test func backingUpAMissingDatabaseIsBadInput() throws {
        let result = try CLIRunner.run([
            "backup", "/tmp/never-\(UUID()).db", "--database", "sqlite:/tmp/none-\(UUID()).db",
        ])
        #expect(result.status == 2 && result.stderr.contains("no such database"))
    }

    @Test func backingUpPostgreSQLPointsToPgDump() throws {
        guard ImportTestDatabase.available.contains(.postgres) else { return }
        try ImportTestDatabase.postgres.with { database in
            let result = try CLIRunner.run(["backup", "/tmp/never-\(UUID()).db", "--database", database])
            #expect(result.status == 2 && result.stderr.contains("pg_dump"))
        }
    }
}
