import SameSideCore
import SameSideStore

/// Imports a pipeline (JSON or JSON Lines, read record by record) into a store, in one transaction.
///
/// The file is the whole truth about its records: each account and deal replaces the stored one
/// with the same id (``UpsertMode/replace``). Accounts come before the deals that use them, so
/// pending accounts are written before any batch of deals.
public struct PipelineImport: Sendable {
    /// Records per write batch.
    public var batchSize = 1000

    public init() {}

    /// Stores `header` and every record `next` yields until it returns nil; `next` may throw to
    /// abandon the import (nothing is stored). `progress` is called after each batch.
    public func run(
        header: PipelineHeader, into store: any PipelineStore, next: () throws -> PipelineRecord?,
        progress: (() -> Void)? = nil
    ) async throws -> ImportSummary {
        let batchSize = self.batchSize
        return try await store.importing { writer in
            try await writer.saveHeader(header)
            var accounts: [Account] = []
            var deals: [Opportunity] = []
            var rows = 0
            var accountCounts = UpsertCounts()
            var dealCounts = UpsertCounts()
            func flushAccounts() async throws {
                guard !accounts.isEmpty else { return }
                accountCounts += try await writer.upsert(accounts: accounts, source: .pipeline, mode: .replace)
                accounts.removeAll(keepingCapacity: true)
            }
            func flushDeals() async throws {
                try await flushAccounts()
                guard !deals.isEmpty else { return }
                dealCounts += try await writer.upsert(opportunities: deals, source: .pipeline, mode: .replace)
                deals.removeAll(keepingCapacity: true)
                progress?()
            }
            while let record = try next() {
                rows += 1
                switch record {
                case .account(let account):
                    accounts.append(account)
                    if accounts.count >= batchSize { try await flushAccounts() }
                case .opportunity(let deal):
                    deals.append(deal)
                    if deals.count >= batchSize { try await flushDeals() }
                }
            }
            try await flushDeals()
            return ImportSummary(rowsRead: rows, deals: dealCounts, accounts: accountCounts)
        }
    }
}
