import SameSideCore
import SameSideStore

/// Keeps the stored reviews of the list pages (``ReviewListStore``) current and reads them.
///
/// Writers never call this directly: ``ReviewKeepingStore`` (what ``StoreFactory`` opens) calls it after every
/// write, so imports, pipeline loads and single-record edits all leave the list current. Readers call
/// ``current()`` first: when the stored reviews are behind (a write that died half-way, a new day, another
/// playbook or review version) it refreshes them all before answering. One full refresh runs at a time per
/// process; readers that arrive meanwhile wait for it.
public actor ReviewList {
    /// Bump when a change to the review alters what is stored (verdict, scores, stages), so stored rows are
    /// reviewed again on the next read.
    public static let engineVersion = 1

    let store: any PipelineStore
    let list: any ReviewListStore
    /// The review the rows are made with (playbook and clock).
    public nonisolated let review: ReviewUseCase
    private var running: Task<Void, any Error>?
    private var cachedHeader: (generation: Int, header: PipelineHeader)?

    /// `nil` when `store` keeps no stored reviews.
    public init?(store: any PipelineStore, review: ReviewUseCase = ReviewUseCase()) {
        guard let list = store as? any ReviewListStore else { return nil }
        self.init(store: store, list: list, review: review)
    }

    init(store: any PipelineStore, list: any ReviewListStore, review: ReviewUseCase) {
        self.store = store
        self.list = list
        self.review = review
    }

    /// The review version the stored rows must carry: the engine version and the playbook's settings.
    public nonisolated var version: Int {
        Int(truncatingIfNeeded: FNV1a.hash(Array("\(Self.engineVersion)\n\(review.playbook.yaml)".utf8)) >> 2)
    }

    /// The stored reviews' state and the review scope, after refreshing them when they are behind.
    /// Throws ``StoreError``.
    public func current() async throws -> (state: ReviewListState, scope: ReviewUseCase.Scope) {
        for _ in 0..<3 {
            let state = try await list.reviewListState()
            let scope = try await scope(at: state?.generation)
            if let state, state.current, state.version == version, state.asOf == scope.asOf {
                return (state, scope)
            }
            try await refreshAll()
        }
        throw StoreError.unavailable("the stored reviews keep changing under a refresh; try again")
    }

    /// The review scope; the header is read again only when the stored reviews' generation moved (every write
    /// that can change the header moves it first).
    private func scope(at generation: Int?) async throws -> ReviewUseCase.Scope {
        if let generation, let cached = cachedHeader, cached.generation == generation {
            return ReviewUseCase.Scope(
                header: cached.header, asOf: .asOf(nil, data: cached.header.asOf, clock: review.clock))
        }
        let scope = try await review.scope(of: store, asOf: nil)
        if let generation { cachedHeader = (generation, scope.header) }
        return scope
    }

    /// Reviews every stored open deal again and replaces the stored reviews (page by page, bounded memory).
    /// Concurrent callers share one run.
    public func refreshAll() async throws {
        if let running {
            try await running.value
            return
        }
        let task = Task.detached { [store, list, review, version] in
            let since = try await list.beginReviewRefresh()
            let scope = try await review.scope(of: store, asOf: nil)
            var batch: [StoredReview] = []
            batch.reserveCapacity(1000)
            try await StoredDeals.forEach(in: store, status: .open) { deal, account in
                batch.append(Self.row(review.review(deal, account: account, scope: scope), scope: scope))
                if batch.count == 1000 {
                    try await list.saveReviews(batch, removing: [])
                    batch.removeAll(keepingCapacity: true)
                }
            }
            try await list.saveReviews(batch, removing: [])
            try await list.finishReviewRefresh(since: since, asOf: scope.asOf, version: version)
        }
        running = task
        defer { running = nil }
        try await task.value
    }

    /// Reviews the deals `ids` again after a write (a deal that is no longer open, or gone, leaves the list).
    /// When the stored reviews are already behind, nothing is done here: the next read refreshes them all.
    public func refresh(deals ids: [DealID]) async throws {
        guard !ids.isEmpty else { return }
        if let running { try? await running.value }
        let scope = try await review.scope(of: store, asOf: nil)
        guard let state = try await list.reviewListState(), state.current, state.version == version,
            state.asOf == scope.asOf
        else { return }
        var rows: [StoredReview] = []
        var removed: [DealID] = []
        for id in ids {
            if let (deal, account) = try await StoredDeals.deal(id, in: store), deal.status == .open {
                rows.append(Self.row(review.review(deal, account: account, scope: scope), scope: scope))
            } else {
                removed.append(id)
            }
        }
        try await list.saveReviews(rows, removing: removed)
    }

    /// The stored deals of `account`, for a write to the account.
    func deals(ofAccount account: AccountID) async throws -> [DealID] {
        try await list.reviewedDeals(ofAccount: account)
    }

    /// Marks the stored reviews behind, before a write whose deals are not known in advance.
    func markStale() async throws { try await list.markReviewListStale() }

    /// One page of the stored reviews `query` matches (call ``current()`` first). Throws ``StoreError``.
    public nonisolated func reviews(_ query: ReviewListQuery) async throws -> [StoredReview] {
        try await list.reviews(query)
    }

    /// Totals over every stored review `query` matches. Throws ``StoreError``.
    public nonisolated func totals(_ query: ReviewListQuery) async throws -> ReviewListTotals {
        try await list.reviewTotals(query)
    }

    /// The stored form of a review. Pure.
    public static func row(_ review: DealReview, scope: ReviewUseCase.Scope) -> StoredReview {
        StoredReview(
            dealId: review.dealId, dealName: review.name, accountId: review.accountId,
            accountName: review.accountName, verdict: review.verdict, health: review.scores.health,
            pull: review.scores.urgency, pressure: review.scores.pressure, buyerStage: review.buyerVerifiedStage,
            sellerStage: review.sellerStageName, planStatus: review.planStatus, amount: review.amount,
            weightedAmount: review.amount.map { $0 * StageWeights.probability(review.buyerVerifiedStage) },
            currency: review.currency ?? scope.header.currency, closeDate: review.closeDate, owner: review.owner)
    }
}
