import SameSideCore

/// The weighting behind the weighted sums of the list pages: a deal's amount × the probability of its
/// **buyer-verified** stage (what the customer has shown, not what the seller's CRM stage claims). SameSide's
/// playbook has no per-stage probabilities, so the table is fixed here and documented in docs/web.md.
public enum StageWeights {
    /// The probability used for `stage`, 0…1. Pure.
    public static func probability(_ stage: BuyerStage) -> Double {
        switch stage {
        case .prospecting: return 0.05
        case .discovery: return 0.10
        case .qualification: return 0.20
        case .evaluation: return 0.35
        case .proposal: return 0.50
        case .negotiation: return 0.70
        case .closing: return 0.85
        case .committed: return 0.95
        }
    }
}
