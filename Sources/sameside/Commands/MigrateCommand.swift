import ArgumentParser
import SameSideApp

/// `sameside migrate`: brings the database schema up to date and lists what was applied.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Create or upgrade the database schema (numbered migrations, applied in order and recorded).")

    @OptionGroup var database: DatabaseOptions

    @Flag(help: "Only list the migrations already applied.")
    var status = false

    func run() async throws {
        try await CLIExit.guarding {
            try await database.withStore(schema: .leaveAsIs) { store in
                if status {
                    for record in try await store.appliedMigrations() {
                        print("\(record.number)\t\(record.name)\t\(record.appliedAt)")
                    }
                    return
                }
                let applied = try await store.migrate()
                let all = try await store.appliedMigrations()
                for record in applied { print("applied \(record.number): \(record.name)") }
                StandardStreams.error(
                    "\(try database.config().database): schema at migration \(all.last?.number ?? 0) "
                        + "(\(applied.count) applied now)")
            }
        }
    }
}
