import Foundation
import Testing

@testable import SameSideCore

/// Random messages built from tricky pieces never trap, keep exact spans and produce valid JSON.
@Suite struct CoachRobustnessTests {
    static let pieces = [
        "just checking in", "Just Checking In", "any update", "on the PO", "?", "!", ".", "...", ",", ";", ":",
        " ", "  ", "\n", "\r\n", "\n\n", "\t", "> ", "- ", "* ", "• ", "1. ", "“", "”", "\"", "’", "'", "—", "-",
        "our platform", "you’ll love", "your team", "we're", "don't", "haven’t heard back", "sign by Friday",
        "20% off", "#1", "$", "€", "🚀", "👨‍👩‍👧‍👦", "é", "e\u{301}", "İ", "ß", "日本", "\u{0}", "\u{1}", "\u{FEFF}",
        "\u{2028}", "\u{200D}", "\u{FFFD}", "Dana:", "Marta:", "[00:01] Rep:", "# seller: Dana", "On Mon wrote:",
        "From: x", "Sent: y", "-----Original Message-----", "US", "I", "we", "What", "is", "your", "goal",
        "end of the quarter", "discount", "expires", "by", "*", "(", ")", "\\", "/", "0", "42", "3.5", "40,000",
    ]

    struct SplitMix {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test(arguments: MessageKind.allCases)
    func randomMessagesKeepExactSpansAndValidJSON(kind: MessageKind) throws {
        var random = SplitMix(state: 42 &+ UInt64(kind.hashValue & 0xFF))
        let coach = MessageCoach()
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<Int(random.next() % 60) { text += Self.pieces[Int(random.next() % UInt64(Self.pieces.count))] }
            let report = coach.coach(text, kind: kind, sellerSpeakers: random.next() % 2 == 0 ? ["Dana"] : [])
            #expect((0...100).contains(report.score))
            for finding in report.findings {
                #expect(
                    CoachSpanTests.slice(text, finding.start, finding.end) == finding.text, "\(text.debugDescription)")
            }
            for goal in report.candidateGoals {
                #expect(CoachSpanTests.slice(text, goal.start, goal.end) == goal.text)
            }
            let json = report.jsonBytes(id: text)
            #expect(throws: Never.self) { try JSONSerialization.jsonObject(with: Data(json)) }
        }
    }
}
