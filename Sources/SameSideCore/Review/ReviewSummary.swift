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
    public var unknownsRanked: [(kind: FactKind, deals: Int)] {
        ReviewRule.unknownsOrder.compactMap { kind in unknownFacts[kind].map { (kind: kind, deals: $0) } }
    }

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
