import SameSideCore

/// Writes reviews in the chosen format through Core's ``ReviewReport``: JSON streams deal by deal (unless
/// `--top` ranks it); text and Markdown rank the deals of each verdict by what is at stake and are written at
/// the end. Deal texts wait in a temporary file beyond a couple of megabytes, so a million reviewed deals need
/// only a small index entry each in memory.
struct ReviewOutput {
    private let report: ReviewReport
    private let writer = StdoutWriter()

    /// Counts over the deals shown (after the filters).
    var summary: ReviewSummary { report.summary }

    init(format: OutputFormat, asOf: Day, currency: String, color: Bool, view: ReviewView = ReviewView()) {
        let form = ReviewReportOptions.Form(rawValue: format.rawValue) ?? .text
        report = ReviewReport(
            options: ReviewReportOptions(form: form, filter: view.filter, detail: view.detail, color: color),
            asOf: asOf, currency: currency, storage: TemporaryFileSpill())
        writer.write(report.opening)
    }

    /// - Throws: ``CLIError/failure(_:)`` when the temporary file for ranking cannot be written.
    mutating func add(_ review: DealReview) throws {
        let now = try report.add(review)
        if !now.isEmpty { writer.write(now) }
    }

    /// - Throws: ``CLIError/failure(_:)`` when the temporary file for ranking cannot be read.
    func finish() throws {
        try report.finish { writer.write(bytes: $0) }
        writer.flush()
    }
}

/// The review flags that shape the report: `--detail`, `--owner`, `--verdict`, `--stage`, `--top`.
struct ReviewView {
    var detail = false
    var filter = ReviewFilter()
}
