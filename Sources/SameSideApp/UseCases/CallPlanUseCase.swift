import SameSideCore

/// The plan for the next meeting with the customer, from the deal's gaps and its review.
public struct CallPlanUseCase: Sendable {
    public var playbook: Playbook

    public init(playbook: Playbook = .standard) { self.playbook = playbook }

    /// The plan for `selected`'s next meeting (`meeting`, or the one the deal needs next). Pure.
    public func plan(for selected: SelectedDeal, meeting: MeetingKind?) -> CallPlan {
        let review = ReviewEngine().review(
            deal: selected.deal, account: selected.account, seller: selected.header.seller, playbook: playbook,
            asOf: selected.asOf, currency: selected.header.currency)
        return CallPlanner().plan(
            deal: selected.deal, account: selected.account, asOf: selected.asOf, meeting: meeting,
            findings: review.findings)
    }

    /// The plan in `format`. Pure.
    public static func render(_ plan: CallPlan, format: ReportFormat) -> String {
        switch format {
        case .json: return JSONSerializer.serialize(.object(plan.jsonObject), pretty: true) + "\n"
        case .text: return DocumentRenderer.text(CallPlanDocument.make(plan))
        case .markdown: return DocumentRenderer.markdown(CallPlanDocument.make(plan))
        }
    }
}
