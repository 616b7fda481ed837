/// A pressure span the message coach found in one of the seller's messages.
public struct PressureHit: Sendable, Equatable {
    public var date: Day
    /// Exactly the words of the message the coach objects to.
    public var phrase: String
    /// The coach's reason: chasing, seller-deadline, discount-for-speed, …
    public var category: CoachFinding.Category
    public var stakeholderIds: [StakeholderID]
}

/// Runs the message coach over the seller's outbound message texts and keeps its pressure findings
/// (through the coach's pressure-only entry, which reports exactly the full coach's pressure findings).
enum PressureScan {
    private static let coach = MessageCoach()

    /// Pressure hits in the texts of `outreach`, in activity order then position. Pure.
    ///
    /// Sellers resend messages (a sequence's follow-ups, the same reminder to every account): the coach's findings
    /// depend only on the text and its kind, so a text judged before, on this deal or another, takes the findings
    /// of its first judging (``PressureMemo``).
    static func hits(in outreach: ActivitySlice, memo: PressureMemo = .shared) -> [PressureHit] {
        var result: [PressureHit] = []
        // One scratch for all of the deal's new messages, made on the first one: the analyzer's arrays are
        // allocated once per deal, and not at all when the memo knows every text.
        var scratch: AnalyzerScratch?
        // Read in place: `for activity in outreach` copied each activity (retaining its strings).
        outreach.forEachPosition { activities, index in
            guard let text = activities[index].text, !text.isEmpty else { return }
            let kind = kind(of: activities[index].type)
            let findings = memo.findings(PressureMemo.Key(text: text, kind: kind)) {
                var judged: [PressureMemo.Finding] = []
                if scratch == nil { scratch = AnalyzerScratch() }
                coach.pressureFindings(in: text, kind: kind, scratch: &scratch!) { category, phrase in
                    judged.append(PressureMemo.Finding(category: category, phrase: phrase))
                }
                return judged
            }
            guard !findings.isEmpty else { return }
            let date = activities[index].date
            let stakeholderIds = activities[index].stakeholderIds
            for finding in findings {
                result.append(
                    PressureHit(
                        date: date, phrase: finding.phrase, category: finding.category, stakeholderIds: stakeholderIds))
            }
        }
        return result
    }

    /// Whether two texts are the same bytes (not merely canonically equal: the hits quote exact bytes). Pure.
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        var a = a
        var b = b
        return a.withUTF8 { x in b.withUTF8 { y in x.elementsEqual(y) } }
    }

    private static func kind(of type: ActivityType?) -> MessageKind {
        switch type {
        case .message?: return .message
        case .call?, .note?, .meeting?: return .note
        case .email?, nil: return .email
        }
    }
}
