import Mustache
import SameSideCore
import SameSideStore

/// The pipeline page, as a table or a board by buyer-verified stage: filters as submitted, the rows of this
/// page, and totals (count, sum, weighted sum; one figure per currency) over all matching deals.
struct PipelineView: Sendable {
    struct Row: Sendable, Hashable {
        var id: String
        var link: String
        var name: String
        var accountName: String
        var verdict: String
        var verdictLabel: String
        var health: Int
        var pull: Int
        var pressure: Int
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

    /// One currency's figures of a group.
    struct Figure: Sendable {
        var currency: String
        /// "1 deal", "3 deals".
        var deals: String
        var amount: String
        var weighted: String
    }

    /// A verdict's or a stage column's totals.
    struct Group: Sendable {
        var value: String
        var label: String
        var count: Int
        /// "1 deal", "3 deals".
        var deals: String
        var figures: [Figure]
        var hasFigures: Bool
        var rows: [Row]
        var hasRows: Bool
        /// `rows` as board cards, rendered by ``PipelineView/renderItems(with:library:)``.
        var cards: [Shown] = []
    }

    var chrome: PageChrome
    var rows: [Row]
    /// `rows` as table rows, rendered by ``renderItems(with:library:)``.
    var tableRows: [Shown] = []
    var hasRows: Bool
    var total: Int
    /// "1 matching deal", "12 matching deals".
    var matching: String
    var totals: [Figure]
    var byVerdict: [Group]
    var hasVerdicts: Bool
    var columns: [Group]
    var board: Bool
    var tableLink: String
    var boardLink: String
    var verdicts: [Option]
    var buyerStages: [Option]
    var closePeriods: [Option]
    var sorts: [Option]
    var owner: String
    var team: String
    var stage: String
    var search: String
    var descending: Bool
    var page: Int
    var pageCount: Int
    var previousLink: String?
    var nextLink: String?
    var asOf: String

    init(slice: PipelineSlice, chrome: PageChrome) {
        matching = slice.total == 1 ? "1 matching deal" : "\(slice.total) matching deals"
        self.chrome = chrome
        let query = slice.query
        let pageRows = slice.rows.map(Self.row)
        rows = pageRows
        hasRows = !pageRows.isEmpty
        total = slice.total
        totals = Self.figures(slice.totals.overall)
        byVerdict = Verdict.worstFirst.map { verdict in
            Self.group(verdict.rawValue, label: verdict.label, totals: slice.totals.byVerdict, rows: [])
        }.filter { $0.count > 0 }
        hasVerdicts = !byVerdict.isEmpty
        board = query.view == .board
        columns = BuyerStage.allCases.map { stage in
            let label = Wording.words(stage.rawValue)
            return Self.group(
                stage.rawValue, label: label, totals: slice.totals.byStage,
                rows: pageRows.filter { $0.buyerStage == label })
        }
        tableLink = query.link(view: .table)
        boardLink = query.link(view: .board)
        verdicts =
            [Option(value: "", label: "Any verdict", selected: query.verdict == nil)]
            + Verdict.worstFirst.map { Option(value: $0.rawValue, label: $0.label, selected: query.verdict == $0) }
        buyerStages =
            [Option(value: "", label: "Any stage", selected: query.buyerStage == nil)]
            + BuyerStage.allCases.map {
                Option(value: $0.rawValue, label: Wording.words($0.rawValue), selected: query.buyerStage == $0)
            }
        closePeriods =
            [Option(value: "", label: "Any time", selected: query.close == nil)]
            + PipelineQuery.ClosePeriod.allCases.map {
                Option(value: $0.rawValue, label: Wording.words($0.rawValue), selected: query.close == $0)
            }
        sorts = PipelineQuery.Sort.allCases.map {
            Option(value: $0.rawValue, label: Wording.words($0.rawValue), selected: query.sort == $0)
        }
        owner = query.owner ?? ""
        team = query.team ?? ""
        stage = query.stage ?? ""
        search = query.search ?? ""
        descending = query.descending
        page = query.page
        pageCount = slice.pageCount
        previousLink = query.page > 1 ? query.link(page: query.page - 1) : nil
        nextLink = query.page < slice.pageCount ? query.link(page: query.page + 1) : nil
        asOf = slice.asOf.description
    }

    /// Renders the table rows or the board cards (whichever the page shows) through `fragments`.
    mutating func renderItems(with fragments: RenderedFragments, library: MustacheLibrary) {
        if board {
            for index in columns.indices {
                columns[index].cards = columns[index].rows.map {
                    fragments.html($0, template: "pipeline-card", library: library)
                }
            }
        } else {
            tableRows = rows.map { fragments.html($0, template: "pipeline-row", library: library) }
        }
    }

    private static func row(_ row: DealRow) -> Row {
        let review = row.review
        return Row(
            id: review.dealId.rawValue, link: "/deals/\(PathEscaping.segment(review.dealId.rawValue))",
            name: review.dealName, accountName: review.accountName, verdict: review.verdict.rawValue,
            verdictLabel: review.verdict.label, health: review.health, pull: review.pull, pressure: review.pressure,
            buyerStage: Wording.words(review.buyerStage.rawValue), sellerStage: review.sellerStage ?? "—",
            planStatus: review.planStatus.label, amount: Wording.amount(review.amount, currency: review.currency),
            closeDate: review.closeDate?.description ?? "—",
            owner: row.owner.map { $0.name ?? $0.email }
                ?? (review.owner.map { "\($0) (unassigned)" } ?? "unassigned"))
    }

    private static func figures(_ totals: [ReviewListTotal]) -> [Figure] {
        totals.map {
            Figure(
                currency: $0.currency.isEmpty ? "no currency" : $0.currency, deals: Wording.deals($0.deals),
                amount: Wording.amount($0.amount, currency: $0.currency),
                weighted: Wording.amount($0.weightedAmount, currency: $0.currency))
        }
    }

    private static func group(_ value: String, label: String, totals: [ReviewListTotal], rows: [Row]) -> Group {
        let mine = totals.filter { $0.group == value }
        let figures = figures(mine)
        let count = mine.reduce(0) { $0 + $1.deals }
        return Group(
            value: value, label: label, count: count, deals: Wording.deals(count), figures: figures,
            hasFigures: !figures.isEmpty, rows: rows, hasRows: !rows.isEmpty)
    }
}
