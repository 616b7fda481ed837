import VaporCSQLite

/// A second, raw connection to an SQLite file, for bulk imports only.
///
/// SQLiteNIO prepares every statement again and hops threads for each one; a bulk import runs the
/// same two upserts a million times, so it prepares them once here and binds each row's values
/// straight from the bytes of the batch. Used by one task at a time (the import's), inside the
/// store's lock, so the store's own connection never writes at the same time.
final class SQLiteBulkConnection: @unchecked Sendable {
    private var db: OpaquePointer?
    let path: String

    /// Opens `path` (which must exist and be migrated) with the pragmas of a bulk load that stays
    /// crash safe: the file's journal (WAL, or a rollback journal for a first load, see
    /// ``leaveWALForFirstLoad()``) and `synchronous=NORMAL` as on the store's connection.
    init(path: String) throws(StoreError) {
        self.path = path
        var handle: OpaquePointer?
        let status = sqlite_nio_sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nil)
        db = handle
        guard status == SQLITE_OK else {
            let message =
                handle.flatMap { sqlite_nio_sqlite3_errmsg($0) }.map { String(cString: $0) } ?? "error \(status)"
            close()
            throw StoreError.unavailable("cannot open SQLite database \(path) for the import: \(message)")
        }
        sqlite_nio_sqlite3_busy_timeout(handle, 10_000)
        do {
            for pragma in [
                "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL",
                // 8 MB of page cache: the b-trees' upper levels stay in memory and a 1M-row import peaks
                // under 64 MB (16 MB cost ~18 MB more RSS for no measurable speed on this machine).
                "PRAGMA cache_size=-8192",
                // The index rebuild sorts a million keys: spill to a temporary file, not to memory.
                "PRAGMA temp_store=FILE",
            ] {
                try execute(pragma)
            }
        } catch {
            close()
            throw error
        }
    }

    /// Runs `sql` (no parameters, no results). Throws ``StoreError``.
    func execute(_ sql: String) throws(StoreError) {
        var message: UnsafeMutablePointer<CChar>?
        let status = sqlite_nio_sqlite3_exec(db, sql, nil, nil, &message)
        guard status == SQLITE_OK else {
            let text = message.map { String(cString: $0) } ?? "error \(status)"
            sqlite_nio_sqlite3_free(message)
            throw Self.storeError(text, status: status)
        }
    }

    /// The first column of the first row of `sql` as an integer (0 when there is no row).
    func integer(_ sql: String) throws(StoreError) -> Int {
        try prepare(sql).step() ?? 0
    }

    /// Whether the file holds no deal yet (a first import).
    func holdsNoDeals() throws(StoreError) -> Bool {
        try integer("SELECT count(*) FROM (SELECT 1 FROM opportunities LIMIT 1)") == 0
    }

    /// Switches the file from its WAL to a rollback journal (`journal_mode=DELETE`) for a first load
    /// into an empty database: SQLite journals only the pages the file had before the transaction (a
    /// few), so each new page is written once, where the WAL writes it and its checkpoint again. A
    /// killed import still leaves all or nothing: the next connection to open the file finds the hot
    /// journal and rolls it back. Returns false, with nothing changed, when another connection has the
    /// file open (SQLite leaves WAL mode only for its one connection); the import then keeps the WAL.
    /// The caller switches back (`PRAGMA journal_mode=WAL`) after the transaction.
    func leaveWALForFirstLoad() -> Bool {
        // Another process with the file open: give up at once rather than wait for it.
        sqlite_nio_sqlite3_busy_timeout(db, 0)
        defer { sqlite_nio_sqlite3_busy_timeout(db, 10_000) }
        guard let statement = try? prepare("PRAGMA journal_mode=DELETE"), (try? statement.text()) == "delete" else {
            return false
        }
        // A rollback journal with `NORMAL` may corrupt the file on power loss (WAL with `NORMAL` only
        // loses the last commits); `FULL` costs two syncs of a journal of a few pages.
        try? execute("PRAGMA synchronous=FULL")
        return true
    }

    /// Prepares `sql` for repeated use.
    func prepare(_ sql: String) throws(StoreError) -> Statement {
        var statement: OpaquePointer?
        let status = sqlite_nio_sqlite3_prepare_v3(db, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard status == SQLITE_OK, let statement else { throw error(status) }
        return Statement(handle: statement, connection: self)
    }

    /// Rows changed by the most recent INSERT, UPDATE or DELETE on this connection.
    fileprivate var changes: Int { Int(sqlite_nio_sqlite3_changes(db)) }

    func close() {
        if let db { sqlite_nio_sqlite3_close_v2(db) }
        db = nil
    }

    deinit { close() }

    fileprivate func error(_ status: Int32) -> StoreError {
        let message = db.flatMap { sqlite_nio_sqlite3_errmsg($0) }.map { String(cString: $0) } ?? "error \(status)"
        return Self.storeError(message, status: status)
    }

    private static func storeError(_ message: String, status: Int32) -> StoreError {
        if status & 0xFF == SQLITE_CONSTRAINT && message.lowercased().contains("foreign key") {
            return .missingReference("a deal refers to an account that is not stored (\(message))")
        }
        if message.contains("no such table") { return .notMigrated }
        return .unavailable(message)
    }

    /// A prepared statement, bound and stepped once per row.
    final class Statement: @unchecked Sendable {
        private let handle: OpaquePointer
        private let connection: SQLiteBulkConnection

        fileprivate init(handle: OpaquePointer, connection: SQLiteBulkConnection) {
            self.handle = handle
            self.connection = connection
        }

        deinit { sqlite_nio_sqlite3_finalize(handle) }

        /// Binds bytes that stay valid until ``step()`` returns (no copy: `SQLITE_STATIC`).
        func bind(_ index: Int32, _ base: UnsafePointer<UInt8>, _ range: Range<Int>) {
            (base + range.lowerBound).withMemoryRebound(to: CChar.self, capacity: range.count) {
                _ = sqlite_nio_sqlite3_bind_text(handle, index, $0, Int32(range.count), nil)
            }
        }

        func bind(_ index: Int32, _ base: UnsafePointer<UInt8>, _ range: Range<Int>?) {
            if let range { bind(index, base, range) } else { sqlite_nio_sqlite3_bind_null(handle, index) }
        }

        func bind(_ index: Int32, _ value: Double?) {
            if let value {
                sqlite_nio_sqlite3_bind_double(handle, index, value)
            } else {
                sqlite_nio_sqlite3_bind_null(handle, index)
            }
        }

        /// Binds a text that outlives the statement's use (copied by SQLite).
        func bind(_ index: Int32, _ text: String) {
            _ = sqlite_nio_sqlite3_bind_text(handle, index, text, -1, Self.transient)
        }

        /// Runs the statement; returns the first column of its first result row as an integer, or
        /// nil when it returned no row. Resets it for the next use. Throws ``StoreError``.
        func step() throws(StoreError) -> Int? {
            let status = sqlite_nio_sqlite3_step(handle)
            defer { sqlite_nio_sqlite3_reset(handle) }
            switch status {
            case SQLITE_ROW: return Int(sqlite_nio_sqlite3_column_int64(handle, 0))
            case SQLITE_DONE: return nil
            default: throw connection.error(status)
            }
        }

        /// Runs the statement; returns the first column of its first result row as text, or nil when
        /// it returned no row. Resets it for the next use. Throws ``StoreError``.
        func text() throws(StoreError) -> String? {
            let status = sqlite_nio_sqlite3_step(handle)
            defer { sqlite_nio_sqlite3_reset(handle) }
            switch status {
            case SQLITE_ROW: return sqlite_nio_sqlite3_column_text(handle, 0).map { String(cString: $0) }
            case SQLITE_DONE: return nil
            default: throw connection.error(status)
            }
        }

        /// Runs a statement that returns no rows; returns how many rows it inserted, updated or
        /// deleted (`sqlite3_changes`). Resets it for the next use. Throws ``StoreError``.
        func run() throws(StoreError) -> Int {
            let status = sqlite_nio_sqlite3_step(handle)
            defer { sqlite_nio_sqlite3_reset(handle) }
            guard status == SQLITE_DONE || status == SQLITE_ROW else { throw connection.error(status) }
            return connection.changes
        }

        private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
    }
}
