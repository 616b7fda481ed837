import Foundation
import SameSideApp
import SameSideCore
import SameSideStore

/// One row of the pipeline: a stored review and the user its owner matched.
struct DealRow: Sendable {
    var review: StoredReview
    var owner: UserRecord?
}

/// A page of the deals a user may see, with the total and the totals over every matching deal.
struct PipelineSlice: Sendable {
    var rows: [DealRow]
    var totals: ReviewListTotals
    var query: PipelineQuery
    var asOf: Day

    var total: Int { totals.count }
    var pageCount: Int { max(1, (total + query.perPage - 1) / query.perPage) }
}

/// Reads the deals a user may see from the stored reviews (``ReviewList``): who may see what (``DealAccess``)
/// and every filter become one parameterized SQL query; the page is a `LIMIT`/`OFFSET` of it; the totals are
/// one grouped query over every matching deal, kept in ``ListTotalsCache`` until the stored reviews change.
/// No deal is reviewed per request (a write or a new day refreshes the stored reviews first).
struct VisibleDeals {
    let services: WebServices

    func page(for viewer: UserRecord, query: PipelineQuery) async throws -> PipelineSlice {
        let (state, scope) = try await services.reviewList.current()
        let directory = OwnerDirectory(users: try await services.users.users())
        let storeQuery = Self.storeQuery(query, viewer: viewer, directory: directory, today: scope.asOf)
        let totals = try await services.totalsCache.totals(for: storeQuery, generation: state.generation) {
            try await services.reviewList.totals(storeQuery)
        }
        let reviews = try await services.reviewList.reviews(storeQuery)
        let rows = reviews.map { DealRow(review: $0, owner: directory.user(owning: $0.owner)) }
        return PipelineSlice(rows: rows, totals: totals, query: query, asOf: scope.asOf)
    }

    /// The store query for `query` as `viewer` sees it. Pure.
    static func storeQuery(
        _ query: PipelineQuery, viewer: UserRecord, directory: OwnerDirectory, today: Day
    ) -> ReviewListQuery {
        var result = ReviewListQuery()
        let access = DealAccess(viewer: viewer)
        if viewer.role != .admin { result.owners = directory.owners(where: access.canSee) }
        if let owner = query.owner {
            let wanted = owner.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            if wanted == "unassigned" {
                result.ownerFilter = directory.owners { $0 == nil }
            } else if case .keys(let keys, _, let known) = directory.owners(where: {
                $0?.email == wanted || $0?.name?.lowercased() == wanted
            }) {
                result.ownerFilter = .keys(Array(Set(keys + [wanted])).sorted(), unassigned: false, knownKeys: known)
            }
        } else if let team = query.team?.lowercased() {
            result.ownerFilter = directory.owners { $0?.team?.lowercased() == team }
        }
        result.verdict = query.verdict
        result.sellerStage = query.stage
        result.buyerStage = query.buyerStage
        if let close = query.close {
            (result.closeFrom, result.closeTo) = close.range(today: today)
        }
        result.search = query.search.map { $0.split(whereSeparator: \.isWhitespace).map(String.init) } ?? []
        result.sort = query.sort
        result.descending = query.descending
        result.offset = (query.page - 1) * query.perPage
        result.limit = query.perPage
        return result
    }

    /// The stored deal `id` with its account, when `viewer` may see it; otherwise ``AppError/notFound(_:)``
    /// (the same answer as for a deal that does not exist).
    func deal(_ id: DealID, for viewer: UserRecord) async throws -> (Opportunity, Account?, UserRecord?) {
        guard let (deal, account) = try await StoredDeals.deal(id, in: services.store) else {
            throw AppError.notFound("no deal \"\(id)\"")
        }
        let owner = OwnerDirectory(users: try await services.users.users()).user(owning: deal.owner)
        guard DealAccess(viewer: viewer).canSee(ownedBy: owner) else { throw AppError.notFound("no deal \"\(id)\"") }
        return (deal, account, owner)
    }
}

/// Totals of recent list queries, kept while the stored reviews stay at one generation (any write moves it, on
/// any server sharing the database), so paging through a large pipeline groups the matching deals once.
actor ListTotalsCache {
    private var generation = -1
    private var entries: [ReviewListQuery: ReviewListTotals] = [:]
    private let capacity: Int

    init(capacity: Int = 512) { self.capacity = capacity }

    func totals(
        for query: ReviewListQuery, generation: Int, compute: @Sendable () async throws -> ReviewListTotals
    ) async throws -> ReviewListTotals {
        var key = query
        key.offset = 0
        key.limit = 0
        key.sort = .verdict
        key.descending = false
        if generation != self.generation {
            entries.removeAll()
            self.generation = generation
        }
        if let found = entries[key] { return found }
        let computed = try await compute()
        if generation == self.generation {
            if entries.count >= capacity { entries.removeAll() }
            entries[key] = computed
        }
        return computed
    }
}
