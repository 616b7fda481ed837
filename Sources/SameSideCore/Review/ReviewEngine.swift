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
        var ranked: [(finding: Finding, index: Int)] = []
        let disabled = playbook.disabledRules
        let overrides = playbook.severityOverrides
        for (index, rule) in rules.enumerated() {
            if !disabled.isEmpty && disabled.contains(rule.id) { continue }
            guard var finding = rule.evaluate(input) else { continue }
            if !overrides.isEmpty, let severity = overrides[rule.id] { finding.severity = severity }
            ranked.append((finding, index))
        }
        ranked.sort { lhs, rhs in
            lhs.finding.severity != rhs.finding.severity
                ? lhs.finding.severity > rhs.finding.severity : lhs.index < rhs.index
        }
        let findings = ranked.map(\.finding)
        let scores = ReviewScores(input: input, findings: findings)
        let verdict = VerdictRules.verdict(input: input, scores: scores, findings: findings)
        return DealReview(
            dealId: input.deal.id, name: input.deal.name, accountId: input.account.id, accountName: input.account.name,
            owner: input.deal.owner, amount: input.deal.amount, closeDate: input.deal.closeDate, verdict: verdict,
            sellerStageName: input.deal.stage, sellerStage: input.facts.sellerStage,
            buyerVerifiedStage: input.facts.buyerStage, buyerStageEvidence: input.facts.buyerStageEvidence,
            planStatus: input.facts.planStatus, scores: scores, findings: findings)
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
