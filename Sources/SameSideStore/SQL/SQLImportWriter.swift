import SQLKit
import SameSideCore

/// Writes an import inside the store's transaction with raw multi-row upserts.
///
/// One statement per batch of rows: `INSERT … VALUES (…),(…) ON CONFLICT (id) DO UPDATE … WHERE
/// something changed RETURNING version`. A returned version 1 is a created row, a higher one an
/// updated row, and a row not returned was already identical (so a re-import changes nothing and
/// bumps no version).
final class SQLImportWriter: ImportWriter, CRMImportWriter, @unchecked Sendable {
    let session: any SQLSession
    /// Rows per statement: large enough to amortise the statement, small enough for bind limits.
    static let rowsPerStatement = 400
    /// From this many rows on (by default), a SQLite import drops the deal indexes and rebuilds them at
    /// the end: maintaining them row by row in one huge transaction costs more than the rest of the import.
    static let bulkRows = 100_000
    let bulkRows: Int
    // Set by the one task that runs the import.
    private(set) var droppedIndexes = false
    private var accountsSeen = AccountsSeen()

    init(session: any SQLSession, bulkRows: Int = SQLImportWriter.bulkRows) {
        self.session = session
        self.bulkRows = bulkRows
    }

    /// The `detail` of an account or a deal that has only what a CRM row tells (the same for every row).
    static let crmAccountDetail = RecordCodec.accountDetail(Account(id: "-", name: "-"))
    static let crmDealDetail = RecordCodec.opportunityDetail(Opportunity(id: "-", accountId: "-", name: "-"))
    /// The deal columns a CRM import writes over an existing deal.
    static let crmDealColumns = [
        "account_id", "name", "owner", "amount", "stage", "status", "created_date", "close_date", "extra",
    ]

    func upsert(_ batch: CRMDealBatch, source: RecordSource) async throws -> CRMBatchCounts {
        let order = batch.lastOfEachID()
        var accounts: [[SQLValue]] = []
        var deals: [[SQLValue]] = []
        deals.reserveCapacity(order.count)
        // Rows whose deal an earlier batch wrote: counted apart (one statement's counts cannot tell rows apart).
        var repeats: [[SQLValue]] = []
        batch.bytes.withUnsafeBufferPointer { bytes in
            for index in order {
                let row = batch.rows[index]
                if accountsSeen.insert(bytes, id: row.accountID, name: row.accountName) {
                    accounts.append([
                        .text(batch.text(row.accountID)), .text(batch.text(row.accountName)), .null, .null, .null,
                        .text(Self.crmAccountDetail),
                    ])
                }
                let values: [SQLValue] = [
                    .text(batch.text(row.id)), .text(batch.text(row.accountID)), .text(batch.text(row.name)),
                    SQLValue(row.owner.map(batch.text)), SQLValue(row.amount), .text(batch.text(row.stage)),
                    .text(row.status.rawValue), SQLValue(row.createdDate.map(batch.text)),
                    SQLValue(row.closeDate.map(batch.text)), .text(batch.text(row.extra)), .text(Self.crmDealDetail),
                ]
                if row.repeatsEarlierBatch { repeats.append(values) } else { deals.append(values) }
            }
        }
        var counts = CRMBatchCounts()
        if !accounts.isEmpty {
            counts.accounts = try await upsert(
                table: "accounts", columns: Array(SQLRows.accountColumns.dropLast()), updated: ["name"],
                rows: lastWins(accounts, id: Self.firstText), source: source)
        }
        counts.deals = try await upsert(
            table: "opportunities", columns: Array(SQLRows.opportunityColumns.dropLast()),
            updated: Self.crmDealColumns, rows: deals, source: source)
        if !repeats.isEmpty {
            counts.repeats = try await upsert(
                table: "opportunities", columns: Array(SQLRows.opportunityColumns.dropLast()),
                updated: Self.crmDealColumns, rows: repeats, source: source)
        }
        return counts
    }

    private static func firstText(_ row: [SQLValue]) -> String {
        if case .text(let id)? = row.first { return id }
        return ""
    }

    func expectRows(_ count: Int) async throws {
        guard session.dialect == .sqlite, count >= bulkRows, !droppedIndexes else { return }
        try await storeErrors {
            for (name, _) in M002IndexDealsByAccountAndStatus.indexes {
                _ = try await session.bulk("DROP INDEX IF EXISTS \(name)", [])
            }
        }
        droppedIndexes = true
    }

    /// Rebuilds the indexes ``expectRows(_:)`` dropped; called before the transaction commits.
    func finish() async throws {
        guard droppedIndexes else { return }
        try await storeErrors {
            // The index build sorts a million keys: let it spill to a temporary file, not to memory.
            _ = try await session.bulk("PRAGMA temp_store=FILE", [])
            for (name, definition) in M002IndexDealsByAccountAndStatus.indexes {
                _ = try await session.bulk("CREATE INDEX IF NOT EXISTS \(name) \(definition)", [])
            }
            _ = try await session.bulk("PRAGMA temp_store=MEMORY", [])
        }
        droppedIndexes = false
    }

    func saveHeader(_ header: PipelineHeader) async throws {
        try await storeErrors { try await saveHeaderUnmapped(header) }
    }

    private func saveHeaderUnmapped(_ header: PipelineHeader) async throws {
        let current = try await session.sql.select().columns("as_of", "currency", "seller", "extra", "version")
            .from("pipeline_header").where("id", .equal, 1).first()
        guard let current else {
            _ = try await SQLWrites.saveHeader(header, expectedVersion: nil, session: session)
            return
        }
        let stored = try SQLRows.header(current)
        guard stored.value != header else { return }
        _ = try await SQLWrites.saveHeader(header, expectedVersion: stored.version, session: session)
    }

    func upsert(accounts: [Account], source: RecordSource, mode: UpsertMode) async throws -> UpsertCounts {
        let updated: [String] = mode == .replace ? ["name", "industry", "employees", "region", "detail"] : ["name"]
        return try await upsert(
            table: "accounts", columns: Array(SQLRows.accountColumns.dropLast()), updated: updated,
            rows: lastWins(accounts, id: \.id.rawValue).map(SQLRows.accountValues), source: source)
    }

    func upsert(opportunities: [Opportunity], source: RecordSource, mode: UpsertMode) async throws -> UpsertCounts {
        var updated = [
            "account_id", "name", "owner", "amount", "stage", "status", "created_date", "close_date", "extra",
        ]
        if mode == .replace { updated.append("detail") }
        return try await upsert(
            table: "opportunities", columns: Array(SQLRows.opportunityColumns.dropLast()), updated: updated,
            rows: lastWins(opportunities, id: \.id.rawValue).map(SQLRows.opportunityValues), source: source)
    }

    private func upsert(
        table: String, columns: [String], updated: [String], rows: [[SQLValue]], source: RecordSource
    ) async throws -> UpsertCounts {
        try await storeErrors {
            try await upsertUnmapped(table: table, columns: columns, updated: updated, rows: rows, source: source)
        }
    }

    /// Runs `body` with driver errors turned into ``StoreError`` (the caller only sees store errors).
    private func storeErrors<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as StoreError {
            throw error
        } catch {
            throw SQLErrorMapping.storeError(error)
        }
    }

    private func upsertUnmapped(
        table: String, columns: [String], updated: [String], rows: [[SQLValue]], source: RecordSource
    ) async throws -> UpsertCounts {
        var counts = UpsertCounts()
        var start = 0
        while start < rows.count {
            let end = min(rows.count, start + Self.rowsPerStatement)
            let batch = rows[start..<end]
            var sql = "INSERT INTO \(table) (\(columns.joined(separator: ", ")), source, version) VALUES "
            var binds: [SQLValue] = []
            binds.reserveCapacity(batch.count * columns.count)
            for (rowIndex, row) in batch.enumerated() {
                if rowIndex > 0 { sql += ", " }
                sql += "("
                for value in row {
                    binds.append(value)
                    sql += session.dialect.placeholder(binds.count) + ", "
                }
                sql += "'\(source.rawValue)', 1)"
            }
            sql += " ON CONFLICT (id) DO UPDATE SET "
            sql += updated.map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
            sql += ", version = \(table).version + 1 WHERE "
            sql += updated.map { "\(table).\($0) IS DISTINCT FROM excluded.\($0)" }.joined(separator: " OR ")
            sql += " RETURNING version"
            let versions = try await session.bulk(sql, binds)
            let created = versions.filter { $0 == 1 }.count
            counts += UpsertCounts(
                created: created, updated: versions.count - created, unchanged: batch.count - versions.count)
            start = end
        }
        return counts
    }

    /// The rows with the last of each id kept (in first-seen order): one statement may not touch a row twice.
    private func lastWins<V>(_ items: [V], id: (V) -> String) -> [V] {
        var position: [String: Int] = [:]
        position.reserveCapacity(items.count)
        var out: [V] = []
        out.reserveCapacity(items.count)
        for item in items {
            let key = id(item)
            if let index = position[key] {
                out[index] = item
            } else {
                position[key] = out.count
                out.append(item)
            }
        }
        return out
    }
}
