import Logging
import PostgresKit
import PostgresNIO
import SQLKit

/// A PostgreSQL connection pool (postgres-nio's `PostgresClient`), shared by stateless app servers.
final class PostgresBackend: SQLBackend {
    let dialect = SQLStoreDialect.postgres
    private let client: PostgresClient
    private let runTask: Task<Void, Never>
    private let logger: Logger

    private init(client: PostgresClient, runTask: Task<Void, Never>, logger: Logger) {
        self.client = client
        self.runTask = runTask
        self.logger = logger
    }

    /// Creates the pool and starts its run loop, returning only once `run()` has marked the pool as running, so
    /// that no lease comes before it (postgres-nio warns about such a lease). Connections open lazily.
    static func open(
        host: String, port: Int, username: String, password: String?, database: String?, requireTLS: Bool
    ) async -> PostgresBackend {
        var configuration = PostgresClient.Configuration(
            host: host, port: port, username: username, password: password, database: database,
            tls: requireTLS ? .require(.makeClientConfiguration()) : .disable)
        configuration.options.maximumConnections = 8
        var logger = Logger(label: "sameside.postgres")
        logger.logLevel = .warning
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        let runTask: Task<Void, Never>
        if #available(macOS 26, *) {
            // An immediate task runs `run()` on this thread up to its first suspension, and `run()` marks the
            // pool as running before that: when this returns, the pool is running.
            runTask = Task.immediate { await client.run() }
        } else {
            // Older systems: wait until the task has started; `run()` follows at once (a lease in that
            // instant only logs a warning and waits for the pool).
            let (started, signal) = AsyncStream.makeStream(of: Void.self)
            runTask = Task {
                signal.finish()
                await client.run()
            }
            for await _ in started {}
        }
        return PostgresBackend(client: client, runTask: runTask, logger: logger)
    }

    func withSession<T: Sendable>(_ body: (any SQLSession) async throws -> T) async throws -> T {
        try await client.withConnection { connection in
            try await body(Session(connection: connection, logger: logger))
        }
    }

    func withTransaction<T: Sendable>(_ body: (any SQLSession) async throws -> T) async throws -> T {
        try await client.withConnection { connection in
            let session = Session(connection: connection, logger: logger)
            _ = try await session.bulk("BEGIN", [])
            do {
                let result = try await body(session)
                _ = try await session.bulk("COMMIT", [])
                return result
            } catch {
                _ = try? await session.bulk("ROLLBACK", [])
                throw error
            }
        }
    }

    /// Shuts the pool down: cancelling its run loop closes every connection, and this waits until it has.
    func close() async throws {
        runTask.cancel()
        _ = await runTask.value
    }

    struct Session: SQLSession {
        let connection: PostgresConnection
        let logger: Logger
        var dialect: SQLStoreDialect { .postgres }
        var sql: any SQLDatabase { connection.sql(queryLogLevel: nil) }

        func bulk(_ query: String, _ binds: [SQLValue]) async throws -> [Int] {
            var bindings = PostgresBindings(capacity: binds.count)
            for bind in binds {
                switch bind {
                case .null: bindings.appendNull()
                case .text(let s): bindings.append(s)
                case .integer(let i): bindings.append(Int64(i))
                case .real(let d): bindings.append(d)
                }
            }
            let rows = try await connection.query(PostgresQuery(unsafeSQL: query, binds: bindings), logger: logger)
            var values: [Int] = []
            for try await row in rows {
                if let cell = row.first, let value = try? cell.decode(Int64.self) { values.append(Int(value)) }
            }
            return values
        }
    }
}
