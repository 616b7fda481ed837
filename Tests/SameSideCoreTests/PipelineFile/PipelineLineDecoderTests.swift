import Testing

@testable import SameSideCore

@Suite struct PipelineLineDecoderTests {
    private func decodeAll(_ text: String) -> [PipelineLineDecoder.LineResult] {
        var decoder = PipelineLineDecoder()
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { offset, line in
            decoder.decode(line: Array(line.utf8), number: offset + 1)
        }
    }

    @Test func problemsNameTheLineAndThePathInsideIt() throws {
        let text = String(decoding: try Fixtures.bytes("broken/lines-order.pipeline.jsonl"), as: UTF8.self)
        let issues = decodeAll(text).flatMap(\.issues)
        #expect(issues.map(\.description).contains("line 2: $.accountId: no account \"a1\""))
        #expect(issues.contains { $0.line == 4 && $0.message.contains("malformed JSON") })
        #expect(issues.contains { $0.line == 5 && $0.path == "$.kind" })
    }

    @Test func validLinesGiveHeaderThenRecords() throws {
        let text = String(decoding: try Fixtures.bytes("valid/minimal.pipeline.jsonl"), as: UTF8.self)
        let items = decodeAll(text).compactMap(\.item)
        #expect(items.count == 3)
        guard case .header = items[0], case .record(.account) = items[1], case .record(.opportunity) = items[2] else {
            Issue.record("unexpected items \(items)")
            return
        }
    }

    @Test func aRecordBeforeTheHeaderIsRejected() {
        let results = decodeAll(#"{"kind": "account", "id": "a1", "name": "x"}"#)
        #expect(results[0].issues.first?.message.contains("header") == true)
    }

    @Test func duplicateDealIdsAcrossLinesAreFoundAtTheEnd() throws {
        // Given a stream where deal o1 comes back on line 4 and again on line 6
        let header = #"{"format": "sameside.pipeline/1"}"#
        let account = #"{"kind": "account", "id": "a1", "name": "A"}"#
        let deal = #"{"kind": "opportunity", "id": "o1", "accountId": "a1", "name": "D"}"#
        let other = #"{"kind": "opportunity", "id": "o2", "accountId": "a1", "name": "E"}"#
        var decoder = PipelineLineDecoder()
        let lines = [header, account, deal, deal, other, deal]
        // When every line is decoded, then the stream is finished
        let results = lines.enumerated().map { decoder.decode(line: Array($1.utf8), number: $0 + 1) }
        let issues = try decoder.finish()
        // Then each line on its own was fine, and the end names both repeats in line order
        #expect(results.allSatisfy { $0.issues.isEmpty })
        #expect(
            issues.map(\.description) == [
                "line 4: $.id: duplicate opportunity id \"o1\" (first at line 3)",
                "line 6: $.id: duplicate opportunity id \"o1\" (first at line 3)",
            ])
    }

    @Test func aStreamWithoutRepeatsFinishesClean() throws {
        var decoder = PipelineLineDecoder()
        _ = decoder.decode(line: Array(#"{"format": "sameside.pipeline/1"}"#.utf8), number: 1)
        _ = decoder.decode(line: Array(#"{"kind": "account", "id": "a1", "name": "A"}"#.utf8), number: 2)
        for number in 3...2_000 {
            let line = #"{"kind": "opportunity", "id": "o\#(number)", "accountId": "a1", "name": "D"}"#
            #expect(decoder.decode(line: Array(line.utf8), number: number).issues.isEmpty)
        }
        #expect(try decoder.finish().isEmpty)
    }
}
