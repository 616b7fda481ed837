import Foundation
import SameSideCore

/// A deal's review as the list pages need it, stored so that filtering, sorting, counting and summing a large
/// pipeline never reviews every deal per request. Written by the application layer after every write that
/// changes a deal (see `ReviewList` in SameSideApp); one row per open deal.
public struct StoredReview: Sendable, Equatable {
    public var dealId: DealID
    public var dealName: String
    public var accountId: AccountID
    public var accountName: String
    public var verdict: Verdict
    public var health: Int
    /// The customer's pull (the review's urgency score, 0–100).
    public var pull: Int
    /// Our pressure (0–100; higher is more seller pressure).
    public var pressure: Int
    public var buyerStage: BuyerStage
    /// The seller's stage as the CRM spells it.
    public var sellerStage: String?
    public var planStatus: MutualPlanStatus
    public var amount: Double?
    /// `amount` × the buyer-verified stage's probability (`nil` without an amount).
    public var weightedAmount: Double?
    /// The currency code of `amount`; empty when the source named none.
    public var currency: String
    public var closeDate: Day?
    /// The owner as the CRM wrote it.
    public var owner: String?

    public init(
        dealId: DealID, dealName: String, accountId: AccountID, accountName: String, verdict: Verdict, health: Int,
        pull: Int, pressure: Int, buyerStage: BuyerStage, sellerStage: String?, planStatus: MutualPlanStatus,
        amount: Double?, weightedAmount: Double?, currency: String, closeDate: Day?, owner: String?
    ) {
        self.dealId = dealId
        self.dealName = dealName
        self.accountId = accountId
        self.accountName = accountName
        self.verdict = verdict
        self.health = health
        self.pull = pull
        self.pressure = pressure
        self.buyerStage = buyerStage
        self.sellerStage = sellerStage
        self.planStatus = planStatus
        self.amount = amount
        self.weightedAmount = weightedAmount
        self.currency = currency
        self.closeDate = closeDate
        self.owner = owner
    }

    /// The owner text as deals are matched to users: trimmed and lower-cased; `nil` when empty.
    public static func ownerKey(_ owner: String?) -> String? {
        guard let key = owner?.trimmingCharacters(in: .whitespacesAndNewlines).lowercased(), !key.isEmpty else {
            return nil
        }
        return key
    }
}

/// Whether the stored reviews may be read as they are: reviewed as of `asOf` by review `version`, and no
/// write since has left them behind (`current`).
public struct ReviewListState: Sendable, Equatable {
    public var asOf: Day
    public var version: Int
    public var current: Bool
    /// Bumped on every change to the stored reviews, so a reader can keep derived figures (totals) until it moves.
    public var generation: Int

    public init(asOf: Day, version: Int, current: Bool, generation: Int) {
        self.asOf = asOf
        self.version = version
        self.current = current
        self.generation = generation
    }
}

/// Which stored reviews a list request reads. Every value is bound as a parameter, never pasted into SQL.
public struct ReviewListQuery: Sendable, Hashable {
    /// Whose deals: everything, or the deals whose owner key is one of `keys` and, with `unassigned`, the deals
    /// whose owner key is none of `knownKeys` (no user matches them).
    public enum Owners: Sendable, Hashable {
        case all
        case keys([String], unassigned: Bool, knownKeys: [String])
    }

    public enum Sort: String, Sendable, CaseIterable {
        case verdict, health, amount, close, name, owner, pull, pressure, stage
    }

    public var owners: Owners = .all
    /// A second owner restriction (the owner or team filter), combined with `owners` by AND.
    public var ownerFilter: Owners = .all
    public var verdict: Verdict?
    public var sellerStage: String?
    public var buyerStage: BuyerStage?
    /// Close date on or after / on or before (inclusive).
    public var closeFrom: Day?
    public var closeTo: Day?
    /// Words every one of which appears in the deal's or the account's name (case-insensitive).
    public var search: [String] = []
    public var sort: Sort = .verdict
    public var descending = false
    public var offset = 0
    public var limit = 50

    public init() {}
}

/// Count, sum and weighted sum of one group of stored reviews in one currency.
public struct ReviewListTotal: Sendable, Equatable {
    /// The group: a verdict's raw value, a buyer-verified stage's raw value, or empty for all matching deals.
    public var group: String
    public var currency: String
    public var deals: Int
    public var amount: Double
    public var weightedAmount: Double

    public init(group: String, currency: String, deals: Int, amount: Double, weightedAmount: Double) {
        self.group = group
        self.currency = currency
        self.deals = deals
        self.amount = amount
        self.weightedAmount = weightedAmount
    }
}

/// Totals over every review a query matches (never only the page): overall, per verdict and per stage.
public struct ReviewListTotals: Sendable, Equatable {
    public var count: Int
    public var overall: [ReviewListTotal]
    public var byVerdict: [ReviewListTotal]
    public var byStage: [ReviewListTotal]

    public init(count: Int, overall: [ReviewListTotal], byVerdict: [ReviewListTotal], byStage: [ReviewListTotal]) {
        self.count = count
        self.overall = overall
        self.byVerdict = byVerdict
        self.byStage = byStage
    }
}

/// The storage port for stored reviews (migration 4). Implemented by ``SQLPipelineStore``; every method throws
/// ``StoreError``.
public protocol ReviewListStore: Sendable {
    /// The state row, or `nil` before the first refresh.
    func reviewListState() async throws -> ReviewListState?
    /// Marks the stored reviews behind the data (before a write whose effect is not yet known).
    func markReviewListStale() async throws
    /// Stores (inserts or replaces) `reviews` and removes the rows of `removing` (deals no longer open or gone).
    func saveReviews(_ reviews: [StoredReview], removing: [DealID]) async throws
    /// Ends a full refresh: removes every row not written since `since` (a generation from
    /// ``beginReviewRefresh()``) and records the reviews as current as of `asOf` by `version`.
    func finishReviewRefresh(since: Int, asOf: Day, version: Int) async throws
    /// Starts a full refresh: returns the generation the rows written from now on carry.
    func beginReviewRefresh() async throws -> Int
    /// One page of the matching reviews, in the query's order.
    func reviews(_ query: ReviewListQuery) async throws -> [StoredReview]
    /// Totals over every matching review (the query's sort and page are ignored).
    func reviewTotals(_ query: ReviewListQuery) async throws -> ReviewListTotals
    /// The ids of the stored reviews of `account`'s deals.
    func reviewedDeals(ofAccount account: AccountID) async throws -> [DealID]
}
