/// The ladder every deal is placed on twice: once from the seller's stage, once from what the
/// customer has verifiably done.
///
/// The buyer-verified rung is the highest one whose customer evidence is present (see
/// ``BuyerStageEvidence``); the seller's CRM stage is mapped onto the same ladder by
/// ``StageMapping`` so the two can be compared.
public enum BuyerStage: String, ClosedVocabulary, Comparable {
    case prospecting, discovery, qualification, evaluation, proposal, negotiation, closing, committed

    /// 0 for `prospecting` … 7 for `committed`.
    public var rank: Int {
        switch self {
        case .prospecting: return 0
        case .discovery: return 1
        case .qualification: return 2
        case .evaluation: return 3
        case .proposal: return 4
        case .negotiation: return 5
        case .closing: return 6
        case .committed: return 7
        }
    }

    /// What the customer must have done for the deal to stand on this rung.
    public var customerEvidence: String {
        switch self {
        case .prospecting: return "nothing yet from the customer"
        case .discovery: return "the customer has engaged: a reply, a meeting they took part in, or a goal they stated"
        case .qualification:
            return "the customer acknowledged the need to change, or their team agreed the problem (align-team done)"
        case .evaluation:
            return "the customer set success criteria, or an evaluation they own or share has started"
        case .proposal:
            return "the evaluation is done and the customer built or validated the business case"
        case .negotiation: return "management approval or budget is done on the customer's side"
        case .closing: return "the customer's paper process (security, legal, procurement, PO, signature) has started"
        case .committed: return "the purchase order is issued or the contract signed"
        }
    }

    public static func < (lhs: BuyerStage, rhs: BuyerStage) -> Bool { lhs.rank < rhs.rank }
}
