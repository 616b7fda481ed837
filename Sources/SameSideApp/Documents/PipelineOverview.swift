import SameSideCore

/// A readable overview of a pipeline for people: the seller, each customer and their goals, the
/// open deals and what the customer has done on each.
public struct PipelineOverview {
    public let pipeline: Pipeline

    public init(pipeline: Pipeline) { self.pipeline = pipeline }

    public func render() -> String {
        var lines: [String] = []
        let seller = pipeline.seller
        let asOf = pipeline.asOf.map { " as of \($0)" } ?? ""
        lines.append("\(seller?.name ?? "Pipeline")\(asOf) — amounts in \(pipeline.currency)")
        lines.append("")
        if let seller, !seller.problemsWeSolve.isEmpty {
            lines.append("Problems we solve")
            for problem in seller.problemsWeSolve { lines.append("  • \(problem.statement)") }
            lines.append("")
        }
        if let icp = seller?.icp {
            var parts: [String] = []
            if !icp.industries.isEmpty { parts.append(icp.industries.joined(separator: ", ")) }
            if let range = icp.employees {
                parts.append(
                    "\(range.min.map(Self.grouped) ?? "any")–\(range.max.map(Self.grouped) ?? "any") employees")
            }
            if !icp.regions.isEmpty { parts.append(icp.regions.joined(separator: ", ")) }
            lines.append("Ideal customer: " + parts.joined(separator: " · "))
            lines.append("")
        }
        lines.append("Customers and what they are trying to achieve")
        for account in pipeline.accounts {
            var facts = [account.industry, account.employees.map { "\(Self.grouped($0)) employees" }, account.region]
                .compactMap { $0 }
            if facts.isEmpty { facts = ["no profile yet"] }
            lines.append("  \(account.name) — \(facts.joined(separator: ", "))")
            for goal in account.goals { lines.append("    ◦ " + Self.describe(goal)) }
            if account.goals.isEmpty { lines.append("    ◦ no goal known yet") }
        }
        lines.append("")
        let open = pipeline.opportunities.filter { $0.status == .open }
        lines.append("Open deals (\(open.count))")
        let accounts = Dictionary(pipeline.accounts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for deal in open {
            let account = accounts[deal.accountId]?.name ?? deal.accountId.rawValue
            let amount = deal.amount.map { Self.grouped(Int($0.rounded())) } ?? "?"
            let close = deal.closeDate.map { "close \($0)" } ?? "no close date"
            lines.append("  \(deal.name) — \(account)")
            lines.append("      stage \(deal.stage ?? "?") · \(amount) · \(close)")
            let customerSteps = deal.buyingProcess.filter { $0.owner != .seller && $0.internal != true }
            let done = customerSteps.filter(\.isDone).count
            let customerTouches = deal.activities.filter { $0.initiatedBy == .customer }.count
            var evidence = "customer steps done \(done)/\(customerSteps.count) · \(customerTouches) of "
            evidence += "\(deal.activities.count) activities started by the customer"
            if let paused = deal.pausedUntil { evidence += " · paused until \(paused)" }
            lines.append("      " + evidence)
        }
        let won = pipeline.opportunities.filter { $0.status == .won }.count
        let lost = pipeline.opportunities.filter { $0.status == .lost }.count
        lines.append("")
        lines.append("Closed: \(won) won, \(lost) lost.")
        return lines.joined(separator: "\n")
    }

    static func describe(_ goal: Goal) -> String {
        var text = goal.statement
        if let metric = goal.metric {
            let from = goal.baseline.map(Self.number) ?? "?"
            let to = goal.target.map(Self.number) ?? "?"
            text += ": \(metric) \(from) → \(to)"
        }
        if let due = goal.due { text += " by \(due)" }
        switch goal.source {
        case .customerStated?: text += " (customer-stated)"
        case .sellerAssumed?: text += " (our assumption)"
        case nil: break
        }
        return text
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? grouped(Int(value)) : String(value)
    }

    /// 1800 → "1,800".
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return value < 0 ? "-" + out : out
    }
}
