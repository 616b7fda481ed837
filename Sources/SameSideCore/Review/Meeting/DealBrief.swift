/// One deal as a manager sees it in the pipeline meeting: the headline, the next best action, what is at
/// stake, and the review's findings merged so each point is made once. Pure value.
public struct DealBrief: Equatable, Sendable {
    public var review: DealReview
    /// The currency the amount is in: the deal's own when its source named one (empty when it named
    /// none), else the pipeline's.
    public var currency: String
    /// The findings with same-meaning ones merged, most severe first.
    public var points: [MergedFinding]
    public var nextBestAction: NextBestAction

    /// Builds the brief of `review`. Pure.
    public init(_ review: DealReview, currency: String) {
        self.review = review
        self.currency = review.currency ?? currency
        var points = FindingMerger.merge(review.findings)
        let action = NextBestAction.of(review)
        // The point the next best action answers leads, so the reason for the action is the first thing read.
        if let rule = action.rule, let index = points.firstIndex(where: { $0.rules.contains(rule) }), index > 0 {
            points.insert(points.remove(at: index), at: 0)
        }
        self.points = points
        nextBestAction = action
    }

    /// How many rungs the seller's stage is ahead of what the customer's evidence shows (0 when not ahead).
    public var stagesAhead: Int {
        guard let seller = review.sellerStage, review.buyerStageKnown else { return 0 }
        return max(0, seller.rank - review.buyerVerifiedStage.rank)
    }

    /// What is at stake: the amount × (1 + the stages the evidence lags the seller's stage). A deal whose
    /// forecast runs ahead of the customer weighs more than its amount alone; 0 without an amount.
    public var stake: Double { (review.amount ?? 0) * Double(1 + stagesAhead) }

    /// The headline: verdict, amount, owner, the seller's stage beside the buyer-verified one.
    public var headline: String {
        var parts = [review.verdict.rawValue]
        if let amount = review.amount { parts.append(ReviewText.money(amount, currency)) }
        parts.append(review.owner ?? "no owner")
        let seller = review.sellerStage?.rawValue ?? review.sellerStageName.map { "\"\($0)\"" } ?? "no stage"
        let buyer = review.buyerStageKnown ? review.buyerVerifiedStage.rawValue : "?"
        var stages = "seller \(seller) / buyer-verified \(buyer)"
        if stagesAhead > 0 { stages += " (\(ReviewText.count(stagesAhead, "stage")) ahead)" }
        parts.append(stages)
        if let pause = review.pause {
            parts.append(
                "paused until \(pause.until)" + (pause.reason.map { ": \(ReviewText.sentenceFragment($0))" } ?? ""))
        }
        return parts.joined(separator: " · ")
    }

    /// The ranking key within a verdict: more at stake first, then the larger amount, then the deal id. Pure.
    public static func ranksBefore(_ lhs: DealBrief, _ rhs: DealBrief) -> Bool {
        if lhs.stake != rhs.stake { return lhs.stake > rhs.stake }
        let left = lhs.review.amount ?? 0
        let right = rhs.review.amount ?? 0
        if left != right { return left > right }
        return lhs.review.dealId.rawValue < rhs.review.dealId.rawValue
    }
}
