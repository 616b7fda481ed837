/// A pressure phrase found in one of the seller's messages.
public struct PressureHit: Sendable, Equatable {
    public var date: Day
    public var phrase: String
    public var stakeholderIds: [StakeholderID]
}

/// A minimal, self-contained pressure check over the seller's outbound message texts.
///
/// Stands in for the message coach's pressure findings; phrases are matched on lowercased
/// ASCII bytes, longest first, without overlaps.
enum PressureScan {
    /// Chasing, seller deadlines, quota talk and discounts tied to signing.
    static let phrases: [String] = [
        "just checking in", "checking in", "just following up", "following up again", "following up",
        "touching base", "any update", "any news on", "where are we on", "where are we with",
        "where is the po", "where's the po", "need it to close", "need this to close", "close this month",
        "close this quarter", "end of the quarter", "end of quarter", "end of the month", "before month end",
        "my quota", "my number", "push it through", "push this through", "sign this week", "sign today",
        "limited time", "offer expires", "last chance", "act now", "take another", "% off",
        "discount if", "if you sign", "if we get the po", "this week?", "i need it",
    ].sorted { $0.utf8.count != $1.utf8.count ? $0.utf8.count > $1.utf8.count : $0 < $1 }

    private static let phraseBytes: [[UInt8]] = phrases.map { Array($0.utf8) }

    /// Hits in the texts of `outreach`, in activity order then position. Pure.
    static func hits(in outreach: [Activity]) -> [PressureHit] {
        var result: [PressureHit] = []
        for activity in outreach {
            guard let text = activity.text, !text.isEmpty else { continue }
            for phrase in matches(in: text) {
                result.append(PressureHit(date: activity.date, phrase: phrase, stakeholderIds: activity.stakeholderIds))
            }
        }
        return result
    }

    /// The phrases found in `text`, in the order they appear. Pure.
    static func matches(in text: String) -> [String] {
        let bytes = text.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        var taken: [(start: Int, end: Int, phrase: Int)] = []
        for (index, phrase) in phraseBytes.enumerated() where phrase.count <= bytes.count {
            var start = 0
            while start + phrase.count <= bytes.count {
                if bytes[start] == phrase[0], matchesAt(bytes, start, phrase) {
                    let end = start + phrase.count
                    if !taken.contains(where: { $0.start < end && start < $0.end }) {
                        taken.append((start, end, index))
                    }
                    start = end
                } else {
                    start += 1
                }
            }
        }
        return taken.sorted { $0.start < $1.start }.map { phrases[$0.phrase] }
    }

    private static func matchesAt(_ bytes: [UInt8], _ start: Int, _ phrase: [UInt8]) -> Bool {
        var offset = 0
        while offset < phrase.count {
            if bytes[start + offset] != phrase[offset] { return false }
            offset += 1
        }
        return true
    }
}
