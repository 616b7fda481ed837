import ArgumentParser
import Foundation
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
            guard !FileManager.default.fileExists(atPath: path) else {
                throw CLIError.badInput("\(path): already exists; expected a new file name for the backup")
            }
            if case .sqliteFile(let source) = try database.config().database,
                !FileManager.default.fileExists(atPath: source)
            {
                throw CLIError.badInput("\(source): no such database; expected an existing SQLite file to back up")
            }
            try await database.withStore(schema: .leaveAsIs) { store in
                try await store.backup(to: path)
            }
            StandardStreams.error("backup written to \(path)")
        }
    }
}
