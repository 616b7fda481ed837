/// The review for people: deals grouped by verdict, worst first; ANSI colour only when asked.
public struct ReviewTextReport: Sendable {
    public var color: Bool

    public init(color: Bool) { self.color = color }

    /// The report's first line.
    public func heading(asOf: Day) -> String { bold("Deal review as of \(asOf)") + "\n" }

    /// The header of one verdict group: `PUSHING THE ROPE (2)`.
    public func group(_ verdict: Verdict, count: Int) -> String {
        "\n" + paint(verdict.label.uppercased() + " (\(count))", Self.verdictColor(verdict)) + "\n"
    }

    /// One deal's block. Pure.
    public func deal(_ review: DealReview, currency: String) -> String {
        var lines: [String] = []
        var headline = "\(review.name) · \(review.accountName)"
        if let amount = review.amount { headline += " · \(ReviewText.money(amount, review.currency ?? currency))" }
        if let owner = review.owner { headline += " · \(owner)" }
        lines.append("")
        lines.append("  " + bold(headline) + "  [\(review.dealId)]")
        let seller =
            review.sellerStageName.map { name in
                "\"\(name)\"" + (review.sellerStage.map { " (\($0.rawValue))" } ?? " (not on the ladder)")
            } ?? "none"
        // What rests on facts the source never had is not known yet, not absent.
        let unknown = Set(review.unknownFacts)
        let buyerStage = unknown.isDisjoint(with: [.goals, .needToChange, .buyingProcess, .stakeholders])
        lines.append(
            "  Stage: \(seller) · buyer-verified: \(buyerStage ? review.buyerVerifiedStage.rawValue : "?")"
                + " · plan: \(unknown.contains(.buyingProcess) ? "?" : review.planStatus.label)"
                + (review.closeDate.map { " · close \($0)" } ?? ""))
        let s = review.scores
        func score(_ value: Int, _ needs: FactKind...) -> String {
            needs.contains(where: unknown.contains) ? "?" : "\(value)"
        }
        lines.append(
            "  Health \(score(s.health, .goals, .needToChange)) · fit \(s.fit) · alignment \(score(s.alignment, .goals))"
                + " · urgency \(score(s.urgency, .needToChange)) · process \(score(s.process, .buyingProcess))"
                + " · stakeholders \(score(s.stakeholders, .stakeholders))"
                + " · business case \(score(s.businessCase, .businessCase)) · pressure \(score(s.pressure, .activities))"
                + " · customer outcome \(score(s.customerOutcome, .goals))")
        if review.findings.isEmpty { lines.append("  No findings.") }
        for finding in review.findings {
            let tag = paint("[\(finding.severity.rawValue.uppercased())]", Self.severityColor(finding.severity))
            lines.append("  \(tag) \(finding.title) (\(finding.rule))")
            for fact in finding.evidence { lines.append("      · \(fact)") }
            for question in finding.questions { lines.append("      ? \(question)") }
            lines.append("      → \(finding.nextAction)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The closing summary line.
    public func summary(_ summary: ReviewSummary) -> String {
        let verdicts = Verdict.worstFirst.compactMap { verdict -> String? in
            guard let count = summary.byVerdict[verdict], count > 0 else { return nil }
            return "\(count) \(verdict.rawValue)"
        }
        let severities = Severity.allCases.map { "\(summary.bySeverity[$0] ?? 0) \($0.rawValue)" }
        var text =
            "\n" + bold("\(ReviewText.count(summary.deals, "deal")) reviewed") + ": "
            + (verdicts.isEmpty ? "none" : verdicts.joined(separator: ", "))
            + " · findings: " + severities.joined(separator: ", ") + "\n"
        let unknowns = summary.unknownsRanked
        if !unknowns.isEmpty {
            text += bold("What we don't know yet") + " (ask first what matters most to the customer):\n"
            for (kind, deals) in unknowns {
                text += "  · \(kind.unknownLabel): \(ReviewText.count(deals, "deal"))\n"
            }
        }
        return text
    }

    private static func verdictColor(_ verdict: Verdict) -> String {
        switch verdict {
        case .notQualified, .pushingTheRope: return "31"
        case .atRisk: return "33"
        case .progressing: return "36"
        case .customerPulling: return "32"
        }
    }

    private static func severityColor(_ severity: Severity) -> String {
        switch severity {
        case .high: return "31"
        case .medium: return "33"
        case .low: return "36"
        }
    }

    private func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[1;\(code)m\(text)\u{1B}[0m" : text
    }

    private func bold(_ text: String) -> String { color ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
}
