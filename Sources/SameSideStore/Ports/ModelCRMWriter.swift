import SameSideCore

/// Writes CRM batches through an ``ImportWriter`` as model values (the in-memory store's way).
final class ModelCRMWriter: CRMImportWriter, @unchecked Sendable {
    private let writer: any ImportWriter
    // Used by the one task that runs the import.
    private var seen = AccountsSeen()

    init(writer: any ImportWriter) {
        self.writer = writer
    }

    func expectRows(_ count: Int) async throws {
        try await writer.expectRows(count)
    }

    func upsert(_ batch: CRMDealBatch, source: RecordSource) async throws -> CRMBatchCounts {
        let order = batch.lastOfEachID()
        var accounts: [Account] = []
        batch.bytes.withUnsafeBufferPointer { bytes in
            for index in order {
                let row = batch.rows[index]
                if seen.insert(bytes, id: row.accountID, name: row.accountName) {
                    accounts.append(
                        Account(id: AccountID(batch.text(row.accountID)), name: batch.text(row.accountName)))
                }
            }
        }
        var counts = CRMBatchCounts()
        if !accounts.isEmpty {
            counts.accounts = try await writer.upsert(accounts: accounts, source: source, mode: .crmFields)
        }
        let repeats = order.filter { batch.rows[$0].repeatsEarlierBatch }
        let deals = repeats.isEmpty ? order : order.filter { !batch.rows[$0].repeatsEarlierBatch }
        counts.deals = try await writer.upsert(
            opportunities: deals.map { batch.record(at: $0).opportunity }, source: source, mode: .crmFields)
        if !repeats.isEmpty {
            counts.repeats = try await writer.upsert(
                opportunities: repeats.map { batch.record(at: $0).opportunity }, source: source, mode: .crmFields)
        }
        return counts
    }
}
