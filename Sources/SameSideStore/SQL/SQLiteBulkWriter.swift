import NIOPosix
import SameSideCore

/// Writes CRM batches into SQLite through a ``SQLiteBulkConnection``: prepared statements, reused
/// for every row, with each value bound straight from the batch's bytes.
///
/// Two ways to write a deal, with the same result as ``SQLImportWriter``'s upsert, chosen batch by
/// batch from what the previous batch found:
/// - while most rows are new: `INSERT … ON CONFLICT (id) DO NOTHING` (one row changed: created),
///   and only for a row that already exists an `UPDATE … WHERE` something differs (one row
///   changed: updated; none: unchanged). SQLite runs a statement with `RETURNING` or `DO UPDATE`
///   inside a statement journal, copying every page it touches to a temporary file first: on 1M
///   new rows that copying was about 15 % of the import's CPU;
/// - while most rows already exist (a re-import): the one `ON CONFLICT (id) DO UPDATE … WHERE`
///   something differs `RETURNING version` upsert, one lookup per row instead of two; it copies
///   pages only for rows it changes.
///
/// Accounts (a few per thousand deals) always take the first way. The C calls run on NIO's thread
/// pool, one hop per batch, so they never block Swift's cooperative threads.
final class SQLiteBulkWriter: CRMImportWriter, @unchecked Sendable {
    // Used by the one task that runs the import, one batch at a time.
    private let connection: SQLiteBulkConnection
    private let bulkRows: Int
    private let insertAccount: SQLiteBulkConnection.Statement
    private let updateAccount: SQLiteBulkConnection.Statement
    private let insertDeal: SQLiteBulkConnection.Statement
    private let updateDeal: SQLiteBulkConnection.Statement
    private let upsertDeal: SQLiteBulkConnection.Statement
    private var accountsSeen = AccountsSeen()
    /// Whether the next batch inserts first (most rows of the last one were new) or upserts.
    private(set) var insertsFirst = true
    private(set) var droppedIndexes = false

    init(connection: SQLiteBulkConnection, bulkRows: Int) throws(StoreError) {
        self.connection = connection
        self.bulkRows = bulkRows
        insertAccount = try connection.prepare(
            """
            INSERT INTO accounts (id, name, industry, employees, region, detail, source, version)
            VALUES (?1, ?2, NULL, NULL, NULL, ?3, ?4, 1)
            ON CONFLICT (id) DO NOTHING
            """)
        updateAccount = try connection.prepare(
            """
            UPDATE accounts SET name = ?2, version = version + 1
            WHERE id = ?1 AND name IS DISTINCT FROM ?2
            """)
        let insertValues = """
            INSERT INTO opportunities (id, account_id, name, owner, amount, stage, status, created_date, close_date,
                extra, detail, source, version)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, 1)
            """
        insertDeal = try connection.prepare(insertValues + " ON CONFLICT (id) DO NOTHING")
        // ?1 is the id; ?2… are the written columns in the order of `crmDealColumns`.
        let columns = SQLImportWriter.crmDealColumns.enumerated().map {
            (parameter: "?\($0.offset + 2)", name: $0.element)
        }
        updateDeal = try connection.prepare(
            """
            UPDATE opportunities SET \(columns.map { "\($0.name) = \($0.parameter)" }.joined(separator: ", ")),
                version = version + 1
            WHERE id = ?1 AND (\(columns.map { "\($0.name) IS DISTINCT FROM \($0.parameter)" }.joined(separator: " OR ")))
            """)
        let names = SQLImportWriter.crmDealColumns
        upsertDeal = try connection.prepare(
            insertValues + """

                ON CONFLICT (id) DO UPDATE SET \(names.map { "\($0) = excluded.\($0)" }.joined(separator: ", ")),
                    version = opportunities.version + 1
                WHERE \(names.map { "opportunities.\($0) IS DISTINCT FROM excluded.\($0)" }.joined(separator: " OR "))
                RETURNING version
                """)
    }

    /// Drops the deal indexes when about `count` rows are coming and the table holds fewer than half
    /// as many deals: then most rows are new, and one rebuild at the end beats keeping the indexes up
    /// to date row by row. A re-import of a file already stored keeps them (it changes few rows, if
    /// any); `count` is an estimate from the file's size, so "fewer" alone would rebuild them for a
    /// re-import whose rows are a little shorter than the estimate's (measured: 24 % of its CPU).
    func expectRows(_ count: Int) async throws {
        guard count >= bulkRows, !droppedIndexes else { return }
        let dropped = try await run { () throws(StoreError) -> Bool in
            // count(*) reads the smallest index, not the table.
            guard try self.connection.integer("SELECT count(*) FROM opportunities") * 2 < count else { return false }
            for (name, _) in M002IndexDealsByAccountAndStatus.indexes {
                try self.connection.execute("DROP INDEX IF EXISTS \(name)")
            }
            return true
        }
        droppedIndexes = dropped
    }

    /// Rebuilds the indexes ``expectRows(_:)`` dropped; called before the transaction commits.
    func finish() async throws {
        guard droppedIndexes else { return }
        try await run {
            // The sorter behind CREATE INDEX holds up to cache_size of keys in memory: at 8 MB the
            // rebuild was the import's peak (58 MB of 1M rows); 4 MB sorts as fast (measured) and peaks lower.
            try self.connection.execute("PRAGMA cache_size=-4096")
            for (name, definition) in M002IndexDealsByAccountAndStatus.indexes {
                try self.connection.execute("CREATE INDEX IF NOT EXISTS \(name) \(definition)")
            }
        }
        droppedIndexes = false
    }

    func upsert(_ batch: CRMDealBatch, source: RecordSource) async throws -> CRMBatchCounts {
        try await run { try self.write(batch, source: source) }
    }

    private func write(_ batch: CRMDealBatch, source: RecordSource) throws -> CRMBatchCounts {
        var counts = CRMBatchCounts()
        let order = batch.lastOfEachID()
        let sourceName = source.rawValue
        let accountDetail = SQLImportWriter.crmAccountDetail
        let dealDetail = SQLImportWriter.crmDealDetail
        try batch.bytes.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return }
            insertAccount.bind(3, accountDetail)
            insertAccount.bind(4, sourceName)
            let deal = insertsFirst ? insertDeal : upsertDeal
            deal.bind(11, dealDetail)
            deal.bind(12, sourceName)
            for index in order {
                let row = batch.rows[index]
                if accountsSeen.insert(bytes, id: row.accountID, name: row.accountName) {
                    insertAccount.bind(1, base, row.accountID)
                    insertAccount.bind(2, base, row.accountName)
                    if try insertAccount.run() > 0 {
                        counts.accounts.created += 1
                    } else {
                        updateAccount.bind(1, base, row.accountID)
                        updateAccount.bind(2, base, row.accountName)
                        Self.countUpdate(changed: try updateAccount.run(), into: &counts.accounts)
                    }
                }
                // A row whose deal an earlier batch of this import wrote is counted apart: the deal counts once.
                if row.repeatsEarlierBatch {
                    try write(row, base, with: deal, into: &counts.repeats)
                } else {
                    try write(row, base, with: deal, into: &counts.deals)
                }
            }
        }
        let deals = counts.deals
        insertsFirst = deals.created * 2 >= deals.created + deals.updated + deals.unchanged
        return counts
    }

    /// Writes one deal row with `deal` (the insert or the upsert, as ``insertsFirst`` chose) and counts what it did.
    private func write(
        _ row: CRMDealBatch.Row, _ base: UnsafePointer<UInt8>, with deal: SQLiteBulkConnection.Statement,
        into counts: inout UpsertCounts
    ) throws(StoreError) {
        bindDeal(row, base, to: deal, idAt: 1, columnsFrom: 2)
        if !insertsFirst {
            switch try deal.step() {
            case nil: counts.unchanged += 1
            case 1?: counts.created += 1
            default: counts.updated += 1
            }
        } else if try deal.run() > 0 {
            counts.created += 1
        } else {
            bindDeal(row, base, to: updateDeal, idAt: 1, columnsFrom: 2)
            Self.countUpdate(changed: try updateDeal.run(), into: &counts)
        }
    }

    /// Binds the row's id at `idAt` and its ``SQLImportWriter/crmDealColumns`` values from `columnsFrom` on.
    private func bindDeal(
        _ row: CRMDealBatch.Row, _ base: UnsafePointer<UInt8>, to statement: SQLiteBulkConnection.Statement,
        idAt: Int32, columnsFrom first: Int32
    ) {
        statement.bind(idAt, base, row.id)
        statement.bind(first, base, row.accountID)
        statement.bind(first + 1, base, row.name)
        statement.bind(first + 2, base, row.owner)
        statement.bind(first + 3, row.amount)
        statement.bind(first + 4, base, row.stage)
        statement.bind(first + 5, row.status.rawValue)
        statement.bind(first + 6, base, row.createdDate)
        statement.bind(first + 7, base, row.closeDate)
        statement.bind(first + 8, base, row.extra)
    }

    /// Counts the result of an update that ran because the row already existed.
    private static func countUpdate(changed: Int, into counts: inout UpsertCounts) {
        if changed == 0 { counts.unchanged += 1 } else { counts.updated += 1 }
    }
    /// Runs `body` on NIO's blocking-work thread pool.
    private func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await NIOThreadPool.singleton.runIfActive(body)
    }
}
