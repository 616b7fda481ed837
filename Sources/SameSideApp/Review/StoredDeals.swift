import SameSideCore
import SameSideStore

/// The stored deals, streamed for review: page by page in id order, each with its account.
///
/// Memory holds one page of deals and the accounts they refer to, whatever the size of the store,
/// so `sameside review --database` works on a million deals like the JSON Lines file form does.
public enum StoredDeals {
    /// Calls `body` with every deal (of `status`, when given) in id order and its account (nil when
    /// the account is missing). Throws ``StoreError`` and whatever `body` throws.
    public static func forEach(
        in store: any PipelineStore, status: DealStatus? = nil, pageSize: Int = 1000,
        _ body: (Opportunity, Account?) async throws -> Void
    ) async throws {
        var after: DealID?
        while true {
            let page = try await store.opportunities(after: after, limit: pageSize)
            let wanted = page.map(\.value).filter { status == nil || $0.status == status }
            var accounts: [AccountID: Account] = [:]
            for account in try await store.accounts(ids: wanted.map(\.accountId)) {
                accounts[account.value.id] = account.value
            }
            for deal in wanted { try await body(deal, accounts[deal.accountId]) }
            guard page.count == pageSize, let last = page.last else { return }
            after = last.value.id
        }
    }

    /// The deal with `id` and its account, or nil when there is no such deal. Throws ``StoreError``.
    public static func deal(_ id: DealID, in store: any PipelineStore) async throws -> (Opportunity, Account?)? {
        guard let deal = try await store.opportunity(id)?.value else { return nil }
        return (deal, try await store.account(deal.accountId)?.value)
    }
}
