/// The habit a rep works on when a kind of finding keeps showing up in their deals. Pure data.
public enum CoachingHabit {
    /// The habit for a point led by `rule` (its family's habit when it has one).
    public static func forRule(_ rule: RuleID) -> String {
        if let family = FindingFamily.of(rule) { return family.habit }
        return byRule[rule] ?? "talk through the finding with the customer and record what they say"
    }

    /// The key a point is counted under: its family, or its rule when it stands alone.
    public static func key(_ rule: RuleID) -> String { FindingFamily.of(rule)?.rawValue ?? rule.rawValue }

    private static let byRule: [RuleID: String] = [
        "no-customer-goal": "tie every deal to a goal the customer stated",
        "goal-assumed": "replace assumed goals with ones the customer says in their own words",
        "goal-unmeasured": "agree a metric and a target for each goal with the customer",
        "inaction-cheaper": "check that changing is worth it to the customer before pursuing the deal",
        "inaction-cost-unknown": "put a number on the cost of doing nothing, from the customer's figures",
        "steps-overdue": "follow up on the customer's overdue steps by helping with them, not by chasing",
        "close-before-steps": "set close dates from the customer's remaining steps",
        "no-next-step": "leave every meeting with a next step the customer owns",
        "stage-ahead-of-evidence": "move a deal's stage only on the customer's evidence",
        "stage-unmapped": "use the stages of the playbook",
        "pause-expired": "reconnect on the date a paused customer set",
        "pricing-not-discussed": "talk about the investment early",
        "red-flags": "follow up on what the customer says is in the way",
        "close-date-slipped": "set close dates the customer agrees to",
        "no-business-case": "build the business case with the customer, in their numbers",
        "business-case-misses-hurdle": "rework a case that misses the customer's hurdles before proposing",
        "steps-not-dated": "date the customer's steps with them",
    ]
}
