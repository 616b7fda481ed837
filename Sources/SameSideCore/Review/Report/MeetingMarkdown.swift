/// The review as a Markdown agenda for the Monday pipeline meeting: totals per verdict, owner and stage; the
/// deals of each verdict ranked by what is at stake, one next action each; the coaching summary per owner;
/// then a short note per deal (everything with `detail`). Pure.
public enum MeetingMarkdown {
    /// Title, filters and the totals tables.
    public static func heading(asOf: Day, filter: ReviewFilter, totals: PipelineTotals) -> String {
        var lines = ["# Pipeline meeting — \(asOf)", ""]
        if !filter.isEmpty { lines += ["Showing: \(ReviewMarkdownReport.escape(filter.description)).", ""] }
        lines += ["## Totals", "", "| Verdict | Deals | Amount |", "|---|---:|---:|"]
        for verdict in Verdict.worstFirst {
            guard let total = totals.byVerdict[verdict] else { continue }
            lines.append("| \(verdict.label) | \(total.deals) | \(total.moneyText) |")
        }
        lines.append("| **All** | **\(totals.all.deals)** | **\(totals.all.moneyText)** |")
        lines += ["", "| Owner | Deals | Amount |", "|---|---:|---:|"]
        for owner in totals.ownersByDeals {
            guard let total = totals.byOwner[owner] else { continue }
            lines.append("| \(cell(owner)) | \(total.deals) | \(total.moneyText) |")
        }
        lines += ["", "| Buyer-verified stage | Deals | Amount |", "|---|---:|---:|"]
        for stage in BuyerStage.allCases {
            guard let total = totals.byStage[stage] else { continue }
            lines.append("| \(stage.rawValue) | \(total.deals) | \(total.moneyText) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The header of one verdict's ranked table.
    public static func rankedGroup(_ verdict: Verdict, total: MoneyTotal, first: Bool) -> String {
        var lines = first ? ["", "## Deals by what is at stake"] : []
        lines += [
            "", "### \(verdict.label) — \(total.deals) · \(total.moneyText)", "",
            "| # | Deal | Owner | Amount | Seller / buyer-verified | Next action |", "|---:|---|---|---:|---|---|",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// One deal's row of its verdict's ranked table.
    public static func rankedRow(_ brief: DealBrief, rank: Int) -> String {
        let review = brief.review
        let stages =
            (review.sellerStage?.rawValue ?? review.sellerStageName ?? "—") + " / "
            + review.buyerVerifiedStage.rawValue
            + (brief.stagesAhead > 0 ? " (+\(brief.stagesAhead))" : "")
        let cells = [
            String(rank), "\(cell(review.name)) (\(cell(review.accountName)))", cell(review.owner ?? "—"),
            review.amount.map { ReviewText.money($0, brief.currency) } ?? "—", stages,
            cell(brief.nextBestAction.text),
        ]
        return "| " + cells.joined(separator: " | ") + " |\n"
    }

    /// Each owner's deals, most frequent points and the one habit to work on.
    public static func coaching(_ coaching: OwnerCoaching) -> String {
        let summaries = coaching.summaries()
        guard !summaries.isEmpty else { return "" }
        var lines = [
            "", "## Coaching by owner", "", "| Owner | Deals | Most frequent | Habit to work on |",
            "|---|---:|---|---|",
        ]
        for summary in summaries {
            let frequent = summary.frequent.map { "\($0.key) (\($0.deals))" }.joined(separator: ", ")
            lines.append(
                "| \(cell(summary.owner)) | \(summary.deals) | \(frequent.isEmpty ? "—" : frequent) | "
                    + "\(cell(summary.habit ?? "—")) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The heading before the per-deal notes.
    public static let notesHeading = "\n## Deal notes\n"

    /// One deal's note: headline, next action, the top points (everything with `detail`).
    public static func note(_ brief: DealBrief, detail: Bool) -> String {
        let review = brief.review
        var trimmer = RepeatTrimmer()
        var lines = ["", "### \(escape(review.name)) — \(escape(review.accountName))", ""]
        func add(_ line: String) {
            if detail { lines.append(line) } else if let kept = trimmer.admit(line) { lines.append(kept) }
        }
        add(escape(brief.headline) + (review.closeDate.map { " · close \($0)" } ?? ""))
        lines.append("")
        add("**Next:** " + escape(brief.nextBestAction.text))
        guard !brief.points.isEmpty else { return lines.joined(separator: "\n") + "\n" }
        lines.append("")
        let shown = detail ? brief.points[...] : brief.points.prefix(ReviewTextReport.pointsShown)
        for (index, point) in shown.enumerated() {
            add(
                "- **\(point.severity.rawValue.uppercased())** \(escape(point.title)) "
                    + "_(\(point.rules.map(\.rawValue).joined(separator: ", ")))_")
            let evidence = detail ? point.evidence[...] : point.evidence.prefix(index == 0 ? 2 : 1)
            for fact in evidence { add("  - \(escape(fact))") }
            guard detail else { continue }
            for question in point.questions { add("  - ? \(escape(question))") }
            for action in point.nextActions where action != brief.nextBestAction.text {
                let later = brief.nextBestAction.allowsOtherActions ? "" : "later, once the customer re-engages: "
                add("  - [ ] " + later + escape(action))
            }
        }
        if !detail && brief.points.count > ReviewTextReport.pointsShown {
            let rest = brief.points.dropFirst(ReviewTextReport.pointsShown).flatMap(\.rules).map(\.rawValue)
            add("- \(ReviewText.count(rest.count, "more finding")) with `--detail`: \(rest.joined(separator: ", "))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func escape(_ text: String) -> String { ReviewMarkdownReport.escape(text) }

    private static func cell(_ text: String) -> String {
        var out = ""
        for character in escape(text) {
            if character == "|" { out += "\\|" } else if character == "\n" { out += " " } else { out.append(character) }
        }
        return out
    }
}
