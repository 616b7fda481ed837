import SameSideCore

/// A pipeline store in memory, for tests and `sqlite::memory:`-free quick runs; same contract as SQL.
public final class InMemoryPipelineStore: PipelineStore {
    struct Row<Value: Sendable>: Sendable {
        var value: Value
        var version: Int
        var source: RecordSource
    }

    struct State: Sendable {
        var migrations: [MigrationRecord] = []
        var header: Row<PipelineHeader>?
        var accounts: [AccountID: Row<Account>] = [:]
        var opportunities: [DealID: Row<Opportunity>] = [:]
        var users: [String: UserRecord] = [:]
        var sessions: [String: SessionRecord] = [:]
        var shareLinks: [ShareLinkRecord] = []
    }

    let lock = AsyncLock()
    let box = Box()

    final class Box: @unchecked Sendable {
        // Guarded by `lock`: every access happens inside `lock.withLock`.
        var state = State()
    }

    /// An empty store.
    public init() {}

    /// The migration list the in-memory store reports as applied (it needs none).
    public static let migrationName = "in-memory"

    public func migrate() async throws -> [MigrationRecord] {
        try await lock.withLock {
            guard box.state.migrations.isEmpty else { return [] }
            let record = MigrationRecord(number: 1, name: Self.migrationName, appliedAt: "")
            box.state.migrations = [record]
            return [record]
        }
    }

    public func appliedMigrations() async throws -> [MigrationRecord] {
        try await lock.withLock { box.state.migrations }
    }

    public func header() async throws -> Versioned<PipelineHeader>? {
        try await lock.withLock { box.state.header.map { Versioned($0.value, version: $0.version) } }
    }

    public func saveHeader(_ header: PipelineHeader, expectedVersion: Int?) async throws -> Versioned<PipelineHeader> {
        try await lock.withLock {
            let current = box.state.header?.version
            guard current == expectedVersion else {
                if let expectedVersion {
                    throw StoreError.conflict(
                        kind: "header", id: "pipeline", expected: expectedVersion, actual: current)
                }
                throw StoreError.alreadyExists(kind: "header", id: "pipeline")
            }
            let version = (current ?? 0) + 1
            box.state.header = Row(value: header, version: version, source: .app)
            return Versioned(header, version: version)
        }
    }

    public func account(_ id: AccountID) async throws -> Versioned<Account>? {
        try await lock.withLock { box.state.accounts[id].map { Versioned($0.value, version: $0.version) } }
    }

    public func opportunity(_ id: DealID) async throws -> Versioned<Opportunity>? {
        try await lock.withLock { box.state.opportunities[id].map { Versioned($0.value, version: $0.version) } }
    }

    public func accounts(after: AccountID?, limit: Int) async throws -> [Versioned<Account>] {
        try await lock.withLock {
            box.state.accounts.values.filter { after == nil || $0.value.id > after! }
                .sorted { $0.value.id < $1.value.id }.prefix(max(0, limit))
                .map { Versioned($0.value, version: $0.version) }
        }
    }

    public func accounts(ids: [AccountID]) async throws -> [Versioned<Account>] {
        try await lock.withLock {
            Set(ids).compactMap { box.state.accounts[$0] }.sorted { $0.value.id < $1.value.id }
                .map { Versioned($0.value, version: $0.version) }
        }
    }

    public func opportunities(after: DealID?, limit: Int) async throws -> [Versioned<Opportunity>] {
        try await lock.withLock {
            box.state.opportunities.values.filter { after == nil || $0.value.id > after! }
                .sorted { $0.value.id < $1.value.id }.prefix(max(0, limit))
                .map { Versioned($0.value, version: $0.version) }
        }
    }

    public func opportunities(ofAccount id: AccountID, limit: Int) async throws -> [Versioned<Opportunity>] {
        try await lock.withLock {
            box.state.opportunities.values.filter { $0.value.accountId == id }
                .sorted { $0.value.id < $1.value.id }.prefix(max(0, limit))
                .map { Versioned($0.value, version: $0.version) }
        }
    }

    public func counts() async throws -> StoreCounts {
        try await lock.withLock {
            StoreCounts(accounts: box.state.accounts.count, opportunities: box.state.opportunities.count)
        }
    }

    public func create(_ account: Account) async throws -> Versioned<Account> {
        try await lock.withLock {
            guard box.state.accounts[account.id] == nil else {
                throw StoreError.alreadyExists(kind: "account", id: account.id.rawValue)
            }
            box.state.accounts[account.id] = Row(value: account, version: 1, source: .app)
            return Versioned(account, version: 1)
        }
    }

    public func update(_ account: Account, expectedVersion: Int) async throws -> Versioned<Account> {
        try await lock.withLock {
            guard let row = box.state.accounts[account.id], row.version == expectedVersion else {
                throw StoreError.conflict(
                    kind: "account", id: account.id.rawValue, expected: expectedVersion,
                    actual: box.state.accounts[account.id]?.version)
            }
            box.state.accounts[account.id] = Row(value: account, version: row.version + 1, source: row.source)
            return Versioned(account, version: row.version + 1)
        }
    }

    public func create(_ opportunity: Opportunity) async throws -> Versioned<Opportunity> {
        try await lock.withLock {
            guard box.state.opportunities[opportunity.id] == nil else {
                throw StoreError.alreadyExists(kind: "deal", id: opportunity.id.rawValue)
            }
            guard box.state.accounts[opportunity.accountId] != nil else {
                throw StoreError.missingReference(Self.missingAccount(opportunity))
            }
            box.state.opportunities[opportunity.id] = Row(value: opportunity, version: 1, source: .app)
            return Versioned(opportunity, version: 1)
        }
    }

    public func update(_ opportunity: Opportunity, expectedVersion: Int) async throws -> Versioned<Opportunity> {
        try await lock.withLock {
            guard let row = box.state.opportunities[opportunity.id], row.version == expectedVersion else {
                throw StoreError.conflict(
                    kind: "deal", id: opportunity.id.rawValue, expected: expectedVersion,
                    actual: box.state.opportunities[opportunity.id]?.version)
            }
            guard box.state.accounts[opportunity.accountId] != nil else {
                throw StoreError.missingReference(Self.missingAccount(opportunity))
            }
            box.state.opportunities[opportunity.id] = Row(
                value: opportunity, version: row.version + 1, source: row.source)
            return Versioned(opportunity, version: row.version + 1)
        }
    }

    public func deleteOpportunity(_ id: DealID, expectedVersion: Int) async throws {
        try await lock.withLock {
            guard let row = box.state.opportunities[id], row.version == expectedVersion else {
                throw StoreError.conflict(
                    kind: "deal", id: id.rawValue, expected: expectedVersion,
                    actual: box.state.opportunities[id]?.version)
            }
            box.state.opportunities[id] = nil
        }
    }

    public func importing<T: Sendable>(_ body: (any ImportWriter) async throws -> T) async throws -> T {
        try await lock.withLock {
            let writer = Writer(state: box.state)
            let result = try await body(writer)
            box.state = writer.staged.state
            return result
        }
    }

    public func close() async throws {}

    static func missingAccount(_ opportunity: Opportunity) -> String {
        "deal \"\(opportunity.id.rawValue)\" refers to account \"\(opportunity.accountId.rawValue)\", which is not stored"
    }

    /// Writes into a staged copy of the state; the store adopts it only when the import succeeds.
    final class Writer: ImportWriter, @unchecked Sendable {
        final class Staged: @unchecked Sendable {
            var state: State
            init(_ state: State) { self.state = state }
        }

        // Used only by the one import that owns it, inside the store's lock.
        let staged: Staged

        init(state: State) { staged = Staged(state) }

        func expectRows(_ count: Int) async throws {}

        func saveHeader(_ header: PipelineHeader) async throws {
            let version = (staged.state.header?.version ?? 0) + (staged.state.header?.value == header ? 0 : 1)
            staged.state.header = Row(value: header, version: version, source: .pipeline)
        }

        func upsert(accounts: [Account], source: RecordSource, mode: UpsertMode) async throws -> UpsertCounts {
            var counts = UpsertCounts()
            for account in Self.lastWins(accounts, id: \.id) {
                guard let row = staged.state.accounts[account.id] else {
                    staged.state.accounts[account.id] = Row(value: account, version: 1, source: source)
                    counts.created += 1
                    continue
                }
                var merged = account
                if mode == .crmFields {
                    merged = row.value
                    merged.name = account.name
                }
                if merged == row.value {
                    counts.unchanged += 1
                } else {
                    staged.state.accounts[account.id] = Row(value: merged, version: row.version + 1, source: row.source)
                    counts.updated += 1
                }
            }
            return counts
        }

        func upsert(opportunities: [Opportunity], source: RecordSource, mode: UpsertMode) async throws -> UpsertCounts {
            var counts = UpsertCounts()
            for deal in Self.lastWins(opportunities, id: \.id) {
                guard staged.state.accounts[deal.accountId] != nil else {
                    throw StoreError.missingReference(InMemoryPipelineStore.missingAccount(deal))
                }
                guard let row = staged.state.opportunities[deal.id] else {
                    staged.state.opportunities[deal.id] = Row(value: deal, version: 1, source: source)
                    counts.created += 1
                    continue
                }
                var merged = deal
                if mode == .crmFields {
                    merged = row.value
                    merged.accountId = deal.accountId
                    merged.name = deal.name
                    merged.owner = deal.owner
                    merged.amount = deal.amount
                    merged.stage = deal.stage
                    merged.status = deal.status
                    merged.createdDate = deal.createdDate
                    merged.closeDate = deal.closeDate
                    merged.extra = deal.extra
                }
                if merged == row.value {
                    counts.unchanged += 1
                } else {
                    staged.state.opportunities[deal.id] = Row(
                        value: merged, version: row.version + 1, source: row.source)
                    counts.updated += 1
                }
            }
            return counts
        }

        static func lastWins<V, ID: Hashable>(_ items: [V], id: KeyPath<V, ID>) -> [V] {
            var position: [ID: Int] = [:]
            var out: [V] = []
            for item in items {
                if let index = position[item[keyPath: id]] {
                    out[index] = item
                } else {
                    position[item[keyPath: id]] = out.count
                    out.append(item)
                }
            }
            return out
        }
    }
}
