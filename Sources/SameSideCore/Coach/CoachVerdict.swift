/// The coach's one-word judgement of a message: about the customer, about us, or both.
public enum CoachVerdict: String, CaseIterable, Sendable, Equatable {
    case customerCentric = "customer-centric"
    case mixed
    case sellerCentric = "seller-centric"
}
