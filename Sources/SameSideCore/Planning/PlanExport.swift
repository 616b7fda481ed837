/// A plan as Markdown or JSON, so the customer keeps it whatever tool they use. For the customer: no internal
/// step, no finding, no amount of ours.
public enum PlanExport {
    /// The plan as a Markdown document. Pure.
    public static func markdown(_ plan: PlanView) -> String {
        var lines = ["# Plan: \(plan.dealName) — \(plan.accountName)", ""]
        lines.append("As of \(plan.asOf). Plan health: **\(plan.health.status.label)**.")
        lines.append("")
        if !plan.goals.isEmpty {
            lines.append("## Goals this plan serves")
            lines.append("")
            for goal in plan.goals { lines.append("- " + goalLine(goal)) }
            lines.append("")
        }
        lines.append("## Steps")
        lines.append("")
        if plan.steps.isEmpty {
            lines.append("No steps yet.")
        } else {
            lines.append("| Step | Owner | Due | Status | Notes |")
            lines.append("|---|---|---|---|---|")
            for step in plan.steps {
                var notes: [String] = []
                if let blocker = step.blocker { notes.append("blocked by \(blocker)") }
                if let moves = DueDateMoves(step.dueChanges).phrase(customer: plan.accountName) {
                    notes.append("date \(moves)")
                }
                if let after = step.dueAfter, let anchor = plan.steps.first(where: { $0.id == after.step }) {
                    notes.append("due \(after.days) days after \"\(anchor.title)\" is done")
                }
                if step.internal == true { notes.append("internal") }
                let cells = [
                    step.title, plan.owner(of: step), step.due?.description ?? "—", PlanView.status(of: step),
                    notes.joined(separator: "; "),
                ]
                lines.append("| " + cells.map(cell).joined(separator: " | ") + " |")
            }
        }
        let slips = plan.audience == .customer ? plan.health.customerLines : plan.health.sellerLines
        if !slips.isEmpty {
            lines.append("")
            lines.append("## What the delay costs")
            lines.append("")
            for line in slips { lines.append("- " + line) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The plan as one JSON object (stable keys, camelCase; dates `YYYY-MM-DD`). Pure.
    public static func json(_ plan: PlanView) -> JSONObject {
        var out = JSONObject()
        out.append("dealId", .string(plan.dealId.rawValue))
        out.append("deal", .string(plan.dealName))
        out.append("account", .string(plan.accountName))
        out.append("audience", .string(plan.audience.rawValue))
        out.append("asOf", .string(plan.asOf.description))
        out.append("status", .string(plan.health.status.rawValue))
        out.append(
            "goals",
            .array(
                plan.goals.map { goal in
                    var item = JSONObject()
                    item.append("id", .string(goal.id.rawValue))
                    item.append("statement", .string(goal.statement))
                    item.append("metric", goal.metric.map { .string($0) })
                    item.append("baseline", goal.baseline.map { .number($0) })
                    item.append("target", goal.target.map { .number($0) })
                    item.append("due", goal.due.map { .string($0.description) })
                    return .object(item)
                }))
        out.append(
            "steps",
            .array(
                plan.steps.map { step in
                    var item = PipelineEncoder.step(step)
                    item.append("ownerText", .string(plan.owner(of: step)))
                    item.append("uid", .string(PlanCalendar.uid(deal: plan.dealId, step: step.id)))
                    return .object(item)
                }))
        var health = JSONObject()
        health.append("status", .string(plan.health.status.rawValue))
        health.append("currency", .string(plan.health.currency))
        health.append("costOfInactionPerMonth", plan.health.costPerMonth.map { .number($0) })
        health.append(
            "slips",
            .array(
                plan.health.slips.map { slip in
                    var item = JSONObject()
                    item.append("stepId", .string(slip.stepId.rawValue))
                    item.append("due", .string(slip.due.description))
                    item.append("daysLate", .number(Double(slip.daysLate)))
                    item.append("cost", slip.cost.map { .number(($0 * 100).rounded() / 100) } ?? .null)
                    return .object(item)
                }))
        out.append("health", .object(health))
        return out
    }

    /// "Cut unplanned downtime on line 3 — downtime hours per month: 40 → 10 by 2027-06-30". Pure.
    public static func goalText(_ goal: Goal) -> String { goalLine(goal) }

    static func goalLine(_ goal: Goal) -> String {
        var line = goal.statement
        if let metric = goal.metric {
            line += " — \(metric)"
            if let baseline = goal.baseline, let target = goal.target {
                line += ": \(ReviewText.number(baseline)) → \(ReviewText.number(target))"
            } else if let target = goal.target {
                line += ": target \(ReviewText.number(target))"
            }
        }
        if let due = goal.due { line += " by \(due)" }
        return line
    }

    /// A table cell: pipes escaped, line breaks as spaces.
    private static func cell(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "|": out += "\\|"
            case "\n", "\r\n", "\r": out += " "
            default: out.append(character)
            }
        }
        return out
    }
}
