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
    /// The customer's honest pause, when it is still running on the review day.
    public var pause: DealPause? = nil

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
