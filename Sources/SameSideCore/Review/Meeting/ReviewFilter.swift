/// Which deals a review report shows: by owner, verdict or stage, and at most the top N of each verdict.
public struct ReviewFilter: Equatable, Sendable {
    /// The deal's owner, compared without regard to case.
    public var owner: String?
    public var verdict: Verdict?
    /// A buyer-verified stage, a ladder rung of the seller's stage, or the seller's stage name as the CRM
    /// spells it; compared without regard to case.
    public var stage: String?
    /// At most this many deals per verdict, those with the most at stake.
    public var top: Int?

    public init(owner: String? = nil, verdict: Verdict? = nil, stage: String? = nil, top: Int? = nil) {
        self.owner = owner
        self.verdict = verdict
        self.stage = stage
        self.top = top
    }

    /// Whether any filter is set.
    public var isEmpty: Bool { owner == nil && verdict == nil && stage == nil && top == nil }

    /// Whether `review` passes the owner, verdict and stage filters (``top`` is applied when ranking). Pure.
    public func admits(_ review: DealReview) -> Bool {
        if let verdict, review.verdict != verdict { return false }
        if let owner, (review.owner ?? "").lowercased() != owner.lowercased() { return false }
        if let stage {
            let wanted = stage.lowercased()
            let names = [
                review.buyerVerifiedStage.rawValue, review.sellerStage?.rawValue, review.sellerStageName?.lowercased(),
            ]
            if !names.contains(wanted) { return false }
        }
        return true
    }

    /// The filters in words, for a report's heading: `owner Sam Rivera, top 5 per verdict`; empty when none.
    public var description: String {
        var parts: [String] = []
        if let owner { parts.append("owner \(owner)") }
        if let verdict { parts.append("verdict \(verdict.rawValue)") }
        if let stage { parts.append("stage \(stage)") }
        if let top { parts.append("top \(top) per verdict") }
        return parts.joined(separator: ", ")
    }
}
