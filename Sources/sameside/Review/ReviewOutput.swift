import SameSideCore

/// Writes reviews in the chosen format: JSON streams deal by deal; text and Markdown group
/// deals (worst verdict first) and are written at the end. The groups wait in a
/// ``GroupedSpool``, so a million reviewed deals need no more memory than ten.
struct ReviewOutput {
    let format: OutputFormat
    let asOf: Day
    let currency: String
    let color: Bool
    private(set) var summary = ReviewSummary()
    private let writer = StdoutWriter()
    /// Text: one group a verdict, worst first. Markdown: the overview rows of each verdict, then
    /// the deal sections of each verdict.
    private let spool: GroupedSpool?
    private var counts = Array(repeating: 0, count: Verdict.worstFirst.count)

    init(format: OutputFormat, asOf: Day, currency: String, color: Bool) {
        self.format = format
        self.asOf = asOf
        self.currency = currency
        self.color = color
        switch format {
        case .json:
            spool = nil
            writer.write(ReviewJSON.opening(asOf: asOf))
        case .text: spool = GroupedSpool(groups: Verdict.worstFirst.count)
        case .markdown: spool = GroupedSpool(groups: Verdict.worstFirst.count * 2)
        }
    }

    /// - Throws: ``CLIError/failure(_:)`` when the temporary file for grouping cannot be written.
    mutating func add(_ review: DealReview) throws {
        let first = summary.deals == 0
        summary.add(review)
        let group = review.verdict.worstFirstIndex
        counts[group] += 1
        switch format {
        case .json:
            writer.write(ReviewJSON.deal(review, first: first))
        case .text:
            try spool?.append(ReviewTextReport(color: color).deal(review, currency: currency), to: group)
        case .markdown:
            try spool?.append(ReviewMarkdownReport.overviewRow(review, currency: currency), to: group)
            try spool?.append(
                ReviewMarkdownReport.deal(review, currency: currency), to: Verdict.worstFirst.count + group)
        }
    }

    /// - Throws: ``CLIError/failure(_:)`` when the temporary file for grouping cannot be read.
    func finish() throws {
        let groups = Verdict.worstFirst.indices
        switch format {
        case .json:
            writer.write(ReviewJSON.closing(summary: summary, empty: summary.deals == 0))
        case .text:
            let report = ReviewTextReport(color: color)
            writer.write(report.heading(asOf: asOf))
            for group in groups where counts[group] > 0 {
                writer.write(report.group(Verdict.worstFirst[group], count: counts[group]))
                try spool?.drain(group) { writer.write(bytes: $0) }
            }
            writer.write(report.summary(summary))
        case .markdown:
            writer.write(ReviewMarkdownReport.overviewHeading(asOf: asOf))
            for group in groups { try spool?.drain(group) { writer.write(bytes: $0) } }
            for group in groups { try spool?.drain(Verdict.worstFirst.count + group) { writer.write(bytes: $0) } }
            writer.write(ReviewMarkdownReport.summary(summary))
        }
        writer.flush()
    }
}
