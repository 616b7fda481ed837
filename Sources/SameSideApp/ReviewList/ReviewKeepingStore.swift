import SameSideCore
import SameSideStore

/// The store ``StoreFactory`` opens: the SQL store, with its stored reviews (``ReviewList``) brought up to date
/// after every write that affects them. Every writer (imports, pipeline loads, edits from the CLI or the web)
/// goes through this, so none can forget it.
///
/// - A deal created, updated or deleted: that deal's stored review is redone (or removed).
/// - An account updated: the stored reviews of its deals are redone.
/// - An import: the stored reviews are marked behind and left so; the first read after it (``ReviewList/current()``,
///   which every list page and `serve`'s start call) redoes them all once. A bulk write touches every deal anyway,
///   and reviewing them inside the import made `sameside import` twelve times slower than its goal.
/// - The header saved: marked behind first (so a write that dies half-way leaves them marked), then all redone
///   once the write is committed.
public final class ReviewKeepingStore: PipelineStore, UserStore, StoreBackup, ReviewListStore {
    /// The store underneath (tests and diagnostics reach driver-specific methods through it).
    public let underlying: any PipelineStore
    /// The stored reviews of this store.
    public let reviewList: ReviewList
    private let list: any ReviewListStore

    /// Wraps `store`; `nil` when it keeps no stored reviews.
    public init?(_ store: any PipelineStore, review: ReviewUseCase = ReviewUseCase()) {
        guard let list = store as? any ReviewListStore else { return nil }
        underlying = store
        self.list = list
        reviewList = ReviewList(store: store, list: list, review: review)
    }

    // MARK: writes that move the stored reviews

    public func saveHeader(_ header: PipelineHeader, expectedVersion: Int?) async throws -> Versioned<PipelineHeader> {
        try await reviewList.markStale()
        let saved = try await underlying.saveHeader(header, expectedVersion: expectedVersion)
        try await reviewList.refreshAll()
        return saved
    }

    public func create(_ account: Account) async throws -> Versioned<Account> {
        try await underlying.create(account)
    }

    public func update(_ account: Account, expectedVersion: Int) async throws -> Versioned<Account> {
        let saved = try await underlying.update(account, expectedVersion: expectedVersion)
        try await reviewList.refresh(deals: try await reviewList.deals(ofAccount: account.id))
        return saved
    }

    public func create(_ opportunity: Opportunity) async throws -> Versioned<Opportunity> {
        let saved = try await underlying.create(opportunity)
        try await reviewList.refresh(deals: [opportunity.id])
        return saved
    }

    public func update(_ opportunity: Opportunity, expectedVersion: Int) async throws -> Versioned<Opportunity> {
        let saved = try await underlying.update(opportunity, expectedVersion: expectedVersion)
        try await reviewList.refresh(deals: [opportunity.id])
        return saved
    }

    public func deleteOpportunity(_ id: DealID, expectedVersion: Int) async throws {
        try await underlying.deleteOpportunity(id, expectedVersion: expectedVersion)
        try await reviewList.refresh(deals: [id])
    }

    public func importing<T: Sendable>(_ body: (any ImportWriter) async throws -> T) async throws -> T {
        try await reviewList.markStale()
        return try await underlying.importing(body)
    }

    public func importingCRM<T: Sendable>(_ body: (any CRMImportWriter) async throws -> T) async throws -> T {
        try await reviewList.markStale()
        return try await underlying.importingCRM(body)
    }

    // MARK: everything else passes through

    public func migrate() async throws -> [MigrationRecord] { try await underlying.migrate() }
    public func appliedMigrations() async throws -> [MigrationRecord] { try await underlying.appliedMigrations() }
    public func header() async throws -> Versioned<PipelineHeader>? { try await underlying.header() }
    public func account(_ id: AccountID) async throws -> Versioned<Account>? { try await underlying.account(id) }

    public func opportunity(_ id: DealID) async throws -> Versioned<Opportunity>? {
        try await underlying.opportunity(id)
    }

    public func accounts(after: AccountID?, limit: Int) async throws -> [Versioned<Account>] {
        try await underlying.accounts(after: after, limit: limit)
    }

    public func accounts(ids: [AccountID]) async throws -> [Versioned<Account>] {
        try await underlying.accounts(ids: ids)
    }

    public func opportunities(ofAccount id: AccountID, limit: Int) async throws -> [Versioned<Opportunity>] {
        try await underlying.opportunities(ofAccount: id, limit: limit)
    }

    public func opportunities(after: DealID?, limit: Int) async throws -> [Versioned<Opportunity>] {
        try await underlying.opportunities(after: after, limit: limit)
    }

    public func counts() async throws -> StoreCounts { try await underlying.counts() }
    public func close() async throws { try await underlying.close() }

    public func backup(to path: String) async throws {
        guard let backup = underlying as? any StoreBackup else {
            throw StoreError.badConfiguration("this store cannot be backed up")
        }
        try await backup.backup(to: path)
    }

    private var userStore: any UserStore {
        get throws {
            guard let users = underlying as? any UserStore else {
                throw StoreError.badConfiguration("this store keeps no users")
            }
            return users
        }
    }

    public func createUser(_ user: UserRecord) async throws { try await userStore.createUser(user) }
    public func user(email: String) async throws -> UserRecord? { try await userStore.user(email: email) }
    public func user(id: String) async throws -> UserRecord? { try await userStore.user(id: id) }
    public func users() async throws -> [UserRecord] { try await userStore.users() }
    public func updateUser(_ user: UserRecord) async throws { try await userStore.updateUser(user) }
    @discardableResult
    public func deleteSessions(userId: String) async throws -> Int {
        try await userStore.deleteSessions(userId: userId)
    }
    public func createSession(_ session: SessionRecord) async throws { try await userStore.createSession(session) }

    public func session(tokenHash: String) async throws -> SessionRecord? {
        try await userStore.session(tokenHash: tokenHash)
    }

    public func deleteSession(tokenHash: String) async throws {
        try await userStore.deleteSession(tokenHash: tokenHash)
    }

    public func reviewListState() async throws -> ReviewListState? { try await list.reviewListState() }
    public func markReviewListStale() async throws { try await list.markReviewListStale() }

    public func saveReviews(_ reviews: [StoredReview], removing: [DealID]) async throws {
        try await list.saveReviews(reviews, removing: removing)
    }

    public func finishReviewRefresh(since: Int, asOf: Day, version: Int) async throws {
        try await list.finishReviewRefresh(since: since, asOf: asOf, version: version)
    }

    public func beginReviewRefresh() async throws -> Int { try await list.beginReviewRefresh() }
    public func reviews(_ query: ReviewListQuery) async throws -> [StoredReview] { try await list.reviews(query) }

    public func reviewTotals(_ query: ReviewListQuery) async throws -> ReviewListTotals {
        try await list.reviewTotals(query)
    }

    public func reviewedDeals(ofAccount account: AccountID) async throws -> [DealID] {
        try await list.reviewedDeals(ofAccount: account)
    }
}

/// Share links live beside the pipeline; they affect no stored review, so they pass straight through.
extension ReviewKeepingStore: ShareLinkStore {
    private var linkStore: any ShareLinkStore {
        get throws {
            guard let links = underlying as? any ShareLinkStore else {
                throw StoreError.badConfiguration("this store keeps no share links")
            }
            return links
        }
    }

    public func createShareLink(_ link: ShareLinkRecord) async throws {
        try await linkStore.createShareLink(link)
    }

    public func shareLink(tokenHash: String) async throws -> ShareLinkRecord? {
        try await linkStore.shareLink(tokenHash: tokenHash)
    }

    public func shareLinks(deal: DealID?) async throws -> [ShareLinkRecord] {
        try await linkStore.shareLinks(deal: deal)
    }

    public func revokeShareLink(id: String, at: Int) async throws -> ShareLinkRecord? {
        try await linkStore.revokeShareLink(id: id, at: at)
    }

    public func markShareLinkUsed(id: String, at: Int) async throws {
        try await linkStore.markShareLinkUsed(id: id, at: at)
    }
}
