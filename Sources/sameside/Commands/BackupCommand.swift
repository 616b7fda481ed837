import ArgumentParser
import SameSideApp

/// `sameside backup PATH`: a consistent copy of a live SQLite database.
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Write a consistent copy of the SQLite database to PATH, safely while it is in use.",
        discussion: """
            Uses SQLite's VACUUM INTO: the copy is one transaction's view, compacted. PATH must not exist.
            For PostgreSQL use pg_dump (see docs/storage.md).
            """)

    @Argument(help: "Where to write the copy (must not exist).")
    var path: String

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        try await CLIExit.guarding {
            try await StoreAdministration.backup(database.config(), to: path)
            StandardStreams.error("backup written to \(path)")
        }
    }
}
