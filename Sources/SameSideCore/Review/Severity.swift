/// How much a finding matters: `high` needs attention before the deal can honestly move.
public enum Severity: String, ClosedVocabulary, Comparable {
    case high, medium, low

    /// 3 for high, 2 for medium, 1 for low.
    public var rank: Int {
        switch self {
        case .high: return 3
        case .medium: return 2
        case .low: return 1
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
