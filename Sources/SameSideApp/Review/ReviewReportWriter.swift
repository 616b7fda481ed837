import SameSideCore

/// Writes reviews in the chosen format through Core's ``SameSideCore/ReviewReport``: JSON streams deal by deal
/// (unless `--top` ranks it); text and Markdown rank the deals of each verdict by what is at stake and are
/// written at the end. Deal texts wait in a temporary file beyond a couple of megabytes, so a million reviewed
/// deals need only a small index entry each in memory.
public struct ReviewReportWriter {
    private let report: ReviewReport
    private let writer: any ReportSink

    /// Counts over the deals shown (after the filters).
    public var summary: ReviewSummary { report.summary }

    /// Starts the report on `writer` (the JSON form writes its opening at once).
    public init(
        format: ReportFormat, asOf: Day, currency: String, color: Bool, view: ReviewView = ReviewView(),
        writer: any ReportSink
    ) {
        let form = ReviewReportOptions.Form(rawValue: format.rawValue) ?? .text
        report = ReviewReport(
            options: ReviewReportOptions(form: form, filter: view.filter, detail: view.detail, color: color),
            asOf: asOf, currency: currency, storage: TemporaryFileSpill())
        self.writer = writer
        writer.write(report.opening)
    }

    /// - Throws: ``AppError/failure(_:)`` when the temporary file for ranking cannot be written.
    public mutating func add(_ review: DealReview) throws {
        let now = try Self.spilling { try report.add(review) }
        if !now.isEmpty { writer.write(now) }
    }

    /// - Throws: ``AppError/failure(_:)`` when the temporary file for ranking cannot be read.
    public func finish() throws {
        try Self.spilling { try report.finish { writer.write(bytes: $0) } }
        writer.flush()
    }

    private static func spilling<T>(_ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch let error as AppError {
            throw error
        } catch {
            throw AppError.failure("review: the temporary file for ranking deals failed: \(error)")
        }
    }
}

/// The review flags that shape the report: `--detail`, `--owner`, `--verdict`, `--stage`, `--top`.
public struct ReviewView: Sendable {
    /// Every finding with all its evidence, questions and actions, instead of the meeting view.
    public var detail: Bool
    public var filter: ReviewFilter

    public init(detail: Bool = false, filter: ReviewFilter = ReviewFilter()) {
        self.detail = detail
        self.filter = filter
    }
}
