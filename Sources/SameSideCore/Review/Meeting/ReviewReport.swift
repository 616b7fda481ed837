/// How a review is reported: its form, the filters, and whether every detail is shown.
public struct ReviewReportOptions: Equatable, Sendable {
    /// The report's form.
    public enum Form: String, Sendable, CaseIterable {
        case text, json, markdown
    }

    public var form: Form
    public var filter: ReviewFilter
    /// Every finding, question and action instead of the meeting view (text and Markdown).
    public var detail: Bool
    /// ANSI colour in the text form.
    public var color: Bool

    public init(form: Form, filter: ReviewFilter = ReviewFilter(), detail: Bool = false, color: Bool = false) {
        self.form = form
        self.filter = filter
        self.detail = detail
        self.color = color
    }
}

/// Builds a review report deal by deal, so a streamed review never holds every deal: deals pass the filters,
/// are counted into the totals and the per-owner coaching, and wait in ``RankedBlocks`` until
/// ``finish(_:)`` prints them ranked by what is at stake within each verdict, worst verdict first.
///
/// JSON without `top` streams each deal as it comes (file order), as the contract's review JSON always did.
public final class ReviewReport {
    public let options: ReviewReportOptions
    public let asOf: Day
    public let currency: String
    /// Counts over the deals shown.
    public private(set) var summary = ReviewSummary()
    public private(set) var totals = PipelineTotals()
    public private(set) var coaching = OwnerCoaching()
    private let blocks: RankedBlocks?
    private var streamedFirst = true

    /// A report in `options.form` as of `asOf`; deal texts wait in `storage` beyond a couple of megabytes.
    public init(options: ReviewReportOptions, asOf: Day, currency: String, storage: any SpillStorage) {
        self.options = options
        self.asOf = asOf
        self.currency = currency
        let streams = options.form == .json && options.filter.top == nil
        blocks =
            streams
            ? nil : RankedBlocks(groups: Verdict.worstFirst.count, top: options.filter.top, storage: storage)
    }

    /// The text to print before any deal (the JSON opening; nothing for the grouped forms).
    public var opening: String { options.form == .json ? ReviewJSON.opening(asOf: asOf) : "" }

    /// Takes one reviewed deal; returns text to print now (a streamed JSON deal), else "".
    /// - Throws: what the storage throws.
    public func add(_ review: DealReview) throws -> String {
        guard options.filter.admits(review) else { return "" }
        let brief = DealBrief(review, currency: currency)
        summary.add(review)
        totals.add(review, currency: currency)
        coaching.add(brief)
        guard let blocks else {
            defer { streamedFirst = false }
            return ReviewJSON.deal(brief, first: streamedFirst)
        }
        let group = review.verdict.worstFirstIndex
        let stake = brief.stake
        let amount = review.amount ?? 0
        switch options.form {
        case .text:
            let text = ReviewTextReport(color: options.color, detail: options.detail).deal(brief)
            try blocks.add(group: group, stake: stake, amount: amount, first: text)
        case .markdown:
            // The rank number is filled in when printing: the row is stored without it.
            try blocks.add(
                group: group, stake: stake, amount: amount, first: MeetingMarkdown.rankedRow(brief, rank: 0),
                second: MeetingMarkdown.note(brief, detail: options.detail))
        case .json:
            try blocks.add(group: group, stake: stake, amount: amount, first: ReviewJSON.deal(brief, first: true))
        }
        return ""
    }

    /// Writes the rest of the report through `write`, ranked.
    /// - Throws: what the storage throws.
    public func finish(_ write: ([UInt8]) -> Void) throws {
        let groups = Verdict.worstFirst.indices
        func text(_ string: String) { write(Array(string.utf8)) }
        switch options.form {
        case .json:
            var first = streamedFirst
            if let blocks {
                for group in groups {
                    try blocks.forEachRanked(group) { deal, _ in
                        // Stored as a first deal; later ones need the separator.
                        text(first ? "" : ",")
                        write(deal)
                        first = false
                    }
                }
            }
            text(
                ReviewJSON.closing(
                    summary: summary, empty: summary.deals == 0, meeting: meetingJSON))
        case .text:
            let report = ReviewTextReport(color: options.color, detail: options.detail)
            text(report.heading(asOf: asOf, filter: options.filter))
            for group in groups {
                let verdict = Verdict.worstFirst[group]
                guard let blocks, blocks.count(group) > 0, let total = totals.byVerdict[verdict] else { continue }
                text(report.group(verdict, total: total))
                try blocks.forEachRanked(group) { deal, _ in write(deal) }
            }
            text(report.owners(totals: totals, coaching: coaching))
            text(report.summary(summary))
        case .markdown:
            text(MeetingMarkdown.heading(asOf: asOf, filter: options.filter, totals: totals))
            var firstGroup = true
            for group in groups {
                let verdict = Verdict.worstFirst[group]
                guard let blocks, blocks.count(group) > 0, let total = totals.byVerdict[verdict] else { continue }
                text(MeetingMarkdown.rankedGroup(verdict, total: total, first: firstGroup))
                firstGroup = false
                var rank = 0
                try blocks.forEachRanked(group) { row, _ in
                    rank += 1
                    // The row was stored as "| 0 | …": put the rank in.
                    text("| \(rank)")
                    write(Array(row.dropFirst(3)))
                }
            }
            text(MeetingMarkdown.coaching(coaching))
            if summary.deals > 0 { text(MeetingMarkdown.notesHeading) }
            for group in groups {
                try blocks?.forEachRanked(group) { _, note in write(note) }
            }
            text(ReviewMarkdownReport.summary(summary))
        }
    }

    /// `{"totals", "owners"}` for the JSON form.
    private var meetingJSON: JSONValue {
        var object = JSONObject()
        object["filter"] = .string(options.filter.description)
        object["totals"] = totals.json
        object["owners"] = coaching.json
        return .object(object)
    }
}
