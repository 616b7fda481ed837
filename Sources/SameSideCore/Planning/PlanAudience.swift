/// Who a plan export is for.
public enum PlanAudience: String, Sendable, CaseIterable {
    /// The customer's buying team: internal steps and our amounts are left out.
    case customer
    /// Us: every step, internal ones marked.
    case seller
}
