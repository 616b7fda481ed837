/// Which kinds of facts each rule needs before its silence or its finding can mean anything.
///
/// A rule that says "no goal", "no activity for 400 days" or "single-threaded" asserts that something
/// is absent. That is only true when the deal's source could have carried it: after a CSV import,
/// goals, people, steps and activities were never told, so those rules stay silent and the
/// `what-we-dont-know-yet` finding asks for the facts instead (see docs/review.md). Rules not listed
/// here look only at what every source carries (stage, amount, dates) or fire only on facts present.
enum RuleNeeds {
    static let facts: [RuleID: Set<FactKind>] = [
        "no-customer-goal": [.goals], "goal-assumed": [.goals], "goal-unmeasured": [.goals],
        "no-compelling-need": [.needToChange], "inaction-cheaper": [.needToChange],
        "inaction-cost-unknown": [.needToChange], "need-not-acknowledged": [.needToChange],
        "no-buying-process": [.buyingProcess], "paper-process-unknown": [.buyingProcess],
        "steps-overdue": [.buyingProcess], "close-before-steps": [.buyingProcess],
        "no-next-step": [.buyingProcess, .activities],
        "no-customer-step": [.buyingProcess], "customer-steps-on-one-person": [.buyingProcess, .stakeholders],
        "plan-too-long": [.buyingProcess], "steps-worded-for-seller": [.buyingProcess],
        "step-dates-moved": [.buyingProcess],
        "stage-ahead-of-evidence": [.goals, .needToChange, .buyingProcess, .stakeholders],
        "stalled-in-stage": [.history], "close-date-slipped": [.history],
        "single-threaded": [.stakeholders], "not-enough-contacts": [.stakeholders],
        "no-economic-buyer": [.stakeholders], "no-power": [.stakeholders],
        "seller-chasing": [.activities], "ghosted": [.activities], "no-customer-pull": [.activities],
        "stale": [.activities], "pressure-language": [.activities], "pricing-not-discussed": [.activities],
        "discount-to-accelerate": [.discounts],
        "no-business-case": [.businessCase], "business-case-misses-hurdle": [.businessCase],
    ]

    /// Whether `rule` can judge a deal whose facts of the kinds in `unknown` were never told. Pure.
    static func canJudge(_ rule: RuleID, unknown: Set<FactKind>) -> Bool {
        guard !unknown.isEmpty, let needed = facts[rule] else { return true }
        return needed.isDisjoint(with: unknown)
    }
}
