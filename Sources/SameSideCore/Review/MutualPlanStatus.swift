/// Where the mutual action plan stands, judged by the customer's own steps.
///
/// `at-risk` when a customer step is 1–6 days overdue or blocked, `stalled` at 7 days or more,
/// `none` when no customer step is known.
public enum MutualPlanStatus: String, ClosedVocabulary {
    case onTrack = "on-track", atRisk = "at-risk", stalled, none

    /// Label for people: "On Track", "At Risk", "Stalled", "No plan".
    public var label: String {
        switch self {
        case .onTrack: return "On Track"
        case .atRisk: return "At Risk"
        case .stalled: return "Stalled"
        case .none: return "No plan"
        }
    }
}
