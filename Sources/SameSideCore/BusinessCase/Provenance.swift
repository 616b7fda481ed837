/// Where a number in the business case came from, shown beside it so management can weigh it.
public enum Provenance: String, Equatable, Sendable {
    /// The customer said it, or validated it.
    case customerStated = "customer-stated"
    /// The seller estimated it; the customer has not confirmed it.
    case sellerEstimated = "seller-estimated"
    /// A price from the supplier's quote.
    case quote

    /// The marker printed beside the number.
    public var label: String {
        switch self {
        case .customerStated: return "customer-stated"
        case .sellerEstimated: return "supplier estimate – to be confirmed"
        case .quote: return "supplier quote"
        }
    }
}
