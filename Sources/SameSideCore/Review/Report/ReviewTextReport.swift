/// The review for people: deals grouped by verdict, worst first, ranked by what is at stake; ANSI colour only
/// when asked.
///
/// The default view is for the pipeline meeting: per deal the headline, the one next best action and at most
/// three points (findings merged so each is made once). `detail` keeps every finding, question and action.
public struct ReviewTextReport: Sendable {
    public var color: Bool
    /// Every finding with all its evidence, questions and actions, instead of the meeting view.
    public var detail: Bool

    public init(color: Bool, detail: Bool = false) {
        self.color = color
        self.detail = detail
    }

    /// Points shown per deal in the default view.
    public static let pointsShown = 3

    /// The report's first line, with the filters in use.
    public func heading(asOf: Day, filter: ReviewFilter = ReviewFilter()) -> String {
        bold("Deal review as of \(asOf)") + (filter.isEmpty ? "" : " (\(filter.description))") + "\n"
    }

    /// The header of one verdict group: `PUSHING THE ROPE (2 · USD 300,000)`.
    public func group(_ verdict: Verdict, total: MoneyTotal) -> String {
        "\n" + paint(verdict.label.uppercased() + " (\(total.deals) · \(total.moneyText))", Self.verdictColor(verdict))
            + "\n"
    }

    /// The header of one verdict group: `PUSHING THE ROPE (2)`.
    public func group(_ verdict: Verdict, count: Int) -> String {
        "\n" + paint(verdict.label.uppercased() + " (\(count))", Self.verdictColor(verdict)) + "\n"
    }

    /// One deal's block in the full (detail) form. Pure.
    public func deal(_ review: DealReview, currency: String) -> String {
        ReviewTextReport(color: color, detail: true).deal(DealBrief(review, currency: currency))
    }

    /// One deal's block. Pure.
    public func deal(_ brief: DealBrief) -> String {
        let review = brief.review
        var trimmer = RepeatTrimmer()
        var lines = ["", "  " + bold("\(review.name) · \(review.accountName)") + "  [\(review.dealId)]"]
        func add(_ line: String) {
            if detail { lines.append(line) } else if let kept = trimmer.admit(line) { lines.append(kept) }
        }
        add("  " + brief.headline + (review.closeDate.map { " · close \($0)" } ?? ""))
        add("  Next: " + brief.nextBestAction.text)
        if detail {
            // What rests on facts the source never had is not known yet, not absent: shown as `?`.
            let s = review.scores
            func score(_ value: Int, _ needs: FactKind...) -> String { review.knows(needs) ? "\(value)" : "?" }
            add(
                "  Plan: \(review.knows([.buyingProcess]) ? review.planStatus.label : "?")"
                    + " · health \(review.knows(Array(VerdictRules.healthNeeds)) ? "\(s.health)" : "?") · fit \(review.fitJudged ? "\(s.fit)" : "?")"
                    + " · alignment \(score(s.alignment, .goals)) · urgency \(score(s.urgency, .needToChange))"
                    + " · process \(score(s.process, .buyingProcess)) · stakeholders \(score(s.stakeholders, .stakeholders))"
                    + " · business case \(score(s.businessCase, .businessCase)) · pressure \(score(s.pressure, .activities))"
                    + " · customer outcome \(score(s.customerOutcome, .goals))")
        }
        if brief.points.isEmpty { add("  No findings.") }
        let shown = detail ? brief.points[...] : brief.points.prefix(Self.pointsShown)
        for (index, point) in shown.enumerated() {
            let tag = paint("[\(point.severity.rawValue.uppercased())]", Self.severityColor(point.severity))
            add("  \(tag) \(point.title) (\(point.rules.map(\.rawValue).joined(separator: ", ")))")
            let evidence = detail ? point.evidence[...] : point.evidence.prefix(index == 0 ? 2 : 1)
            for fact in evidence { add("      · \(fact)") }
            guard detail else { continue }
            for question in point.questions { add("      ? \(question)") }
            for action in point.nextActions where action != brief.nextBestAction.text {
                let later = brief.nextBestAction.allowsOtherActions ? "" : "later, once the customer re-engages: "
                add("      → " + later + action)
            }
        }
        if !detail && brief.points.count > Self.pointsShown {
            let rest = brief.points.dropFirst(Self.pointsShown).flatMap(\.rules).map(\.rawValue)
            add("  + \(ReviewText.count(rest.count, "more finding")): \(rest.joined(separator: ", ")) (--detail)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Totals per owner and the coaching summary, after the deals.
    public func owners(totals: PipelineTotals, coaching: OwnerCoaching) -> String {
        guard !totals.byOwner.isEmpty else { return "" }
        var lines = ["", bold("By owner")]
        let summaries = Dictionary(coaching.summaries().map { ($0.owner, $0) }, uniquingKeysWith: { a, _ in a })
        for owner in totals.ownersByDeals {
            guard let total = totals.byOwner[owner] else { continue }
            var line = "  \(owner): \(ReviewText.count(total.deals, "deal")) · \(total.moneyText)"
            if let summary = summaries[owner], let habit = summary.habit {
                let frequent = summary.frequent.map { "\($0.key) \($0.deals)" }.joined(separator: ", ")
                line += " · most frequent: \(frequent) · habit to work on: \(habit)"
            }
            lines.append(line)
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
            for (kind, deals) in unknowns.prefix(ReviewSummary.unknownsAsked) {
                text +=
                    "  · \(kind.unknownLabel): \(ReviewText.count(deals, "deal")) — ask: "
                    + ReviewSummary.question(kind) + "\n"
            }
            let rest = unknowns.dropFirst(ReviewSummary.unknownsAsked)
            if !rest.isEmpty {
                text +=
                    "  · also not known yet: "
                    + rest.map { "\($0.kind.unknownLabel) (\(ReviewText.count($0.deals, "deal")))" }
                    .joined(separator: ", ") + "\n"
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
