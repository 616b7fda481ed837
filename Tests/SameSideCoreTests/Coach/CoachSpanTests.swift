import Testing

@testable import SameSideCore

/// Every finding's `text` is exactly the input's Unicode scalars at `start..<end`.
@Suite struct CoachSpanTests {
    static func slice(_ text: String, _ start: Int, _ end: Int) -> String {
        let scalars = Array(text.unicodeScalars)
        guard start >= 0, end <= scalars.count, start <= end else { return "<out of range \(start)..<\(end)>" }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[start..<end])
        return String(out)
    }

    static let messages: [String] = [
        "🚀🚀 Hey Tyler! Just checking in — any update on the PO? 🙏",
        "Olá José, só queria saber: just checking in on the contract. Our industry-leading platform é ótimo.",
        "Hi Zoë,\r\n\r\nJust checking in on the PO.\r\nWe’d love to close this before our quarter ends.\r\n",
        "Hi Rene\u{301}e, following up: if you sign by Friday I can hold the 10% discount. 👨‍👩‍👧‍👦 Thanks!",
        "ÄRGERLICH: JUST CHECKING IN. Any update on the PO? 日本語のテキスト. Our platform is best-in-class.",
        "\u{FEFF}Hi Ana,\u{00A0}circling back — we’re the #1 rated vendor and this offer expires Friday!",
        "Tab\tseparated\tjust\tchecking\tin\u{2028}our platform\u{2029}trusted by Fortune 500 companies",
    ]

    @Test(arguments: messages)
    func findingTextIsExactlyTheInputSlice(message: String) {
        // Given a message with emoji, accents, combining marks or CRLF
        // When it is coached
        let report = MessageCoach().coach(message)
        // Then it has findings, and each one's text is the input between its scalar offsets
        #expect(!report.findings.isEmpty)
        for finding in report.findings {
            #expect(Self.slice(message, finding.start, finding.end) == finding.text)
            #expect(finding.start < finding.end)
        }
    }

    @Test func offsetsCountUnicodeScalarsNotBytesOrCharacters() {
        // Given a phrase after an emoji (4 bytes, 1 scalar) and a CRLF (2 scalars, 1 Character)
        let message = "😀\r\njust checking in"
        // When
        let report = MessageCoach().coach(message)
        // Then the finding starts after 3 scalars
        let finding = report.findings.first { $0.category == .chasing }
        #expect(finding?.start == 3)
        #expect(finding?.end == 19)
        #expect(finding?.text == "just checking in")
    }

    @Test func transcriptCandidateGoalSpansAreExact() {
        let message =
            "# seller: Dana\r\nDana: What’s the goal? 🙂\r\nMarta: We need first-time fix at 85% by June — it’s 71% now.\r\n"
        let report = MessageCoach().coach(message, kind: .transcript)
        #expect(!report.candidateGoals.isEmpty)
        for goal in report.candidateGoals {
            #expect(Self.slice(message, goal.start, goal.end) == goal.text)
            #expect(goal.speaker == "Marta")
        }
    }
}
