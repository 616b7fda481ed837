import Foundation
import SameSideCore
import SameSideStore

/// Schema migrations and backups of the configured database.
public enum StoreAdministration {
    /// One applied migration.
    public struct Migration: Equatable, Sendable {
        public var number: Int
        public var name: String
        /// When it was applied, as the database recorded it.
        public var appliedAt: String
    }

    /// What `migrate` did: the migrations it applied now, and every applied one.
    public struct MigrationRun: Sendable {
        public var appliedNow: [Migration]
        public var all: [Migration]
    }

    /// Applies the missing migrations, in order. Throws ``AppError``.
    public static func migrate(_ config: AppConfig) async throws -> MigrationRun {
        try await StoreFactory.withStore(config, schema: .leaveAsIs) { store in
            let applied = try await store.migrate()
            let all = try await store.appliedMigrations()
            return MigrationRun(appliedNow: applied.map(Migration.init), all: all.map(Migration.init))
        }
    }

    /// The migrations applied so far, oldest first. Throws ``AppError``.
    public static func appliedMigrations(_ config: AppConfig) async throws -> [Migration] {
        try await StoreFactory.withStore(config, schema: .leaveAsIs) { store in
            try await store.appliedMigrations().map(Migration.init)
        }
    }

    /// Writes a consistent copy of the configured SQLite database to `path`, safely while it is in use.
    /// - Throws: ``AppError/badInput(_:)`` when `path` exists or the database file does not,
    ///   ``AppError/badConfiguration(_:)`` for a database without backups (PostgreSQL: use pg_dump).
    public static func backup(_ config: AppConfig, to path: String) async throws {
        guard !FileManager.default.fileExists(atPath: path) else {
            throw AppError.badInput("\(path): already exists; expected a new file name for the backup")
        }
        if case .sqliteFile(let source) = config.database, !FileManager.default.fileExists(atPath: source) {
            throw AppError.badInput("\(source): no such database; expected an existing SQLite file to back up")
        }
        try await StoreFactory.withStore(config, schema: .leaveAsIs) { store in
            guard let backup = store as? any StoreBackup else {
                throw StoreError.badConfiguration(
                    "backup copies SQLite databases; for PostgreSQL use pg_dump (see docs/storage.md)")
            }
            try await backup.backup(to: path)
        }
    }
}

extension StoreAdministration.Migration {
    init(_ record: MigrationRecord) {
        self.init(number: record.number, name: record.name, appliedAt: "\(record.appliedAt)")
    }
}
