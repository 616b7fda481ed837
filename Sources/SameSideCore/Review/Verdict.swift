/// The one-word judgement of a deal, from the customer's side.
public enum Verdict: String, ClosedVocabulary {
    case customerPulling = "customer-pulling", progressing, atRisk = "at-risk"
    case pushingTheRope = "pushing-the-rope", notQualified = "not-qualified"

    /// Worst first: the order the text report groups deals in.
    public static let worstFirst: [Verdict] = [.notQualified, .pushingTheRope, .atRisk, .progressing, .customerPulling]

    /// Position in ``worstFirst``.
    public var worstFirstIndex: Int { Verdict.worstFirst.firstIndex(of: self) ?? 0 }

    /// Label for people.
    public var label: String {
        switch self {
        case .customerPulling: return "Customer pulling"
        case .progressing: return "Progressing"
        case .atRisk: return "At risk"
        case .pushingTheRope: return "Pushing the rope"
        case .notQualified: return "Not qualified"
        }
    }
}
