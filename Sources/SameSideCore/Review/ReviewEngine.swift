/// Runs the review rules over one deal and judges it.
///
/// The engine is a value: a list of rules. ``review(_:)`` is pure: same input, same output,
/// in the same order.
public struct ReviewEngine: Sendable {
    public let rules: [ReviewRule]

    /// An engine over `rules` (all built-in rules by default).
    public init(rules: [ReviewRule] = ReviewRule.all) {
        self.rules = rules
    }

    /// Reviews one deal: runs every rule the playbook leaves on, applies severity overrides,
    /// scores the deal and gives the verdict. Pure.
    public func review(_ input: ReviewInput) -> DealReview {
        let playbook = input.playbook
        var fired: [Finding] = []
        var ranked = true
        let disabled = playbook.disabledRules
        let overrides = playbook.severityOverrides
        let unknown = input.unknownFacts
        for rule in rules {
            if !disabled.isEmpty && disabled.contains(rule.id) { continue }
            // A rule that needs facts the source never had would report their absence as a fact.
            if !unknown.isEmpty && !RuleNeeds.canJudge(rule.id, unknown: unknown) { continue }
            guard var finding = rule.evaluate(input) else { continue }
            if !overrides.isEmpty, let severity = overrides[rule.id] { finding.severity = severity }
            if let last = fired.last, last.severity < finding.severity { ranked = false }
            fired.append(finding)
        }
        // Most severe first, rule order within a severity. Gathered per severity rather than sorted as
        // (finding, index) pairs: the pairs and the sort copied every finding's strings twice.
        let findings = ranked ? fired : Self.bySeverity(fired)
        let scores = ReviewScores(input: input, findings: findings)
        let verdict = VerdictRules.verdict(input: input, scores: scores, findings: findings)
        return DealReview(
            dealId: input.deal.id, name: input.deal.name, accountId: input.account.id, accountName: input.account.name,
            owner: input.deal.owner, amount: input.deal.amount, closeDate: input.deal.closeDate, verdict: verdict,
            sellerStageName: input.deal.stage, sellerStage: input.facts.sellerStage,
            buyerVerifiedStage: input.facts.buyerStage, buyerStageEvidence: input.facts.buyerStageEvidence,
            planStatus: input.facts.planStatus, scores: scores, findings: findings,
            currency: input.currency, unknownFacts: ReviewRule.unknownsOrder.filter { unknown.contains($0) },
            pause: input.deal.pausedUntil.flatMap {
                $0 > input.asOf ? DealPause(until: $0, reason: input.deal.pauseReason) : nil
            },
            fitJudged: input.seller?.icp != nil || !(input.seller?.problemsWeSolve ?? []).isEmpty)
    }

    /// `findings` most severe first, in their order within a severity (a stable sort by severity). Pure.
    private static func bySeverity(_ findings: [Finding]) -> [Finding] {
        var result: [Finding] = []
        result.reserveCapacity(findings.count)
        for severity in [Severity.high, .medium, .low] {
            for finding in findings where finding.severity == severity { result.append(finding) }
        }
        return result
    }

    /// Reviews one deal of a pipeline. Pure.
    public func review(
        deal: Opportunity, account: Account?, seller: Seller?, playbook: Playbook, asOf: Day, currency: String
    ) -> DealReview {
        review(
            ReviewInput(
                deal: deal, account: account, seller: seller, playbook: playbook, asOf: asOf, currency: currency))
    }

    /// Reviews every open deal of a pipeline in file order. Pure.
    public func review(_ pipeline: Pipeline, playbook: Playbook, asOf: Day) -> [DealReview] {
        var accounts: [AccountID: Account] = [:]
        for account in pipeline.accounts where accounts[account.id] == nil { accounts[account.id] = account }
        return pipeline.opportunities.filter { $0.status == .open }.map { deal in
            review(
                deal: deal, account: accounts[deal.accountId], seller: pipeline.seller, playbook: playbook, asOf: asOf,
                currency: pipeline.currency)
        }
    }
}
