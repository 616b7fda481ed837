/// The review in a few lines, for the demo and for people in a hurry: one line per deal, worst
/// verdict first, naming its high findings.
public enum ReviewDigest {
    /// A heading with the counts per verdict, then one line per deal. Pure.
    public static func render(_ reviews: [DealReview]) -> String {
        var summary = ReviewSummary()
        for review in reviews { summary.add(review) }
        let counts = Verdict.worstFirst.compactMap { verdict -> String? in
            guard let count = summary.byVerdict[verdict], count > 0 else { return nil }
            return "\(count) \(verdict.rawValue)"
        }
        var lines = [
            "Deal review: \(ReviewText.count(summary.deals, "open deal")) — "
                + (counts.isEmpty ? "none" : counts.joined(separator: ", "))
        ]
        let ordered = reviews.enumerated().sorted { lhs, rhs in
            let left = lhs.element.verdict.worstFirstIndex
            let right = rhs.element.verdict.worstFirstIndex
            return left != right ? left < right : lhs.offset < rhs.offset
        }.map(\.element)
        let width = Verdict.allCases.map(\.rawValue.count).max() ?? 0
        for review in ordered {
            let verdict = review.verdict.rawValue
            let padded = verdict + String(repeating: " ", count: max(0, width - verdict.count))
            let highs = review.findings.filter { $0.severity == .high }.map(\.rule.rawValue)
            var detail = highs.isEmpty ? "no high findings" : highs.prefix(3).joined(separator: ", ")
            if highs.count > 3 { detail += " +\(highs.count - 3) more" }
            lines.append("  \(padded)  \(review.name) (\(review.accountName)): \(detail)")
        }
        return lines.joined(separator: "\n")
    }
}
