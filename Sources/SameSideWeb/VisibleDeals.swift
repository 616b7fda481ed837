import Foundation
import SameSideApp
import SameSideCore
import SameSideStore

/// One row of the pipeline: a stored open deal, its review and the user its owner matched.
struct DealRow: Sendable {
    var review: DealReview
    var owner: UserRecord?
    var currency: String
}

/// The filters, sort and page of a pipeline request (page and API share it).
struct PipelineQuery: Sendable, Equatable {
    enum Sort: String, Sendable, CaseIterable {
        case verdict, health, amount, close, name, owner
    }

    var verdict: Verdict?
    /// Owner text, matched case-insensitively; `unassigned` picks deals whose owner is no user.
    var owner: String?
    /// The seller's stage name, exact.
    var stage: String?
    var sort: Sort = .verdict
    var descending = false
    var page = 1
    var perPage = 50

    static let maxPerPage = 200
    /// The highest page number taken: far beyond any pipeline, and small enough that `page × per_page` can
    /// never overflow (a huge page number once crashed the server).
    static let maxPage = 1_000_000

    /// Reads `?verdict=&owner=&stage=&sort=&order=&page=&per_page=`; a value that is not understood is a 400
    /// naming the parameter and what it takes.
    init(parameters: [String: String]) throws(AppError) {
        func nonEmpty(_ key: String) -> String? {
            guard let value = parameters[key]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else {
                return nil
            }
            return value
        }
        if let text = nonEmpty("verdict") {
            guard let verdict = Verdict(rawValue: text) else {
                throw .badInput(
                    "verdict \"\(text)\" is not one of \(Verdict.worstFirst.map(\.rawValue).joined(separator: ", "))")
            }
            self.verdict = verdict
        }
        owner = nonEmpty("owner")
        stage = nonEmpty("stage")
        if let text = nonEmpty("sort") {
            guard let sort = Sort(rawValue: text) else {
                throw .badInput(
                    "sort \"\(text)\" is not one of \(Sort.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            self.sort = sort
        }
        if let text = nonEmpty("order") {
            guard text == "asc" || text == "desc" else { throw .badInput("order \"\(text)\" is not asc or desc") }
            descending = text == "desc"
        }
        page = try Self.number(nonEmpty("page"), name: "page", default: 1, max: Self.maxPage)
        perPage = try Self.number(nonEmpty("per_page"), name: "per_page", default: 50, max: Self.maxPerPage)
    }

    init() {}

    private static func number(_ text: String?, name: String, default value: Int, max: Int) throws(AppError) -> Int {
        guard let text else { return value }
        guard let number = Int(text), number >= 1, number <= max else {
            throw .badInput("\(name) \"\(text)\" is not a whole number from 1 to \(max)")
        }
        return number
    }

    func matches(_ row: DealRow) -> Bool {
        if let verdict, row.review.verdict != verdict { return false }
        if let stage, row.review.sellerStageName != stage { return false }
        if let owner {
            if owner.lowercased() == "unassigned" {
                if row.owner != nil { return false }
            } else {
                let wanted = owner.lowercased()
                let text = row.review.owner?.lowercased()
                if text != wanted, row.owner?.email != wanted, row.owner?.name?.lowercased() != wanted { return false }
            }
        }
        return true
    }

    func ordered(_ a: DealRow, _ b: DealRow) -> Bool {
        let x = a.review
        let y = b.review
        let ascending: Bool
        switch sort {
        case .verdict:
            ascending =
                x.verdict.worstFirstIndex != y.verdict.worstFirstIndex
                ? x.verdict.worstFirstIndex < y.verdict.worstFirstIndex : x.dealId.rawValue < y.dealId.rawValue
        case .health:
            ascending =
                x.scores.health != y.scores.health
                ? x.scores.health < y.scores.health : x.dealId.rawValue < y.dealId.rawValue
        case .amount:
            ascending =
                (x.amount ?? 0) != (y.amount ?? 0)
                ? (x.amount ?? 0) < (y.amount ?? 0) : x.dealId.rawValue < y.dealId.rawValue
        case .close:
            let left = x.closeDate?.ordinal ?? Int.max
            let right = y.closeDate?.ordinal ?? Int.max
            ascending = left != right ? left < right : x.dealId.rawValue < y.dealId.rawValue
        case .name:
            ascending = x.name != y.name ? x.name < y.name : x.dealId.rawValue < y.dealId.rawValue
        case .owner:
            let left = x.owner ?? ""
            let right = y.owner ?? ""
            ascending = left != right ? left < right : x.dealId.rawValue < y.dealId.rawValue
        }
        return descending ? !ascending : ascending
    }
}

/// Count and sum of amounts in one currency (different currencies are never added together).
struct CurrencyTotal: Sendable, Equatable {
    var currency: String
    var deals: Int
    var amount: Double
}

/// A page of the deals a user may see, with the total and the per-currency sums over every matching deal.
struct PipelineSlice: Sendable {
    var rows: [DealRow]
    var total: Int
    var totals: [CurrencyTotal]
    var query: PipelineQuery
    var asOf: Day

    var pageCount: Int { max(1, (total + query.perPage - 1) / query.perPage) }
}

/// Reads the deals a user may see: every stored open deal, reviewed through the review use case, kept when
/// ``DealAccess`` allows it and the query matches. Totals are computed here over all matching deals, never
/// over the page shown.
///
/// This reviews every open deal per request (one pass, bounded memory per store page plus the matching rows);
/// storing reviews and keeping them current on writes is the planned step for large pipelines.
struct VisibleDeals {
    let services: WebServices

    func page(for viewer: UserRecord, query: PipelineQuery) async throws -> PipelineSlice {
        let directory = OwnerDirectory(users: try await services.users.users())
        let access = DealAccess(viewer: viewer)
        let scope = try await services.review.scope(of: services.store, asOf: nil)
        var rows: [DealRow] = []
        var totals: [String: CurrencyTotal] = [:]
        try await StoredDeals.forEach(in: services.store, status: .open) { deal, account in
            let owner = directory.user(owning: deal.owner)
            guard access.canSee(ownedBy: owner) else { return }
            let review = services.review.review(deal, account: account, scope: scope)
            let row = DealRow(review: review, owner: owner, currency: review.currency ?? scope.header.currency)
            guard query.matches(row) else { return }
            rows.append(row)
            var total = totals[row.currency] ?? CurrencyTotal(currency: row.currency, deals: 0, amount: 0)
            total.deals += 1
            total.amount += review.amount ?? 0
            totals[row.currency] = total
        }
        rows.sort(by: query.ordered)
        let start = min(rows.count, (query.page - 1) * query.perPage)
        let end = min(rows.count, start + query.perPage)
        return PipelineSlice(
            rows: Array(rows[start..<end]), total: rows.count,
            totals: totals.values.sorted { $0.currency < $1.currency }, query: query, asOf: scope.asOf)
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
