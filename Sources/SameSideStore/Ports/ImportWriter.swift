import SameSideCore

/// Writes inside one import transaction (see ``PipelineStore/importing(_:)``).
///
/// Accounts must be written before the deals that refer to them. Records with the same id in
/// one call are merged, the last one winning.
public protocol ImportWriter: Sendable {
    /// Tells the writer how many rows are coming, before the first write. A store may prepare for a
    /// large load (SQLite drops the deal indexes and rebuilds them once, inside the same transaction).
    func expectRows(_ count: Int) async throws
    /// Replaces the stored header (as of, currency, seller).
    func saveHeader(_ header: PipelineHeader) async throws
    /// Creates or updates accounts. Throws ``StoreError``.
    func upsert(accounts: [Account], source: RecordSource, mode: UpsertMode) async throws -> UpsertCounts
    /// Creates or updates deals; throws ``StoreError/missingReference(_:)`` for an unknown account.
    func upsert(opportunities: [Opportunity], source: RecordSource, mode: UpsertMode) async throws -> UpsertCounts
}
