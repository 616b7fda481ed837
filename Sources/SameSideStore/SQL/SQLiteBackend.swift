import Foundation
import Logging
import NIOCore
import NIOPosix
import SQLKit
import SQLiteKit
import SQLiteNIO

/// The one SQLite connection of a process, with WAL, foreign keys on, and transactions taken in turn.
final class SQLiteBackend: SQLBackend, @unchecked Sendable {
    let dialect = SQLStoreDialect.sqlite
    // Read and replaced only while `lock` is held (a first bulk import closes and reopens it).
    private var connection: SQLiteConnection
    private let lock = AsyncLock()
    private var session: Session
    /// The database file, or nil for a private in-memory database.
    let path: String?

    private init(connection: SQLiteConnection, path: String?) {
        self.connection = connection
        self.session = Session(connection: connection)
        self.path = path
    }

    /// Opens `path` (created if missing), or a private in-memory database when `path` is nil.
    static func open(path: String?) async throws -> SQLiteBackend {
        SQLiteBackend(connection: try await connect(path: path), path: path)
    }

    /// A connection to `path` (or a private in-memory database) with the store's pragmas set.
    private static func connect(path: String?) async throws -> SQLiteConnection {
        let connection: SQLiteConnection
        do {
            var logger = Logger(label: "sameside.sqlite")
            logger.logLevel = .warning
            connection = try await SQLiteConnection.open(
                storage: path.map { .file(path: $0) } ?? .memory, threadPool: NIOThreadPool.singleton,
                logger: logger, on: MultiThreadedEventLoopGroup.singleton.any())
        } catch {
            throw StoreError.unavailable("cannot open SQLite database \(path ?? ":memory:"): \(error)")
        }
        let session = Session(connection: connection)
        do {
            // 16 KB pages for a new file (an existing one keeps its own): a bulk import writes a
            // quarter as many pages and splits B-tree pages a quarter as often; a 300,000-row load
            // with its index rebuild took about a quarter less time than with SQLite's 4 KB default.
            _ = try await session.bulk("PRAGMA page_size=16384", [])
            // WAL: readers never wait for the writer and a killed writer leaves the file consistent.
            if path != nil { _ = try await session.bulk("PRAGMA journal_mode=WAL", []) }
            for pragma in [
                "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL", "PRAGMA busy_timeout=10000",
                "PRAGMA cache_size=-8192",
                // Multi-row upserts keep a statement journal; in memory it costs no file writes.
                "PRAGMA temp_store=MEMORY",
            ] {
                _ = try await session.bulk(pragma, [])
            }
        } catch {
            try? await connection.close()
            throw StoreError.unavailable("\(path ?? ":memory:") is not an SQLite database SameSide can use: \(error)")
        }
        return connection
    }

    func withSession<T: Sendable>(_ body: (any SQLSession) async throws -> T) async throws -> T {
        try await lock.withLock { try await body(session) }
    }

    func withTransaction<T: Sendable>(_ body: (any SQLSession) async throws -> T) async throws -> T {
        try await lock.withLock {
            // IMMEDIATE takes the write lock up front, so two writers queue instead of failing mid-way.
            _ = try await session.bulk("BEGIN IMMEDIATE", [])
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

    /// Runs `body` in one `BEGIN IMMEDIATE` transaction on a dedicated raw connection to the same
    /// file (see ``SQLiteBulkConnection``), holding this backend's lock so that its own connection
    /// stays idle meanwhile. Committed when `body` returns, rolled back when it throws. Nil for an
    /// in-memory database, which a second connection cannot see.
    ///
    /// Into a database that holds no deals yet (a first import), and when no other process has the
    /// file open, the transaction runs with a rollback journal instead of the WAL (see
    /// ``SQLiteBulkConnection/leaveWALForFirstLoad()``): every new page is then written once, not
    /// into the WAL and again by the checkpoint. This backend's own connection is closed meanwhile
    /// (SQLite changes the journal mode only for the one connection to a file) and opened again after.
    func withBulkTransaction<T: Sendable>(
        _ body: (SQLiteBulkConnection) async throws -> T
    ) async throws -> T? {
        guard let path else { return nil }
        return try await lock.withLock {
            let bulk = try SQLiteBulkConnection(path: path)
            defer { bulk.close() }
            var leftWAL = false
            if try bulk.holdsNoDeals() {
                try await connection.close()
                leftWAL = bulk.leaveWALForFirstLoad()
                if !leftWAL { try await reconnect(path) }
            }
            do {
                let result = try await transaction(on: bulk, body)
                if leftWAL { try await backToWAL(bulk, path) }
                return result
            } catch {
                if leftWAL { try? await backToWAL(bulk, path) }
                throw error
            }
        }
    }

    private func transaction<T>(
        on bulk: SQLiteBulkConnection, _ body: (SQLiteBulkConnection) async throws -> T
    )
        async throws -> T
    {
        try bulk.execute("BEGIN IMMEDIATE")
        do {
            let result = try await body(bulk)
            try bulk.execute("COMMIT")
            return result
        } catch {
            try? bulk.execute("ROLLBACK")
            throw error
        }
    }

    /// Puts the file back in WAL mode after a first load and opens this backend's connection again
    /// (which sets WAL itself if the switch back failed).
    private func backToWAL(_ bulk: SQLiteBulkConnection, _ path: String) async throws {
        try? bulk.execute("PRAGMA journal_mode=WAL")
        bulk.close()
        try await reconnect(path)
    }

    private func reconnect(_ path: String) async throws {
        connection = try await Self.connect(path: path)
        session = Session(connection: connection)
    }

    /// A consistent copy of the live database at `path` (VACUUM INTO), safe while others write.
    func backup(to path: String) async throws {
        try await withSession { session in
            _ = try await session.bulk("VACUUM INTO ?", [.text(path)])
        }
    }

    func close() async throws {
        try await lock.withLock { try await connection.close() }
    }

    struct Session: SQLSession {
        let connection: SQLiteConnection
        var dialect: SQLStoreDialect { .sqlite }
        var sql: any SQLDatabase { connection.sql(queryLogLevel: nil) }

        func bulk(_ query: String, _ binds: [SQLValue]) async throws -> [Int] {
            let data: [SQLiteData] = binds.map {
                switch $0 {
                case .null: return .null
                case .text(let s): return .text(s)
                case .integer(let i): return .integer(i)
                case .real(let d): return .float(d)
                }
            }
            let box = ResultBox()
            try await connection.query(query, data) { row in
                if let first = row.columns.first, case .integer(let value) = first.data { box.append(value) }
            }
            return box.values
        }
    }
}

/// Collects integers from a row callback (called on one thread, in order, before the query returns).
final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [Int] = []

    func append(_ value: Int) {
        lock.lock()
        storage.append(value)
        lock.unlock()
    }

    var values: [Int] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}
