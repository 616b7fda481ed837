import SameSideCore

/// Writes CRM export rows inside one import transaction (see ``PipelineStore/importingCRM(_:)``).
///
/// Only the CRM's fields are written: a deal that exists keeps what SameSide added to it (goals,
/// steps, activities…), an account keeps everything but its name.
public protocol CRMImportWriter: Sendable {
    /// Tells the writer how many rows are coming, before the first batch (a store may prepare for a
    /// large load: SQLite drops the deal indexes and rebuilds them once, inside the same transaction).
    func expectRows(_ count: Int) async throws
    /// Creates or updates the deals of `batch` and their accounts. The last row of a deal id wins; a row marked
    /// ``CRMDealBatch/Row/repeatsEarlierBatch`` is counted in ``CRMBatchCounts/repeats``, not in `deals`.
    /// Throws ``StoreError``.
    func upsert(_ batch: CRMDealBatch, source: RecordSource) async throws -> CRMBatchCounts
}

/// What one CRM batch did to deals and to accounts.
public struct CRMBatchCounts: Equatable, Sendable {
    public var deals: UpsertCounts
    public var accounts: UpsertCounts
    /// Rows that repeat a deal id an earlier batch of the same import wrote: `updated` when the later row changed
    /// what the earlier one wrote, `unchanged` when it was the same. Their deal is already counted in `deals`.
    public var repeats: UpsertCounts

    public init(
        deals: UpsertCounts = UpsertCounts(), accounts: UpsertCounts = UpsertCounts(),
        repeats: UpsertCounts = UpsertCounts()
    ) {
        self.deals = deals
        self.accounts = accounts
        self.repeats = repeats
    }
}
