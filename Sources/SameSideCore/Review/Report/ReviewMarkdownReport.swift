/// The review as Markdown for a deal-review meeting: an overview table, then per deal the
/// questions to discuss, the agreed next actions and the evidence. Pure.
public enum ReviewMarkdownReport {
    /// Title and overview table of every reviewed deal, in the order given (worst first, usually).
    public static func overview(asOf: Day, reviews: [DealReview], currency: String) -> String {
        overviewHeading(asOf: asOf) + reviews.map { overviewRow($0, currency: currency) }.joined()
    }

    /// The title and the overview table's header, for a report written row by row.
    public static func overviewHeading(asOf: Day) -> String {
        var lines = ["# Deal review — \(asOf)", ""]
        lines.append("| Deal | Account | Amount | Verdict | Seller stage | Buyer-verified | Plan | Health | High |")
        lines.append("|---|---|---:|---|---|---|---|---:|---:|")
        return lines.joined(separator: "\n") + "\n"
    }

    /// One deal's row of the overview table, with its newline.
    public static func overviewRow(_ review: DealReview, currency: String) -> String {
        let highs = review.findings.filter { $0.severity == .high }.count
        let cells = [
            cell(review.name), cell(review.accountName),
            review.amount.map { ReviewText.money($0, review.currency ?? currency) } ?? "—",
            review.verdict.rawValue, cell(review.sellerStageName ?? "—"), review.buyerVerifiedStage.rawValue,
            review.planStatus.label, String(review.scores.health), String(highs),
        ]
        return "| " + cells.joined(separator: " | ") + " |\n"
    }

    /// One deal's agenda section.
    public static func deal(_ review: DealReview, currency: String) -> String {
        var lines = [
            "", "## \(escape(review.name)) — \(escape(review.accountName)) (\(review.verdict.label.lowercased()))", "",
        ]
        var facts = ["**Verdict:** \(review.verdict.rawValue)"]
        if let owner = review.owner { facts.append("**Owner:** \(escape(owner))") }
        if let amount = review.amount {
            facts.append("**Amount:** \(ReviewText.money(amount, review.currency ?? currency))")
        }
        if let close = review.closeDate { facts.append("**Close:** \(close)") }
        lines.append(facts.joined(separator: " · "))
        lines.append("")
        let seller =
            review.sellerStageName.map { "\"\(escape($0))\" (\(review.sellerStage?.rawValue ?? "not on the ladder"))" }
            ?? "none"
        lines.append(
            "**Seller stage:** \(seller) · **Buyer-verified:** \(review.buyerVerifiedStage.rawValue) · "
                + "**Plan:** \(review.planStatus.label)")
        lines.append("")
        let s = review.scores
        let fit = review.fitJudged ? "\(s.fit)" : "?"
        lines.append(
            "**Scores:** health \(s.health), fit \(fit), alignment \(s.alignment), urgency \(s.urgency), "
                + "process \(s.process), stakeholders \(s.stakeholders), business case \(s.businessCase), "
                + "pressure \(s.pressure), customer outcome \(s.customerOutcome)")
        guard !review.findings.isEmpty else {
            lines.append("")
            lines.append("No findings.")
            return lines.joined(separator: "\n") + "\n"
        }
        lines += ["", "### Questions to discuss", ""]
        var seen = Set<String>()
        var number = 0
        for finding in review.findings {
            for question in finding.questions where seen.insert(question).inserted && number < 8 {
                number += 1
                lines.append("\(number). \(escape(question))")
            }
        }
        lines += ["", "### Next actions", ""]
        for finding in review.findings where finding.severity != .low {
            lines.append("- [ ] \(escape(finding.nextAction)) _(\(finding.rule))_")
        }
        lines += ["", "### Findings", ""]
        for finding in review.findings {
            lines.append("- **\(finding.severity.rawValue.uppercased()) · \(finding.rule)** — \(escape(finding.title))")
            for fact in finding.evidence { lines.append("  - \(escape(fact))") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The closing summary.
    public static func summary(_ summary: ReviewSummary) -> String {
        let verdicts = Verdict.worstFirst.compactMap { verdict -> String? in
            guard let count = summary.byVerdict[verdict], count > 0 else { return nil }
            return "\(count) \(verdict.rawValue)"
        }
        var text =
            "\n---\n\n\(ReviewText.count(summary.deals, "deal")) reviewed: "
            + (verdicts.isEmpty ? "none" : verdicts.joined(separator: ", ")) + ".\n"
        let unknowns = summary.unknownsRanked
        if !unknowns.isEmpty {
            text += "\n**What we don't know yet** (ask first what matters most to the customer):\n\n"
            for (kind, deals) in unknowns.prefix(ReviewSummary.unknownsAsked) {
                text +=
                    "- \(kind.unknownLabel): \(ReviewText.count(deals, "deal")) — ask: "
                    + escape(ReviewSummary.question(kind)) + "\n"
            }
            let rest = unknowns.dropFirst(ReviewSummary.unknownsAsked)
            if !rest.isEmpty {
                text +=
                    "- also not known yet: "
                    + rest.map { "\($0.kind.unknownLabel) (\(ReviewText.count($0.deals, "deal")))" }
                    .joined(separator: ", ") + "\n"
            }
        }
        return text
    }

    private static func cell(_ text: String) -> String { escape(text).replacingPipes() }

    /// Escapes the characters Markdown would read as formatting.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            if "*_`[]<>#".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}

extension String {
    fileprivate func replacingPipes() -> String {
        var out = ""
        for character in self {
            if character == "|" { out += "\\|" } else if character == "\n" { out += " " } else { out.append(character) }
        }
        return out
    }
}
