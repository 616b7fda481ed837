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

    @Test func duplicateDealIdsAcrossLinesAreFound() {
        let header = #"{"format": "sameside.pipeline/1"}"#
        let account = #"{"kind": "account", "id": "a1", "name": "A"}"#
        let deal = #"{"kind": "opportunity", "id": "o1", "accountId": "a1", "name": "D"}"#
        let results = decodeAll([header, account, deal, deal].joined(separator: "\n"))
        #expect(
            results[3].issues.first?.description == "line 4: $.id: duplicate opportunity id \"o1\" (first at line 3)")
    }
}
