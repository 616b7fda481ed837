import SameSideCore

/// The storage port for a seller's pipeline: header (seller catalogue, ICP), accounts (with their
/// goals and stakeholders) and deals (with buying steps, activities and history).
///
/// Accounts and deals are aggregates: goals and stakeholders are edited through their account,
/// steps and activities through their deal, each aggregate with one version for optimistic
/// concurrency. Implementations: ``InMemoryPipelineStore``, ``SQLPipelineStore`` (SQLite,
/// PostgreSQL). Every method throws ``StoreError``.
public protocol PipelineStore: Sendable {
    /// Applies the migrations not yet applied, in order, and returns those it applied.
    func migrate() async throws -> [MigrationRecord]
    /// The migrations recorded as applied, oldest first.
    func appliedMigrations() async throws -> [MigrationRecord]

    /// The stored header, or `nil` when nothing was ever imported.
    func header() async throws -> Versioned<PipelineHeader>?
    /// Saves the header; `expectedVersion` nil creates it. Throws on a stale version.
    func saveHeader(_ header: PipelineHeader, expectedVersion: Int?) async throws -> Versioned<PipelineHeader>

    func account(_ id: AccountID) async throws -> Versioned<Account>?
    func opportunity(_ id: DealID) async throws -> Versioned<Opportunity>?
    /// Up to `limit` accounts in id order, after `after` (keyset paging: bounded memory).
    func accounts(after: AccountID?, limit: Int) async throws -> [Versioned<Account>]
    /// The accounts with these ids that exist, in no particular order (for a page of deals: bounded memory).
    func accounts(ids: [AccountID]) async throws -> [Versioned<Account>]
    /// Up to `limit` deals in id order, after `after`.
    func opportunities(after: DealID?, limit: Int) async throws -> [Versioned<Opportunity>]
    /// Up to `limit` deals of the account `id`, in id order (the account page; uses the account index).
    func opportunities(ofAccount id: AccountID, limit: Int) async throws -> [Versioned<Opportunity>]
    func counts() async throws -> StoreCounts

    /// Creates an account; throws ``StoreError/alreadyExists(kind:id:)``.
    func create(_ account: Account) async throws -> Versioned<Account>
    /// Updates an account read at `expectedVersion`; throws ``StoreError/conflict(kind:id:expected:actual:)``.
    func update(_ account: Account, expectedVersion: Int) async throws -> Versioned<Account>
    /// Creates a deal; its account must exist.
    func create(_ opportunity: Opportunity) async throws -> Versioned<Opportunity>
    /// Updates a deal read at `expectedVersion`; throws on a stale version.
    func update(_ opportunity: Opportunity, expectedVersion: Int) async throws -> Versioned<Opportunity>
    /// Deletes a deal read at `expectedVersion`; throws on a stale version.
    func deleteOpportunity(_ id: DealID, expectedVersion: Int) async throws

    /// Runs `body` in one transaction: everything it writes is stored, or (when it throws) nothing.
    func importing<T: Sendable>(_ body: (any ImportWriter) async throws -> T) async throws -> T

    /// Runs `body` in one transaction that writes CRM export rows in bulk: all of it is stored, or
    /// (when it throws) nothing. The default writes through ``importing(_:)``.
    func importingCRM<T: Sendable>(_ body: (any CRMImportWriter) async throws -> T) async throws -> T

    /// Releases connections. The store must not be used afterwards.
    func close() async throws
}

extension PipelineStore {
    public func importingCRM<T: Sendable>(_ body: (any CRMImportWriter) async throws -> T) async throws -> T {
        try await importing { writer in try await body(ModelCRMWriter(writer: writer)) }
    }

    /// Every account, page by page. Bounded memory per page.
    public func forEachAccount(pageSize: Int = 1000, _ body: (Versioned<Account>) async throws -> Void) async throws {
        var after: AccountID?
        while true {
            let page = try await accounts(after: after, limit: pageSize)
            for item in page { try await body(item) }
            guard page.count == pageSize, let last = page.last else { return }
            after = last.value.id
        }
    }

    /// Every deal, page by page. Bounded memory per page.
    public func forEachOpportunity(
        pageSize: Int = 1000, _ body: (Versioned<Opportunity>) async throws -> Void
    ) async throws {
        var after: DealID?
        while true {
            let page = try await opportunities(after: after, limit: pageSize)
            for item in page { try await body(item) }
            guard page.count == pageSize, let last = page.last else { return }
            after = last.value.id
        }
    }
}
