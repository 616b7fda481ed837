import SameSideCore

/// What the share page shows the customer: their plan, nothing of ours (no findings, notes or amounts).
struct SharePlanView: Sendable {
    struct GoalRow: Sendable {
        var text: String
    }

    struct StepRow: Sendable {
        var title: String
        var owner: String
        var due: String
        var status: String
        var blocker: String?
    }

    var title: String
    var account: String
    var asOf: String
    var health: String
    var goals: [GoalRow]
    var hasGoals: Bool
    var steps: [StepRow]
    var delay: [String]
    var hasDelay: Bool
    /// The token, for the download links (already URL-safe: `SessionTokens.isWellFormed`).
    var token: String

    init(plan: PlanView, token: String) {
        title = plan.dealName
        account = plan.accountName
        asOf = plan.asOf.description
        health = plan.health.status.label
        goals = plan.goals.map { GoalRow(text: PlanExport.goalText($0)) }
        hasGoals = !goals.isEmpty
        steps = plan.steps.map { step in
            StepRow(
                title: step.title, owner: plan.owner(of: step), due: step.due?.description ?? "—",
                status: PlanView.status(of: step), blocker: step.blocker)
        }
        delay = plan.health.customerLines
        hasDelay = !delay.isEmpty
        self.token = token
    }
}
