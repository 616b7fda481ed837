/// Where applying a plan template takes its dates from.
public enum PlanAnchor: String, Sendable, CaseIterable {
    /// Backwards from the deal's close date: the steps up to the purchase end on it, later ones follow it.
    case closeDate = "close-date"
    /// Forwards from today (the `asOf` day): every step starts as soon as the steps before it are done.
    case today
}
