/// Counts over a whole review, accumulated one deal at a time (so streaming stays bounded).
public struct ReviewSummary: Equatable, Sendable {
    public private(set) var deals = 0
    public private(set) var byVerdict: [Verdict: Int] = [:]
    public private(set) var bySeverity: [Severity: Int] = [:]
    /// The most severe finding of all deals; `nil` without findings.
    public private(set) var highestSeverity: Severity?
    /// How many deals do not know each kind of fact (their source could not carry it).
    public private(set) var unknownFacts: [FactKind: Int] = [:]

    public init() {}

    /// The pipeline's "what we don't know yet", most important for the customer first: `(kind, deals)`.
    /// Empty when every deal's source could carry every kind of fact (a full pipeline file).
    public var unknownsRanked: [(kind: FactKind, deals: Int)] {
        ReviewRule.unknownsOrder.compactMap { kind in unknownFacts[kind].map { (kind: kind, deals: $0) } }
    }

    /// How many of ``unknownsRanked`` the text and Markdown summaries give with their question; the rest
    /// share one line, so the list stays short.
    public static let unknownsAsked = 4

    /// The question that finds out `kind` across the pipeline: the deal's own question, about "the customer".
    /// Pure.
    public static func question(_ kind: FactKind) -> String { kind.question(customer: "the customer") }

    /// What a kind of fact not known yet is called in the summaries ("their goal and its number"). Pure.
    public static func label(_ kind: FactKind) -> String { kind.unknownLabel }

    /// Counts one reviewed deal. Pure.
    public mutating func add(_ review: DealReview) {
        deals += 1
        byVerdict[review.verdict, default: 0] += 1
        for kind in review.unknownFacts { unknownFacts[kind, default: 0] += 1 }
        for finding in review.findings {
            bySeverity[finding.severity, default: 0] += 1
        }
        if let severity = review.highestSeverity, severity > (highestSeverity ?? .low) || highestSeverity == nil {
            highestSeverity = severity
        }
    }
}
