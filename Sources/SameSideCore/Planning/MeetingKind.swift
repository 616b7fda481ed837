/// The kind of meeting a call plan prepares, named after what the customer gets done in it.
public enum MeetingKind: String, ClosedVocabulary {
    case discovery
    case businessCase = "business-case"
    case approval
    case negotiation
    case kickoff

    /// The customer roles this meeting needs in the room.
    public var wantedRoles: [StakeholderRole] {
        switch self {
        case .discovery: return [.champion, .user]
        case .businessCase: return [.champion, .economicBuyer]
        case .approval: return [.economicBuyer, .champion, .procurement]
        case .negotiation: return [.procurement, .legal, .economicBuyer, .champion]
        case .kickoff: return [.champion, .user, .technical]
        }
    }
}
