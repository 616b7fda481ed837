import Foundation
import SQLKit
import SameSideCore

/// The pipeline store on SQL: SQLite (one file, WAL) or PostgreSQL (a pool shared by servers).
///
/// Ordinary queries go through SQLKit's builders; the bulk import path uses raw multi-row
/// upserts with binds (see the measured figures in STYLE.md). Driver types stay inside: every
/// method takes and returns Core values and throws ``StoreError``.
public final class SQLPipelineStore: PipelineStore, StoreBackup {
    let backend: any SQLBackend
    /// From this many expected rows on, a SQLite import drops the deal indexes and rebuilds them once.
    let bulkRows: Int

    init(backend: any SQLBackend, bulkRows: Int = SQLImportWriter.bulkRows) {
        self.backend = backend
        self.bulkRows = bulkRows
    }

    /// The default number of rows from which a SQLite import rebuilds the deal indexes at the end.
    public static let defaultBulkRows = SQLImportWriter.bulkRows

    /// Opens an SQLite database file (created if missing); `nil` for a private in-memory database.
    /// `bulkRows`: from how many rows an import drops the deal indexes and rebuilds them once.
    public static func sqlite(path: String?, bulkRows: Int = defaultBulkRows) async throws -> SQLPipelineStore {
        SQLPipelineStore(backend: try await SQLiteBackend.open(path: path), bulkRows: bulkRows)
    }

    /// Connects to PostgreSQL through a pool whose run loop is started here (connections open lazily, on
    /// first use); ``close()`` shuts it down.
    public static func postgres(
        host: String, port: Int, username: String, password: String?, database: String?, requireTLS: Bool = false
    ) async -> SQLPipelineStore {
        SQLPipelineStore(
            backend: await PostgresBackend.open(
                host: host, port: port, username: username, password: password, database: database,
                requireTLS: requireTLS))
    }

    /// Which database this store speaks to.
    public var dialect: SQLStoreDialect { backend.dialect }

    /// Writes a consistent copy of a live SQLite database to `path` (`VACUUM INTO`).
    ///
    /// Throws ``StoreError/badConfiguration(_:)`` on PostgreSQL (use `pg_dump` there).
    public func backup(to path: String) async throws {
        guard let sqlite = backend as? SQLiteBackend else {
            throw StoreError.badConfiguration(
                "backup copies SQLite databases; for PostgreSQL use pg_dump (see docs/storage.md)")
        }
        try await mapped { try await sqlite.backup(to: path) }
    }

    /// An SQLite file's journal mode and page size (for tests and diagnostics); nil on PostgreSQL.
    public func sqliteFileSettings() async throws -> (journalMode: String, pageSize: Int)? {
        try await mapped {
            try await backend.withSession { session in
                guard session.dialect == .sqlite else { return nil }
                let mode = try await session.sql.raw("PRAGMA journal_mode").first()
                let size = try await session.sql.raw("PRAGMA page_size").first()
                return (
                    try mode?.decode(column: "journal_mode", as: String.self) ?? "",
                    try size?.decode(column: "page_size", as: Int.self) ?? 0
                )
            }
        }
    }

    /// The names of the indexes on the deals table, sorted (for checks after a crash and for tests).
    public func dealIndexes() async throws -> [String] {
        try await mapped {
            try await backend.withSession { session in
                let query =
                    session.dialect == .sqlite
                    ? "SELECT name AS name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'opportunities' "
                        + "AND name NOT LIKE 'sqlite_autoindex%'"
                    : "SELECT indexname AS name FROM pg_indexes WHERE tablename = 'opportunities' "
                        + "AND indexname <> 'opportunities_pkey'"
                let rows = try await session.sql.raw("\(unsafeRaw: query)").all()
                return try rows.map { try $0.decode(column: "name", as: String.self) }.sorted()
            }
        }
    }

    public func migrate() async throws -> [MigrationRecord] {
        try await mapped { try await Migrator.migrate(backend) }
    }

    public func appliedMigrations() async throws -> [MigrationRecord] {
        try await mapped { try await Migrator.applied(backend) }
    }

    /// Throws unless every known migration is applied (and no unknown one).
    public func checkSchema() async throws {
        try await mapped { try await Migrator.check(backend) }
    }

    // MARK: Header

    public func header() async throws -> Versioned<PipelineHeader>? {
        try await mapped {
            try await backend.withSession { session in
                guard
                    let row = try await session.sql.select().columns("as_of", "currency", "seller", "extra", "version")
                        .from("pipeline_header").where("id", .equal, 1).first()
                else { return nil }
                return try SQLRows.header(row)
            }
        }
    }

    public func saveHeader(_ header: PipelineHeader, expectedVersion: Int?) async throws -> Versioned<PipelineHeader> {
        try await mapped {
            try await backend.withTransaction { session in
                try await SQLWrites.saveHeader(header, expectedVersion: expectedVersion, session: session)
            }
        }
    }

    // MARK: Reads

    public func account(_ id: AccountID) async throws -> Versioned<Account>? {
        try await mapped {
            try await backend.withSession { session in
                guard
                    let row = try await session.sql.select().columns(SQLRows.accountColumns).from("accounts")
                        .where("id", .equal, id.rawValue).first()
                else { return nil }
                return try SQLRows.account(row)
            }
        }
    }

    public func opportunity(_ id: DealID) async throws -> Versioned<Opportunity>? {
        try await mapped {
            try await backend.withSession { session in
                guard
                    let row = try await session.sql.select().columns(SQLRows.opportunityColumns).from("opportunities")
                        .where("id", .equal, id.rawValue).first()
                else { return nil }
                return try SQLRows.opportunity(row)
            }
        }
    }

    public func accounts(after: AccountID?, limit: Int) async throws -> [Versioned<Account>] {
        try await mapped {
            try await backend.withSession { session in
                let query = session.sql.select().columns(SQLRows.accountColumns).from("accounts")
                if let after { query.where("id", .greaterThan, after.rawValue) }
                let rows = try await query.orderBy("id").limit(max(0, limit)).all()
                return try rows.map(SQLRows.account)
            }
        }
    }

    public func accounts(ids: [AccountID]) async throws -> [Versioned<Account>] {
        let unique = Array(Set(ids.map(\.rawValue))).sorted()
        guard !unique.isEmpty else { return [] }
        return try await mapped {
            try await backend.withSession { session in
                var found: [Versioned<Account>] = []
                // A few hundred binds per query at most, well inside both databases' limits.
                for start in stride(from: 0, to: unique.count, by: 500) {
                    let part = Array(unique[start..<min(unique.count, start + 500)])
                    let rows = try await session.sql.select().columns(SQLRows.accountColumns).from("accounts")
                        .where("id", .in, part).orderBy("id").all()
                    found += try rows.map(SQLRows.account)
                }
                return found
            }
        }
    }

    public func opportunities(after: DealID?, limit: Int) async throws -> [Versioned<Opportunity>] {
        try await mapped {
            try await backend.withSession { session in
                let query = session.sql.select().columns(SQLRows.opportunityColumns).from("opportunities")
                if let after { query.where("id", .greaterThan, after.rawValue) }
                let rows = try await query.orderBy("id").limit(max(0, limit)).all()
                return try rows.map(SQLRows.opportunity)
            }
        }
    }

    public func opportunities(ofAccount id: AccountID, limit: Int) async throws -> [Versioned<Opportunity>] {
        try await mapped {
            try await backend.withSession { session in
                let rows = try await session.sql.select().columns(SQLRows.opportunityColumns).from("opportunities")
                    .where("account_id", .equal, id.rawValue).orderBy("id").limit(max(0, limit)).all()
                return try rows.map(SQLRows.opportunity)
            }
        }
    }

    public func counts() async throws -> StoreCounts {
        try await mapped {
            try await backend.withSession { session in
                let accounts = try await session.bulk(Self.countQuery("accounts", session.dialect), []).first ?? 0
                let deals = try await session.bulk(Self.countQuery("opportunities", session.dialect), []).first ?? 0
                return StoreCounts(accounts: accounts, opportunities: deals)
            }
        }
    }

    private static func countQuery(_ table: String, _ dialect: SQLStoreDialect) -> String {
        dialect == .postgres ? "SELECT count(*)::BIGINT FROM \(table)" : "SELECT count(*) FROM \(table)"
    }

    // MARK: Writes

    public func create(_ account: Account) async throws -> Versioned<Account> {
        try await mapped {
            try await backend.withTransaction { session in
                try await SQLWrites.create(account, source: .app, session: session)
            }
        }
    }

    public func update(_ account: Account, expectedVersion: Int) async throws -> Versioned<Account> {
        try await mapped {
            try await backend.withTransaction { session in
                try await SQLWrites.update(account, expectedVersion: expectedVersion, session: session)
            }
        }
    }

    public func create(_ opportunity: Opportunity) async throws -> Versioned<Opportunity> {
        try await mapped {
            try await backend.withTransaction { session in
                try await SQLWrites.create(opportunity, source: .app, session: session)
            }
        }
    }

    public func update(_ opportunity: Opportunity, expectedVersion: Int) async throws -> Versioned<Opportunity> {
        try await mapped {
            try await backend.withTransaction { session in
                try await SQLWrites.update(opportunity, expectedVersion: expectedVersion, session: session)
            }
        }
    }

    public func deleteOpportunity(_ id: DealID, expectedVersion: Int) async throws {
        try await mapped {
            try await backend.withTransaction { session in
                try await SQLWrites.deleteOpportunity(id, expectedVersion: expectedVersion, session: session)
            }
        }
    }

    public func importing<T: Sendable>(_ body: (any ImportWriter) async throws -> T) async throws -> T {
        try await mapped {
            try await backend.withTransaction { session in
                let writer = SQLImportWriter(session: session, bulkRows: bulkRows)
                let result: T
                do {
                    result = try await body(writer)
                } catch let error as StoreError {
                    throw error
                } catch {
                    // The caller's own error (a bad row, a read failure): rolled back, then rethrown as is.
                    throw CallerError(error: error)
                }
                try await writer.finish()
                return result
            }
        }
    }

    /// CRM rows in bulk: on an SQLite file through a dedicated raw connection with prepared
    /// statements (``SQLiteBulkWriter``), elsewhere through ``SQLImportWriter``'s multi-row upserts.
    public func importingCRM<T: Sendable>(_ body: (any CRMImportWriter) async throws -> T) async throws -> T {
        try await mapped {
            if let sqlite = backend as? SQLiteBackend,
                let result = try await sqlite.withBulkTransaction({ connection -> T in
                    let writer = try SQLiteBulkWriter(connection: connection, bulkRows: bulkRows)
                    let result = try await Self.callerErrors { try await body(writer) }
                    try await writer.finish()
                    return result
                })
            {
                return result
            }
            return try await backend.withTransaction { session in
                let writer = SQLImportWriter(session: session, bulkRows: bulkRows)
                let result = try await Self.callerErrors { try await body(writer) }
                try await writer.finish()
                return result
            }
        }
    }

    /// Runs the caller's import body; its own errors (a bad row, a read failure) pass through the
    /// transaction unchanged, store errors stay store errors.
    private static func callerErrors<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as StoreError {
            throw error
        } catch {
            throw CallerError(error: error)
        }
    }

    public func close() async throws {
        try await backend.close()
    }

    /// Runs `body`, turning driver errors into ``StoreError`` so no driver type leaves the store.
    func mapped<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as StoreError {
            throw error
        } catch let error as CallerError {
            throw error.error
        } catch {
            throw SQLErrorMapping.storeError(error)
        }
    }

    /// Carries an error of the caller's import body through the transaction unchanged.
    private struct CallerError: Error {
        let error: any Error
    }
}
