import SameSideCore

/// Writes reviews in the chosen format: JSON streams deal by deal; text and Markdown group
/// deals (worst verdict first) and are written at the end. The groups wait in a
/// ``GroupedSpool``, so a million reviewed deals need no more memory than ten.
public struct ReviewReport {
    public let format: ReportFormat
    public let asOf: Day
    public let currency: String
    public let color: Bool
    public private(set) var summary = ReviewSummary()
    private let writer: any ReportSink
    /// Text: one group a verdict, worst first. Markdown: the overview rows of each verdict, then
    /// the deal sections of each verdict.
    private let spool: GroupedSpool?
    private var counts = Array(repeating: 0, count: Verdict.worstFirst.count)

    /// Starts the report on `writer` (the JSON form writes its opening at once).
    public init(format: ReportFormat, asOf: Day, currency: String, color: Bool, writer: any ReportSink) {
        self.writer = writer
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

    /// - Throws: ``AppError/failure(_:)`` when the temporary file for grouping cannot be written.
    public mutating func add(_ review: DealReview) throws {
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

    /// - Throws: ``AppError/failure(_:)`` when the temporary file for grouping cannot be read.
    public func finish() throws {
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
