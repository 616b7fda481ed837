/// The result of applying a plan template to a deal: the whole plan, and what changed.
public struct PlanApplication: Equatable, Sendable {
    /// The deal's recorded steps exactly as they were, then the template's new steps in template order.
    public var steps: [BuyingStep]
    /// The ids of the steps the template added.
    public var added: [StepID]
    /// The recorded steps that already stood for a template step (same kind, or same title), left as they were.
    public var kept: [StepID]
    /// What the dates could not honour, for people ("the close date leaves 12 days too few …").
    public var warnings: [String]

    public init(steps: [BuyingStep], added: [StepID], kept: [StepID], warnings: [String]) {
        self.steps = steps
        self.added = added
        self.kept = kept
        self.warnings = warnings
    }
}

/// Why a template cannot be applied to a deal.
public enum PlanApplyError: Error, Equatable, Sendable {
    /// Backwards from the close date, but the deal has none.
    case noCloseDate(DealID)
    /// Backwards from a close date that is already past.
    case closeDatePassed(DealID, Day)

    /// One sentence for people.
    public var message: String {
        switch self {
        case .noCloseDate(let deal):
            return "deal \"\(deal)\" has no close date to plan back from; plan forwards from today instead"
        case .closeDatePassed(let deal, let day):
            return "the close date of deal \"\(deal)\" (\(day)) has passed; plan forwards from today, or move the "
                + "close date first"
        }
    }
}
