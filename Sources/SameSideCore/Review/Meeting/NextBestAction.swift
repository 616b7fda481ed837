/// The one thing to do next on a deal, chosen by explicit priorities (docs/review.md, "Next best action").
///
/// The first priority that applies wins: a prospect outside the profile gets the fit question; a paused deal
/// waits for the date the customer set; a silent customer gets one helpful note that asks for nothing; pressure
/// is taken out before anything else is asked; the customer's own reason to change comes before people, people
/// (who can say yes) before the business case, and the case before paper process. Pure.
public struct NextBestAction: Equatable, Sendable {
    /// Why this action comes first.
    public enum Priority: String, CaseIterable, Sendable {
        case fit, paused, silent, pressure, need, power, businessCase = "business-case", process, other, none
    }

    public var priority: Priority
    /// The rule whose action this is; `nil` for a pause or a deal without findings.
    public var rule: RuleID?
    public var text: String

    public init(priority: Priority, rule: RuleID?, text: String) {
        self.priority = priority
        self.rule = rule
        self.text = text
    }

    /// The rules each priority looks at, in the order their actions are preferred.
    public static let rulesByPriority: [(Priority, [RuleID])] = [
        (.fit, ["outside-icp", "no-problem-we-solve"]),
        (.silent, ["seller-chasing", "ghosted", "pause-expired", "no-customer-pull", "stale", "close-date-passed"]),
        (.pressure, ["pressure-language", "discount-to-accelerate"]),
        (.need, ["no-compelling-need", "no-customer-goal", "inaction-cheaper", "need-not-acknowledged"]),
        (.power, ["no-economic-buyer", "no-power", "single-threaded"]),
        (.businessCase, ["no-business-case", "business-case-misses-hurdle", "inaction-cost-unknown"]),
        (
            .process,
            ["no-buying-process", "paper-process-unknown", "steps-overdue", "close-before-steps", "no-next-step"]
        ),
    ]

    /// The next best action for `review`. Pure.
    public static func of(_ review: DealReview) -> NextBestAction {
        func action(for rules: [RuleID]) -> Finding? {
            for rule in rules { if let finding = review.findings.first(where: { $0.rule == rule }) { return finding } }
            return nil
        }
        for (priority, rules) in rulesByPriority {
            if priority == .silent, let pause = review.pause {
                return NextBestAction(priority: .paused, rule: nil, text: waitText(pause))
            }
            if let finding = action(for: rules) {
                return NextBestAction(priority: priority, rule: finding.rule, text: finding.nextAction)
            }
        }
        if let pause = review.pause { return NextBestAction(priority: .paused, rule: nil, text: waitText(pause)) }
        if let first = review.findings.first {
            return NextBestAction(priority: .other, rule: first.rule, text: first.nextAction)
        }
        return NextBestAction(
            priority: .none, rule: nil, text: "Keep to the plan agreed with the customer; nothing needs fixing.")
    }

    /// Whether another finding's action may be shown beside this one without contradicting it: while the customer
    /// is silent or paused, only actions that ask nothing of them (or wait) fit.
    public var allowsOtherActions: Bool { priority != .silent && priority != .paused }

    private static func waitText(_ pause: DealPause) -> String {
        // The reason is in the headline beside it; the action only names the date.
        "Wait until \(pause.until) as the customer asked; prepare what they will need then, and ask for nothing before."
    }
}
