import SameSideCore

/// Writes inside one import transaction (see ``PipelineStore/importing(_:)``).
///
/// Accounts must be written before the deals that refer to them. Records with the same id in
/// one call are merged, the last one winning.
public protocol ImportWriter: Sendable {
    /// Replaces the stored header (as of, currency, seller).
    func saveHeader(_ header: PipelineHeader) async throws
    /// Creates or updates accounts. Throws ``StoreError``.
    func upsert(accounts: [Account], source: RecordSource, mode: UpsertMode) async throws -> UpsertCounts
    /// Creates or updates deals; throws ``StoreError/missingReference(_:)`` for an unknown account.
    func upsert(opportunities: [Opportunity], source: RecordSource, mode: UpsertMode) async throws -> UpsertCounts
}
