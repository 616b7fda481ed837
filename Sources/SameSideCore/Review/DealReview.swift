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

    /// The most severe finding's severity; `nil` without findings.
    public var highestSeverity: Severity? { findings.map(\.severity).max() }
}
