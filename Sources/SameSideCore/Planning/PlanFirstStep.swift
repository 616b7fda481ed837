/// What comes before the planned meeting when the deal's state says the meeting cannot simply be booked:
/// a silent customer is re-engaged first, a paused deal waits for the date the customer set, and an
/// out-of-profile prospect is asked the fit question before anything else.
public struct PlanFirstStep: Equatable, Sendable {
    /// Which state of the deal the step answers.
    public enum Kind: String, Sendable, CaseIterable {
        case reEngage = "re-engage"
        case wait
        case checkFit = "check-fit"
    }

    public var kind: Kind
    /// What to do, in one or two sentences.
    public var text: String

    public init(kind: Kind, text: String) {
        self.kind = kind
        self.text = text
    }

    /// The first step for `deal` as of `asOf`, given the planner's gaps and the review's findings; `nil` when
    /// the meeting can be planned straight away. Fit comes first, then a pause, then silence. Pure.
    static func of(
        deal: Opportunity, account: Account, asOf: Day, gaps: [DealGap], findings: [Finding]
    ) -> PlanFirstStep? {
        let champion = account.stakeholders.first { $0.roles.contains(.champion) }?.name ?? "your contact"
        if let fit = findings.first(where: { $0.rule == "outside-icp" || $0.rule == "no-problem-we-solve" }) {
            let question = fit.questions.first.map { " Ask first: \($0)" } ?? ""
            return PlanFirstStep(
                kind: .checkFit,
                text: "Settle fit before anything else — \(fit.title.prefix(1).lowercased() + fit.title.dropFirst())."
                    + question + " If it does not fit, say so and stop.")
        }
        if deal.status == .open, let until = deal.pausedUntil, until > asOf {
            let reason = deal.pauseReason.map { " (\(ReviewText.sentenceFragment($0)))" } ?? ""
            return PlanFirstStep(
                kind: .wait,
                text: "Wait until \(until) as \(account.name) asked\(reason). Ask for nothing before; the meeting "
                    + "below is for after that date.")
        }
        let silent =
            gaps.contains { $0.kind == .customerSilent }
            || findings.contains { ["seller-chasing", "ghosted"].contains($0.rule.rawValue) }
        if deal.status == .open, silent {
            let goal = deal.goalIds.compactMap { account.goal($0) }.first.map { " with \"\($0.statement)\"" } ?? ""
            return PlanFirstStep(
                kind: .reEngage,
                text: "Re-engage first: send \(champion) one short note that helps\(goal) and asks for nothing. "
                    + "Book the meeting below only once they reply.")
        }
        return nil
    }
}
