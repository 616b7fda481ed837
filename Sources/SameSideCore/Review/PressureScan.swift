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
    static func hits(in outreach: [Activity]) -> [PressureHit] {
        var result: [PressureHit] = []
        // One scratch for all of the deal's messages: the analyzer's arrays are allocated once per deal.
        var scratch = AnalyzerScratch()
        // Read in place through a buffer: `for activity in outreach` copied each activity (retaining its strings).
        outreach.withUnsafeBufferPointer { activities in
            for index in activities.indices {
                guard let text = activities[index].text, !text.isEmpty else { continue }
                let kind = kind(of: activities[index].type)
                coach.pressureFindings(in: text, kind: kind, scratch: &scratch) { category, phrase in
                    result.append(
                        PressureHit(
                            date: activities[index].date, phrase: phrase, category: category,
                            stakeholderIds: activities[index].stakeholderIds))
                }
            }
        }
        return result
    }

    private static func kind(of type: ActivityType?) -> MessageKind {
        switch type {
        case .message?: return .message
        case .call?, .note?, .meeting?: return .note
        case .email?, nil: return .email
        }
    }
}
