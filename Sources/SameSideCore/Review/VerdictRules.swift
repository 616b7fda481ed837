/// How findings and scores become a ``Verdict`` (documented in docs/review.md).
enum VerdictRules {
    /// Rules whose firing means the seller is pushing.
    static let pushSignals: [RuleID] = ["seller-chasing", "discount-to-accelerate", "pressure-language", "ghosted"]

    /// The kinds of facts the health score rests on: unknown ones keep it out of the verdict.
    static let healthNeeds: Set<FactKind> = [.goals, .needToChange]

    /// The verdict, checked in order: not qualified, pushing the rope, at risk, customer pulling,
    /// else progressing. A paused deal, one outside the profile and one whose plan is at risk or stalled are never
    /// `customer-pulling`. Pure.
    static func verdict(input: ReviewInput, scores: ReviewScores, findings: [Finding]) -> Verdict {
        func fired(_ rule: RuleID) -> Bool { findings.contains { $0.rule == rule } }
        let highQualification = findings.contains {
            $0.severity == .high && ($0.rule == "outside-icp" || $0.rule == "no-problem-we-solve")
        }
        if highQualification || scores.fit < 40
            || (fired("no-customer-goal") && fired("no-compelling-need"))
        {
            return .notQualified
        }
        let facts = input.facts
        let window = input.playbook.pullWindowDays
        let recentPull = facts.lastCustomerTouch.map { $0.date.days(until: input.asOf) <= window } ?? false
        let pushes = pushSignals.filter(fired).count
        let gap = facts.sellerStage.map { $0.rank - facts.buyerStage.rank } ?? 0
        if pushes >= 2 || (scores.pressure >= 60 && !recentPull) || (pushes >= 1 && !recentPull && gap >= 2) {
            return .pushingTheRope
        }
        // Health rests on the customer's goals and need to change; a CSV deal whose source never carried them
        // is judged on what is known, not on a health score built from facts nobody has told us yet.
        let healthKnown = input.unknownFacts.isDisjoint(with: Self.healthNeeds)
        if findings.contains(where: { $0.severity == .high }) || (healthKnown && scores.health < 50) {
            return .atRisk
        }
        // A paused deal is honest, not pulling: the customer has asked us to wait. A prospect outside the profile,
        // even in a neighbouring market, is not a customer pulling for what we solve; and a customer whose own
        // steps are blocked or late is stuck, whatever they write.
        if healthKnown, recentPull, !facts.isPaused, scores.pressure < 30, scores.urgency >= 60, scores.alignment >= 60,
            scores.health >= 65,
            gap <= 1, facts.planStatus == .onTrack || facts.planStatus == .none, !fired("outside-icp")
        {
            return .customerPulling
        }
        return .progressing
    }
}
