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
            let config = try database.config()
            if status {
                for record in try await StoreAdministration.appliedMigrations(config) {
                    print("\(record.number)\t\(record.name)\t\(record.appliedAt)")
                }
                return
            }
            let run = try await StoreAdministration.migrate(config)
            for record in run.appliedNow { print("applied \(record.number): \(record.name)") }
            StandardStreams.error(
                "\(config.database): schema at migration \(run.all.last?.number ?? 0) "
                    + "(\(run.appliedNow.count) applied now)")
        }
    }
}
