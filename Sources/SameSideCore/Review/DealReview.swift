/// The review of one deal: verdict, stages, plan status, scores and findings.
public struct DealReview: Equatable, Sendable {
    public var dealId: DealID
    public var name: String
    public var accountId: AccountID
    public var accountName: String
    public var owner: String?
    public var amount: Double?
    public var closeDate: Day?
    public var verdict: Verdict
    /// The seller's stage name as the CRM spells it.
    public var sellerStageName: String?
    /// The seller's stage on the ladder.
    public var sellerStage: BuyerStage?
    public var buyerVerifiedStage: BuyerStage
    public var buyerStageEvidence: [String]
    public var planStatus: MutualPlanStatus
    public var scores: ReviewScores
    /// Most severe first, then in rule order.
    public var findings: [Finding]
    /// The currency of ``amount`` as the review labels it; empty when the source named none.
    public var currency: String? = nil
    /// Kinds of facts the deal's source could not carry, most important for the customer first.
    public var unknownFacts: [FactKind] = []
    /// The customer's honest pause, when it is still running on the review day.
    public var pause: DealPause? = nil
    /// Whether fit was judged against something: the seller's Ideal Customer Profile or the problems we solve.
    /// Without either, ``ReviewScores/fit`` holds a neutral 50 and reports show it as not known (`?`).
    public var fitJudged = true

    /// Whether the deal's source could carry (or SameSide has since been told) every kind of fact in `kinds`.
    /// Pure.
    public func knows(_ kinds: [FactKind]) -> Bool { !kinds.contains(where: unknownFacts.contains) }

    /// Whether the buyer-verified stage rests on known facts: the customer's goals, need, people and steps.
    public var buyerStageKnown: Bool { knows([.goals, .needToChange, .buyingProcess, .stakeholders]) }

    /// The most severe finding's severity; `nil` without findings.
    public var highestSeverity: Severity? { findings.map(\.severity).max() }
}

/// A pause the customer asked for: the deal waits until ``until``, for ``reason``.
public struct DealPause: Equatable, Sendable {
    public var until: Day
    public var reason: String?

    public init(until: Day, reason: String?) {
        self.until = until
        self.reason = reason
    }
}
