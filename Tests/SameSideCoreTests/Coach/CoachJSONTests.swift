import Testing

@testable import SameSideCore

/// The report's JSON writer grows as it writes, so no input can overrun it.
@Suite struct CoachJSONTests {
    /// A message whose findings are full of bytes that JSON must escape (six bytes out per byte in).
    static let pathological: String = {
        let controls = String(repeating: "\u{1}\"\\\u{1F}", count: 2_000)
        let phrase = "just" + controls + "checking" + controls + "in"
        return String(repeating: phrase + "\n> \u{0}\u{7}\n", count: 40) + "any update?" + controls
    }()

    static func string(_ value: JSONValue?) -> String? {
        if case .string(let text)? = value { return text }
        return nil
    }

    @Test func aWriterStartingWithOneByteGrowsToHoldAPathologicalReport() throws {
        // Given a report on a message whose findings need escaping at every byte, and an id that does too
        let report = MessageCoach().coach(Self.pathological)
        let id = String(repeating: "\"\u{2}\\", count: 5_000)
        #expect(report.metrics.pressureTerms > 0)
        // When it is written into a writer with room for a single byte
        var tiny = JSONText(capacity: 1)
        report.write(into: &tiny, id: id)
        let grown = Array(tiny.bytes)
        // Then the writer grew far past its first capacity (the id alone escapes 15,000 bytes to 50,000) and
        // wrote exactly what jsonBytes writes
        #expect(tiny.capacity >= grown.count)
        #expect(grown.count > 50_000)
        #expect(grown == report.jsonBytes(id: id))
        // And the JSON parses back to the same id and the same finding texts
        guard case .object(let object) = try JSONParser.parse(grown) else {
            Issue.record("not a JSON object")
            return
        }
        #expect(Self.string(object["id"]) == id)
        guard case .array(let findings)? = object["findings"] else {
            Issue.record("no findings array")
            return
        }
        #expect(findings.count == report.findings.count)
        for (value, finding) in zip(findings, report.findings) {
            guard case .object(let item) = value else {
                Issue.record("finding is not an object")
                continue
            }
            #expect(Self.string(item["text"]) == finding.text)
        }
    }

    @Test func numbersAreWrittenAsSwiftWritesThemRoundedToTwoDecimals() {
        // Given whole numbers, numbers that round to whole, tiny negatives and many fractions
        var values: [Double] = [0, -0, 1, -1, 69.999, -0.001, 0.001, 0.005, -0.005, 1e-7, 123_456_789.125, 5e8 + 0.5]
        var random = CoachRobustnessTests.SplitMix(state: 3)
        for _ in 0..<20_000 {
            let scale = [1.0, 100, 10_000, 1e8][Int(random.next() % 4)]
            values.append((Double(random.next() % 2_000_001) / 1_000_000 - 1) * scale)
        }
        for value in values {
            // When each is written
            var out = JSONText(capacity: 1)
            out.number(value)
            // Then the text is what String gives for the value rounded to hundredths (or the whole number)
            let expected =
                value == value.rounded() && abs(value) < 1e9
                ? (value < 0 ? "-" : "") + String(Int(abs(value))) : String((value * 100).rounded() / 100)
            #expect(String(decoding: out.bytes, as: UTF8.self) == expected, "\(value)")
        }
    }

    @Test func writingAfterRemoveAllReusesTheWriter() {
        // Given one writer used for two reports in turn
        let coach = MessageCoach()
        let first = coach.coach(Self.pathological)
        let second = coach.coach("Just checking in on the PO.")
        var out = JSONText(capacity: 16)
        first.write(into: &out, id: "a")
        // When it is cleared and written again
        out.removeAll()
        second.write(into: &out, id: "b")
        // Then it holds only the second report
        #expect(Array(out.bytes) == second.jsonBytes(id: "b"))
    }
}
