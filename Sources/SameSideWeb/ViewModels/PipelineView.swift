import SameSideCore

/// The pipeline page: filters as submitted, the rows of this page, and totals over all matching deals.
struct PipelineView: Sendable {
    struct Row: Sendable {
        var id: String
        var link: String
        var name: String
        var accountName: String
        var verdict: String
        var verdictLabel: String
        var health: Int
        var buyerStage: String
        var sellerStage: String
        var planStatus: String
        var amount: String
        var closeDate: String
        var owner: String
    }

    struct Option: Sendable {
        var value: String
        var label: String
        var selected: Bool
    }

    struct Total: Sendable {
        var currency: String
        var deals: Int
        var amount: String
    }

    var chrome: PageChrome
    var rows: [Row]
    var hasRows: Bool
    var total: Int
    var totals: [Total]
    var verdicts: [Option]
    var sorts: [Option]
    var owner: String
    var stage: String
    var descending: Bool
    var page: Int
    var pageCount: Int
    var previousLink: String?
    var nextLink: String?

    init(slice: PipelineSlice, chrome: PageChrome) {
        self.chrome = chrome
        let query = slice.query
        rows = slice.rows.map { row in
            let review = row.review
            return Row(
                id: review.dealId.rawValue, link: "/deals/\(PathEscaping.segment(review.dealId.rawValue))",
                name: review.name, accountName: review.accountName, verdict: review.verdict.rawValue,
                verdictLabel: review.verdict.label, health: review.scores.health,
                buyerStage: Wording.words(review.buyerVerifiedStage.rawValue),
                sellerStage: review.sellerStageName ?? "—", planStatus: review.planStatus.label,
                amount: Wording.amount(review.amount, currency: row.currency),
                closeDate: review.closeDate?.description ?? "—",
                owner: row.owner.map { $0.name ?? $0.email }
                    ?? (review.owner.map { "\($0) (unassigned)" } ?? "unassigned"))
        }
        hasRows = !rows.isEmpty
        total = slice.total
        totals = slice.totals.map {
            Total(currency: $0.currency, deals: $0.deals, amount: Wording.amount($0.amount, currency: $0.currency))
        }
        verdicts =
            [Option(value: "", label: "Any verdict", selected: query.verdict == nil)]
            + Verdict.worstFirst.map { Option(value: $0.rawValue, label: $0.label, selected: query.verdict == $0) }
        sorts = PipelineQuery.Sort.allCases.map {
            Option(value: $0.rawValue, label: Wording.words($0.rawValue), selected: query.sort == $0)
        }
        owner = query.owner ?? ""
        stage = query.stage ?? ""
        descending = query.descending
        page = query.page
        pageCount = slice.pageCount
        previousLink = query.page > 1 ? Self.link(query, page: query.page - 1) : nil
        nextLink = query.page < slice.pageCount ? Self.link(query, page: query.page + 1) : nil
    }

    static func link(_ query: PipelineQuery, page: Int) -> String {
        var parts: [(String, String)] = []
        if let verdict = query.verdict { parts.append(("verdict", verdict.rawValue)) }
        if let owner = query.owner { parts.append(("owner", owner)) }
        if let stage = query.stage { parts.append(("stage", stage)) }
        parts.append(("sort", query.sort.rawValue))
        if query.descending { parts.append(("order", "desc")) }
        parts.append(("page", String(page)))
        if query.perPage != 50 { parts.append(("per_page", String(query.perPage))) }
        return "/?" + parts.map { "\($0.0)=\(PathEscaping.query($0.1))" }.joined(separator: "&")
    }
}
