import Testing

@testable import SameSideCore

@Suite struct JSONParserTests {
    @Test func parsesEveryKindOfValueAndKeepsKeyOrder() throws {
        let value = try JSONParser.parse(
            Array(#"{"b": [1, -2.5, 3e2, true, false, null], "a": "x\n\u00e9\ud83d\ude00"}"#.utf8))
        guard case .object(let object) = value else {
            Issue.record("expected an object")
            return
        }
        #expect(object.keys == ["b", "a"])
        #expect(object["b"] == .array([.number(1), .number(-2.5), .number(300), .bool(true), .bool(false), .null]))
        #expect(object["a"] == .string("x\né😀"))
    }

    @Test(arguments: [
        ("{\"a\": 1,}", 1, 9),
        ("{\n  \"a\": tru\n}", 2, 8),
        ("[1, 2", 1, 6),
        ("{\"a\": \"unterminated}", 1, 7),
        ("{\"a\": 01}", 1, 7),
        ("{} {}", 1, 4),
        ("", 1, 1),
        ("{\"a\": 1, \"a\": 2}", 1, 10),
        ("\"\\x\"", 1, 2),
        ("\"\\ud800\"", 1, 8),
        ("1e999", 1, 1),
    ])
    func malformedJSONIsReportedWithLineAndColumn(text: String, line: Int, column: Int) {
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(Array(text.utf8)) }
        do {
            _ = try JSONParser.parse(Array(text.utf8))
        } catch {
            #expect(error.line == line)
            #expect(error.column == column)
        }
    }

    @Test func nestingDeeperThanTheLimitIsAnErrorNotACrash() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(Array(deep.utf8)) }
        let allowed =
            String(repeating: "[", count: JSONParser.maxDepth) + String(repeating: "]", count: JSONParser.maxDepth)
        #expect((try? JSONParser.parse(Array(allowed.utf8))) != nil)
    }

    @Test func invalidUTF8AndControlCharactersAreRejected() {
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse([0x22, 0xFF, 0x22]) }
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse([0x22, 0x41, 0x0A, 0x22]) }
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse([0x00]) }
    }

    @Test func serializerEscapesAndRoundTrips() throws {
        let original = JSONValue.object([
            "text": .string("quote \" backslash \\ newline \n tab \t bell \u{07} emoji 👩🏽‍💻"),
            "numbers": .array([.number(0), .number(120000), .number(0.6), .number(-1.25e-7)]),
        ])
        for pretty in [false, true] {
            let text = JSONSerializer.serialize(original, pretty: pretty)
            #expect(try JSONParser.parse(Array(text.utf8)) == original)
        }
    }
}
