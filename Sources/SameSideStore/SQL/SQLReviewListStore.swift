import Foundation
import SQLKit
import SameSideCore

/// Stored reviews on SQL (migration 4): every filter value is a bind, the sort a fixed column list.
extension SQLPipelineStore: ReviewListStore {
    static let reviewColumns = [
        "deal_id", "deal_name", "account_id", "account_name", "search_text", "verdict", "verdict_rank", "health",
        "pull", "pressure", "buyer_stage", "buyer_stage_rank", "seller_stage", "plan_status", "amount",
        "weighted_amount", "currency", "close_date", "owner", "owner_key", "generation",
    ]

    public func reviewListState() async throws -> ReviewListState? {
        try await mapped {
            try await backend.withSession { session in
                guard
                    let row = try await session.sql.select()
                        .columns("as_of", "review_version", "is_current", "generation").from("deal_review_state")
                        .where("id", .equal, 1).first()
                else { return nil }
                guard let asOf = Day(try row.decode(column: "as_of", as: String.self)) else { return nil }
                return ReviewListState(
                    asOf: asOf, version: try row.decode(column: "review_version", as: Int.self),
                    current: try row.decode(column: "is_current", as: Int.self) != 0,
                    generation: try row.decode(column: "generation", as: Int.self))
            }
        }
    }

    public func markReviewListStale() async throws {
        try await mapped {
            try await backend.withTransaction { session in
                _ = try await session.bulk(
                    "UPDATE deal_review_state SET is_current = 0, generation = generation + 1 WHERE id = 1", [])
            }
        }
    }

    public func beginReviewRefresh() async throws -> Int {
        try await mapped {
            try await backend.withTransaction { session in
                try await Self.nextGeneration(session)
            }
        }
    }

    public func saveReviews(_ reviews: [StoredReview], removing: [DealID]) async throws {
        try await mapped {
            try await backend.withTransaction { session in
                let generation = try await Self.nextGeneration(session)
                try await Self.upsert(reviews, generation: generation, session: session)
                for start in stride(from: 0, to: removing.count, by: 500) {
                    let part = removing[start..<min(removing.count, start + 500)]
                    let marks = (1...part.count).map(session.dialect.placeholder).joined(separator: ", ")
                    _ = try await session.bulk(
                        "DELETE FROM deal_reviews WHERE deal_id IN (\(marks))", part.map { .text($0.rawValue) })
                }
            }
        }
    }

    public func finishReviewRefresh(since: Int, asOf: Day, version: Int) async throws {
        try await mapped {
            try await backend.withTransaction { session in
                let d = session.dialect
                _ = try await session.bulk(
                    "DELETE FROM deal_reviews WHERE generation < \(d.placeholder(1))", [.integer(since)])
                _ = try await session.bulk(
                    "UPDATE deal_review_state SET is_current = 1, as_of = \(d.placeholder(1)), "
                        + "review_version = \(d.placeholder(2)), generation = generation + 1 WHERE id = 1",
                    [.text(asOf.description), .integer(version)])
            }
        }
    }

    public func reviews(_ query: ReviewListQuery) async throws -> [StoredReview] {
        try await mapped {
            try await backend.withSession { session in
                var sql: SQLQueryString =
                    "SELECT deal_id, deal_name, account_id, account_name, verdict, health, pull, pressure, buyer_stage, "
                    + "seller_stage, plan_status, amount, weighted_amount, currency, close_date, owner FROM deal_reviews"
                sql += Self.whereClause(query, session.dialect)
                sql += " ORDER BY \(unsafeRaw: Self.order(query))"
                sql += " LIMIT \(bind: max(0, query.limit)) OFFSET \(bind: max(0, query.offset))"
                return try await session.sql.raw(sql).all().map(Self.storedReview)
            }
        }
    }

    public func reviewTotals(_ query: ReviewListQuery) async throws -> ReviewListTotals {
        try await mapped {
            try await backend.withSession { session in
                var sql: SQLQueryString =
                    "SELECT verdict, buyer_stage, currency, count(*) AS deals, COALESCE(sum(amount), 0.0) AS amount, "
                    + "COALESCE(sum(weighted_amount), 0.0) AS weighted FROM deal_reviews"
                sql += Self.whereClause(query, session.dialect)
                sql += " GROUP BY verdict, buyer_stage, currency"
                let rows = try await session.sql.raw(sql).all()
                var overall: [String: ReviewListTotal] = [:]
                var byVerdict: [String: ReviewListTotal] = [:]
                var byStage: [String: ReviewListTotal] = [:]
                var count = 0
                for row in rows {
                    let verdict = try row.decode(column: "verdict", as: String.self)
                    let stage = try row.decode(column: "buyer_stage", as: String.self)
                    let currency = try row.decode(column: "currency", as: String.self)
                    let deals = try row.decode(column: "deals", as: Int.self)
                    let amount = try row.decode(column: "amount", as: Double.self)
                    let weighted = try row.decode(column: "weighted", as: Double.self)
                    count += deals
                    func add(_ group: String, to table: inout [String: ReviewListTotal]) {
                        let key = group + "\u{0}" + currency
                        var total =
                            table[key]
                            ?? ReviewListTotal(group: group, currency: currency, deals: 0, amount: 0, weightedAmount: 0)
                        total.deals += deals
                        total.amount += amount
                        total.weightedAmount += weighted
                        table[key] = total
                    }
                    add("", to: &overall)
                    add(verdict, to: &byVerdict)
                    add(stage, to: &byStage)
                }
                let ordered = { (table: [String: ReviewListTotal]) in
                    table.values.sorted { ($0.group, $0.currency) < ($1.group, $1.currency) }
                }
                return ReviewListTotals(
                    count: count, overall: ordered(overall), byVerdict: ordered(byVerdict), byStage: ordered(byStage))
            }
        }
    }

    public func reviewedDeals(ofAccount account: AccountID) async throws -> [DealID] {
        try await mapped {
            try await backend.withSession { session in
                let rows = try await session.sql.select().column("deal_id").from("deal_reviews")
                    .where("account_id", .equal, account.rawValue).orderBy("deal_id").all()
                return try rows.map { DealID(try $0.decode(column: "deal_id", as: String.self)) }
            }
        }
    }

    // MARK: SQL pieces

    private static func nextGeneration(_ session: any SQLSession) async throws -> Int {
        _ = try await session.bulk("UPDATE deal_review_state SET generation = generation + 1 WHERE id = 1", [])
        return try await session.bulk("SELECT generation FROM deal_review_state WHERE id = 1", []).first ?? 0
    }

    private static func upsert(_ reviews: [StoredReview], generation: Int, session: any SQLSession) async throws {
        let columns = reviewColumns
        let rowsPerStatement = 400
        let d = session.dialect
        let updates = columns.dropFirst().map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
        for start in stride(from: 0, to: reviews.count, by: rowsPerStatement) {
            let part = reviews[start..<min(reviews.count, start + rowsPerStatement)]
            var binds: [SQLValue] = []
            binds.reserveCapacity(part.count * columns.count)
            var tuples: [String] = []
            for review in part {
                let first = binds.count
                binds += values(review, generation: generation)
                tuples.append(
                    "(" + (1...columns.count).map { d.placeholder(first + $0) }.joined(separator: ", ") + ")")
            }
            _ = try await session.bulk(
                "INSERT INTO deal_reviews (\(columns.joined(separator: ", "))) VALUES \(tuples.joined(separator: ", ")) "
                    + "ON CONFLICT (deal_id) DO UPDATE SET \(updates)", binds)
        }
    }

    private static func values(_ review: StoredReview, generation: Int) -> [SQLValue] {
        [
            .text(review.dealId.rawValue), .text(review.dealName), .text(review.accountId.rawValue),
            .text(review.accountName), .text((review.dealName + "\n" + review.accountName).lowercased()),
            .text(review.verdict.rawValue), .integer(review.verdict.worstFirstIndex), .integer(review.health),
            .integer(review.pull), .integer(review.pressure), .text(review.buyerStage.rawValue),
            .integer(review.buyerStage.rank), SQLValue(review.sellerStage), .text(review.planStatus.rawValue),
            SQLValue(review.amount), SQLValue(review.weightedAmount), .text(review.currency),
            SQLValue(review.closeDate?.description), SQLValue(review.owner),
            SQLValue(StoredReview.ownerKey(review.owner)), .integer(generation),
        ]
    }

    static func whereClause(_ query: ReviewListQuery, _ dialect: SQLStoreDialect) -> SQLQueryString {
        var parts: [SQLQueryString] = []
        if let owners = ownersCondition(query.owners) { parts.append(owners) }
        if let owners = ownersCondition(query.ownerFilter) { parts.append(owners) }
        if let verdict = query.verdict { parts.append("verdict_rank = \(bind: verdict.worstFirstIndex)") }
        if let stage = query.sellerStage { parts.append("seller_stage = \(bind: stage)") }
        if let stage = query.buyerStage { parts.append("buyer_stage_rank = \(bind: stage.rank)") }
        if let from = query.closeFrom { parts.append("close_date >= \(bind: from.description)") }
        if let to = query.closeTo { parts.append("close_date <= \(bind: to.description)") }
        let find = dialect == .sqlite ? "instr" : "strpos"
        for word in query.search where !word.isEmpty {
            parts.append("\(unsafeRaw: find)(search_text, \(bind: word.lowercased())) > 0")
        }
        guard !parts.isEmpty else { return "" }
        return " WHERE " + parts.joined(separator: " AND ")
    }

    private static func ownersCondition(_ owners: ReviewListQuery.Owners) -> SQLQueryString? {
        guard case .keys(let keys, let unassigned, let known) = owners else { return nil }
        var options: [SQLQueryString] = []
        if !keys.isEmpty { options.append("owner_key IN (\(binds: keys))") }
        if unassigned {
            options.append(
                known.isEmpty ? "1 = 1" : "(owner_key IS NULL OR owner_key NOT IN (\(binds: known)))")
        }
        guard !options.isEmpty else { return "1 = 0" }
        return "(" + options.joined(separator: " OR ") + ")"
    }

    private static func order(_ query: ReviewListQuery) -> String {
        let direction = query.descending ? " DESC" : ""
        let terms: [String]
        switch query.sort {
        case .verdict: terms = ["verdict_rank"]
        case .health: terms = ["health"]
        case .pull: terms = ["pull"]
        case .pressure: terms = ["pressure"]
        case .stage: terms = ["buyer_stage_rank"]
        case .amount: terms = ["COALESCE(amount, 0)"]
        case .close: terms = ["(CASE WHEN close_date IS NULL THEN 1 ELSE 0 END)", "close_date"]
        case .name: terms = ["deal_name"]
        case .owner: terms = ["COALESCE(owner, '')"]
        }
        return (terms + ["deal_id"]).map { $0 + direction }.joined(separator: ", ")
    }

    private static func storedReview(_ row: any SQLRow) throws -> StoredReview {
        func vocabulary<T: RawRepresentable<String>>(_ column: String, _ type: T.Type) throws -> T {
            let text = try row.decode(column: column, as: String.self)
            guard let value = T(rawValue: text) else { throw StoreError.corrupt("\(column) \"\(text)\" is not known") }
            return value
        }
        return StoredReview(
            dealId: DealID(try row.decode(column: "deal_id", as: String.self)),
            dealName: try row.decode(column: "deal_name", as: String.self),
            accountId: AccountID(try row.decode(column: "account_id", as: String.self)),
            accountName: try row.decode(column: "account_name", as: String.self),
            verdict: try vocabulary("verdict", Verdict.self),
            health: try row.decode(column: "health", as: Int.self),
            pull: try row.decode(column: "pull", as: Int.self),
            pressure: try row.decode(column: "pressure", as: Int.self),
            buyerStage: try vocabulary("buyer_stage", BuyerStage.self),
            sellerStage: try row.decode(column: "seller_stage", as: String?.self),
            planStatus: try vocabulary("plan_status", MutualPlanStatus.self),
            amount: try row.decode(column: "amount", as: Double?.self),
            weightedAmount: try row.decode(column: "weighted_amount", as: Double?.self),
            currency: try row.decode(column: "currency", as: String.self),
            closeDate: try row.decode(column: "close_date", as: String?.self).flatMap(Day.init),
            owner: try row.decode(column: "owner", as: String?.self))
    }
}
