import NIOPosix
import SameSideCore

/// Writes CRM batches into SQLite through a ``SQLiteBulkConnection``: two prepared upserts, reused
/// for every row, with each value bound straight from the batch's bytes.
///
/// The statements are the same as ``SQLImportWriter``'s (`ON CONFLICT (id) DO UPDATE … WHERE
/// something changed RETURNING version`), one row at a time: version 1 back is a created row, a
/// higher one an updated row, no row back an unchanged one. The C calls run on NIO's thread pool,
/// one hop per batch, so they never block Swift's cooperative threads.
final class SQLiteBulkWriter: CRMImportWriter, @unchecked Sendable {
    // Used by the one task that runs the import, one batch at a time.
    private let connection: SQLiteBulkConnection
    private let bulkRows: Int
    private let account: SQLiteBulkConnection.Statement
    private let deal: SQLiteBulkConnection.Statement
    private var accountsSeen = AccountsSeen()
    private(set) var droppedIndexes = false

    init(connection: SQLiteBulkConnection, bulkRows: Int) throws(StoreError) {
        self.connection = connection
        self.bulkRows = bulkRows
        account = try connection.prepare(
            """
            INSERT INTO accounts (id, name, industry, employees, region, detail, source, version)
            VALUES (?1, ?2, NULL, NULL, NULL, ?3, ?4, 1)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, version = accounts.version + 1
            WHERE accounts.name IS DISTINCT FROM excluded.name
            RETURNING version
            """)
        let columns = SQLImportWriter.crmDealColumns
        deal = try connection.prepare(
            """
            INSERT INTO opportunities (id, account_id, name, owner, amount, stage, status, created_date, close_date,
                extra, detail, source, version)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, 1)
            ON CONFLICT (id) DO UPDATE SET \(columns.map { "\($0) = excluded.\($0)" }.joined(separator: ", ")),
                version = opportunities.version + 1
            WHERE \(columns.map { "opportunities.\($0) IS DISTINCT FROM excluded.\($0)" }.joined(separator: " OR "))
            RETURNING version
            """)
    }

    /// Drops the deal indexes when `count` rows are coming and the table holds fewer deals than that:
    /// then most rows are likely new, and one rebuild at the end beats keeping the indexes up to date
    /// row by row. A re-import of a file already stored keeps them (it changes few rows, if any).
    func expectRows(_ count: Int) async throws {
        guard count >= bulkRows, !droppedIndexes else { return }
        let dropped = try await run { () throws(StoreError) -> Bool in
            // count(*) reads the smallest index, not the table.
            guard try self.connection.integer("SELECT count(*) FROM opportunities") < count else { return false }
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
            account.bind(3, accountDetail)
            account.bind(4, sourceName)
            deal.bind(11, dealDetail)
            deal.bind(12, sourceName)
            for index in order {
                let row = batch.rows[index]
                if accountsSeen.insert(bytes, id: row.accountID, name: row.accountName) {
                    account.bind(1, base, row.accountID)
                    account.bind(2, base, row.accountName)
                    Self.count(try account.step(), into: &counts.accounts)
                }
                deal.bind(1, base, row.id)
                deal.bind(2, base, row.accountID)
                deal.bind(3, base, row.name)
                deal.bind(4, base, row.owner)
                deal.bind(5, row.amount)
                deal.bind(6, base, row.stage)
                deal.bind(7, row.status.rawValue)
                deal.bind(8, base, row.createdDate)
                deal.bind(9, base, row.closeDate)
                deal.bind(10, base, row.extra)
                Self.count(try deal.step(), into: &counts.deals)
            }
        }
        return counts
    }

    private static func count(_ version: Int?, into counts: inout UpsertCounts) {
        switch version {
        case nil: counts.unchanged += 1
        case 1?: counts.created += 1
        default: counts.updated += 1
        }
    }

    /// Runs `body` on NIO's blocking-work thread pool.
    private func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await NIOThreadPool.singleton.runIfActive(body)
    }
}
