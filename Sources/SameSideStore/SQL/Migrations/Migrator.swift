import Foundation
import SQLKit

/// Applies ``Migrations/all`` in order, each in its own transaction together with its record.
enum Migrator {
    static let table = "sameside_migrations"

    static func migrate(_ backend: any SQLBackend) async throws -> [MigrationRecord] {
        try await backend.withSession { session in
            _ = try await session.bulk(
                "CREATE TABLE IF NOT EXISTS \(table) (number BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
                [])
        }
        var applied: [MigrationRecord] = []
        for migration in Migrations.all {
            let record: MigrationRecord? = try await backend.withTransaction { session in
                if session.dialect == .postgres {
                    // Several servers may start at once: one migrates, the others wait and then skip.
                    _ = try await session.bulk("LOCK TABLE \(table) IN EXCLUSIVE MODE", [])
                }
                let done = try await session.sql.select().column("number").from(table)
                    .where("number", .equal, migration.number).first()
                guard done == nil else { return nil }
                for statement in migration.statements(session.dialect) {
                    _ = try await session.bulk(statement, [])
                }
                let record = MigrationRecord(
                    number: migration.number, name: migration.name,
                    appliedAt: ISO8601DateFormatter().string(from: Date()))
                try await session.sql.insert(into: table).columns("number", "name", "applied_at")
                    .values(SQLBind(record.number), SQLBind(record.name), SQLBind(record.appliedAt)).run()
                return record
            }
            if let record { applied.append(record) }
        }
        return applied
    }

    static func applied(_ backend: any SQLBackend) async throws -> [MigrationRecord] {
        try await backend.withSession { session in
            guard try await tableExists(session) else { return [] }
            let rows = try await session.sql.select().columns("number", "name", "applied_at").from(table)
                .orderBy("number").all()
            return try rows.map {
                MigrationRecord(
                    number: try $0.decode(column: "number", as: Int.self),
                    name: try $0.decode(column: "name", as: String.self),
                    appliedAt: try $0.decode(column: "applied_at", as: String.self))
            }
        }
    }

    /// Throws ``StoreError/notMigrated`` or ``StoreError/schemaTooNew(known:found:)`` unless the schema is current.
    static func check(_ backend: any SQLBackend) async throws {
        let applied = try await applied(backend)
        // By number, not by count: numbers may have gaps while branches that add migrations are merged.
        let known = Migrations.all.map(\.number).max() ?? 0
        guard let last = applied.last else { throw StoreError.notMigrated }
        if last.number > known { throw StoreError.schemaTooNew(known: known, found: last.number) }
        let done = Set(applied.map(\.number))
        if Migrations.all.contains(where: { !done.contains($0.number) }) { throw StoreError.notMigrated }
    }

    private static func tableExists(_ session: any SQLSession) async throws -> Bool {
        let query: String
        switch session.dialect {
        case .sqlite: query = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '\(table)'"
        case .postgres:
            query =
                "SELECT count(*)::BIGINT FROM pg_tables WHERE schemaname = current_schema() AND tablename = '\(table)'"
        }
        return try await session.bulk(query, []).first ?? 0 > 0
    }
}
