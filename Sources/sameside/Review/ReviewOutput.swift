import SameSideCore

/// Writes reviews in the chosen format: JSON streams deal by deal; text and Markdown group
/// deals (worst verdict first) and are written at the end.
struct ReviewOutput {
    let format: OutputFormat
    let asOf: Day
    let currency: String
    let color: Bool
    private(set) var summary = ReviewSummary()
    private let writer = StdoutWriter()
    private var groups: [Verdict: [String]] = [:]
    private var reviews: [DealReview] = []

    init(format: OutputFormat, asOf: Day, currency: String, color: Bool) {
        self.format = format
        self.asOf = asOf
        self.currency = currency
        self.color = color
        if format == .json { writer.write(ReviewJSON.opening(asOf: asOf)) }
    }

    mutating func add(_ review: DealReview) {
        let first = summary.deals == 0
        summary.add(review)
        switch format {
        case .json:
            writer.write(ReviewJSON.deal(review, first: first))
        case .text:
            groups[review.verdict, default: []].append(ReviewTextReport(color: color).deal(review, currency: currency))
        case .markdown:
            reviews.append(review)
        }
    }

    func finish() {
        switch format {
        case .json:
            writer.write(ReviewJSON.closing(summary: summary, empty: summary.deals == 0))
        case .text:
            let report = ReviewTextReport(color: color)
            writer.write(report.heading(asOf: asOf))
            for verdict in Verdict.worstFirst {
                guard let blocks = groups[verdict], !blocks.isEmpty else { continue }
                writer.write(report.group(verdict, count: blocks.count))
                for block in blocks { writer.write(block) }
            }
            writer.write(report.summary(summary))
        case .markdown:
            let ordered = reviews.enumerated().sorted { lhs, rhs in
                let left = lhs.element.verdict.worstFirstIndex
                let right = rhs.element.verdict.worstFirstIndex
                return left != right ? left < right : lhs.offset < rhs.offset
            }.map(\.element)
            writer.write(ReviewMarkdownReport.overview(asOf: asOf, reviews: ordered, currency: currency))
            for review in ordered { writer.write(ReviewMarkdownReport.deal(review, currency: currency)) }
            writer.write(ReviewMarkdownReport.summary(summary))
        }
        writer.flush()
    }
}
