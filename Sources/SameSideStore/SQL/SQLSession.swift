import SQLKit

/// One connection for the length of an operation or a transaction.
///
/// `sql` is for ordinary queries through SQLKit's builders; `bulk` runs a raw statement with
/// many binds and returns the first column of each result row as integers (bulk upserts).
protocol SQLSession: Sendable {
    var sql: any SQLDatabase { get }
    var dialect: SQLStoreDialect { get }
    /// Runs `query` (placeholders from ``SQLStoreDialect/placeholder(_:)``) with `binds`.
    func bulk(_ query: String, _ binds: [SQLValue]) async throws -> [Int]
}

/// Where the SQL store gets its connections: one SQLite holder or a PostgreSQL pool.
protocol SQLBackend: Sendable {
    var dialect: SQLStoreDialect { get }
    /// Runs `body` on a connection, outside any transaction.
    func withSession<T: Sendable>(_ body: (any SQLSession) async throws -> T) async throws -> T
    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    func withTransaction<T: Sendable>(_ body: (any SQLSession) async throws -> T) async throws -> T
    func close() async throws
}
