import Testing

@testable import SameSideCore

/// Batch mode's path (one reused workspace, JSON written straight from the analysis) writes exactly what the
/// report path writes.
@Suite struct CoachWorkspaceTests {
    struct Case {
        var text: String
        var kind: MessageKind
        var sellers: [String]
    }

    static func cases() throws -> [Case] {
        var cases = try CoachEvaluationTests.examples().map { Case(text: $0.text, kind: $0.kind, sellers: $0.sellers) }
        cases += CoachSpanTests.messages.map { Case(text: $0, kind: .email, sellers: []) }
        var random = CoachRobustnessTests.SplitMix(state: 7)
        for index in 0..<400 {
            var text = ""
            for _ in 0..<Int(random.next() % 60) {
                text += CoachRobustnessTests.pieces[Int(random.next() % UInt64(CoachRobustnessTests.pieces.count))]
            }
            let kind = MessageKind.allCases[index % MessageKind.allCases.count]
            cases.append(Case(text: text, kind: kind, sellers: index % 3 == 0 ? ["Dana"] : []))
        }
        cases.append(Case(text: CoachJSONTests.pathological, kind: .email, sellers: []))
        cases.append(Case(text: "", kind: .email, sellers: []))
        return cases
    }

    @Test func oneWorkspaceForManyMessagesWritesWhatEachReportWrites() throws {
        // Given many messages of every kind, coached one after another in one workspace
        let coach = MessageCoach()
        var workspace = CoachWorkspace()
        var expected: [UInt8] = []
        let cases = try Self.cases()
        for (index, item) in cases.enumerated() {
            let id = index % 2 == 0 ? "m\(index) \"quoted\"" : nil
            // When each is written as a JSON line
            var text = item.text
            text.withUTF8 { bytes in
                if var id {
                    id.withUTF8 {
                        coach.appendJSONLine(
                            utf8: bytes, kind: item.kind, sellerSpeakers: item.sellers, id: $0, to: &workspace)
                    }
                } else {
                    coach.appendJSONLine(
                        utf8: bytes, kind: item.kind, sellerSpeakers: item.sellers, id: nil, to: &workspace)
                }
            }
            expected += coach.coach(item.text, kind: item.kind, sellerSpeakers: item.sellers).jsonBytes(id: id)
            expected.append(10)
        }
        // Then the lines are byte for byte the reports' JSON
        let written = Array(workspace.output)
        #expect(written.count == expected.count)
        if written != expected {
            let writtenLines = written.split(separator: 10, omittingEmptySubsequences: false)
            let expectedLines = expected.split(separator: 10, omittingEmptySubsequences: false)
            for (index, (a, b)) in zip(writtenLines, expectedLines).enumerated() where a != b {
                let message =
                    "line \(index + 1) differs:\n\(String(decoding: a, as: UTF8.self))\n"
                    + String(decoding: b, as: UTF8.self)
                Issue.record(Comment(rawValue: message))
                break
            }
        }
    }
}
