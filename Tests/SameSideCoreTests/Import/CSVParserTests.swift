import SameSideCore
import Testing

@Suite struct CSVParserTests {
    /// Parses `text` fed in chunks of `chunk` bytes (to prove records may span chunks).
    func parse(_ text: String, chunk: Int = 3) throws -> [(line: Int, fields: [String])] {
        var parser = CSVParser()
        var out: [(Int, [String])] = []
        let bytes = Array(text.utf8)
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + chunk)
            try parser.feed(bytes[start..<end]) { out.append(($0.line, $0.fields)) }
            start = end
        }
        try parser.finish { out.append(($0.line, $0.fields)) }
        return out
    }

    @Test(arguments: [1, 2, 3, 7, 1000])
    func quotedCommasNewlinesAndEscapedQuotesSurviveAnyChunking(_ chunk: Int) throws {
        let text = "\u{FEFF}a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\r\n2,\"two\nlines\",\r\n3,,last"
        let rows = try parse(text, chunk: chunk)
        #expect(
            rows.map(\.fields) == [
                ["a", "b", "c"], ["1", "x, y", "say \"hi\""], ["2", "two\nlines", ""], ["3", "", "last"],
            ])
        #expect(rows.map(\.line) == [1, 2, 3, 5])
    }

    @Test func blankLinesAreNoRecords() throws {
        #expect(try parse("a\n\n\nb\n").map(\.fields) == [["a"], ["b"]])
    }

    @Test func anUnclosedQuoteNamesTheLineWhereItOpened() throws {
        #expect(throws: CSVError(line: 2, column: 2, kind: .unclosedQuote)) {
            _ = try parse("a,b\n1,\"open\n2,3\n")
        }
    }

    @Test func aNulByteIsRejectedWithItsLine() throws {
        #expect(throws: CSVError(line: 2, column: 1, kind: .nulByte)) {
            _ = try parse("a,b\nx\u{0},y\n")
        }
    }

    @Test func textAfterAClosingQuoteIsRejected() throws {
        #expect(throws: CSVError(line: 1, column: 1, kind: .textAfterClosingQuote)) {
            _ = try parse("\"a\"b,c\n")
        }
    }

    @Test func aRowWiderThanTheLimitIsRejectedEarly() throws {
        var parser = CSVParser(maxColumns: 3)
        #expect(throws: CSVError(line: 1, column: 4, kind: .tooManyColumns(limit: 3))) {
            try parser.feed(Array("a,b,c,d\n".utf8)) { _ in }
        }
    }
}

extension CSVParserTests {
    @Test func withTheHeaderLimitARowWiderThanTheHeaderIsRejectedAtItsFirstExtraColumn() throws {
        var parser = CSVParser(limitToHeaderWidth: true)
        #expect(throws: CSVError(line: 3, column: 3, kind: .tooManyColumns(limit: 2))) {
            try parser.feed(Array("a,b\n1,2\n1,2,3,4,5\n".utf8)) { _ in }
        }
    }
}
