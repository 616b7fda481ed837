import Testing

@testable import SameSideCore

@Suite struct CRMRepeatedIDsTests {
    /// A batch of rows with these ids, the first on `line`.
    func batch(_ ids: [String], from line: Int) throws -> CRMDealBatch {
        let mapper = try CRMRowMapper(
            header: ["Opportunity ID", "Opportunity Name", "Account Name", "Stage"], source: .salesforce,
            dateOrder: .mdy)
        let text = String(repeating: "\n", count: line - 1) + ids.map { "\($0),Deal \($0),Acme,Prospecting\n" }.joined()
        var parser = CSVParser()
        var out = CRMDealBatch()
        try parser.feed(Array(text.utf8)) { try mapper.append($0, to: &out) }
        return out
    }

    @Test func repeatsWithinABatchAreNamedAndOnlyAnEarlierBatchsIdsAreMarked() throws {
        // given two batches: the first repeats "a" within itself, the second repeats "b" of the first
        var ids = CRMRepeatedIDs()
        var first = try batch(["a", "b", "a"], from: 2)
        var second = try batch(["c", "b", "b"], from: 5)
        // when both are checked in order
        ids.check(&first)
        ids.check(&second)
        // then each repeat is named with the line it repeats, and only rows of the earlier batch's id are marked
        #expect(ids.count == 3)
        #expect(ids.pairs.map { [$0.line, $0.earlier] } == [[4, 2], [6, 3], [7, 6]])
        #expect(first.rows.map(\.repeatsEarlierBatch) == [false, false, false])
        #expect(second.rows.map(\.repeatsEarlierBatch) == [false, true, true])
        #expect(
            ids.sentence?.hasPrefix("3 rows repeat the deal id of an earlier row in the file: line 4 (like line 2)")
                == true)
    }

    @Test func aFileWithoutRepeatsSaysNothing() throws {
        var ids = CRMRepeatedIDs()
        var only = try batch(["a", "b", "c"], from: 2)
        ids.check(&only)
        #expect(ids.count == 0 && ids.sentence == nil)
        #expect(!only.rows.contains { $0.repeatsEarlierBatch })
    }
}
