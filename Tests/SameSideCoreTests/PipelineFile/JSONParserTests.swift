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

    @Test(
        arguments: [
            [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF0, 0x9F, 0x98],
            [0xE2, 0x82], [0x80], [0xF5, 0x80, 0x80, 0x80], [0x41, 0xC3],
        ] as [[UInt8]])
    func malformedUTF8InsideAStringIsRejected(bytes: [UInt8]) {
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse([0x22] + bytes + [0x22]) }
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse([0x22, 0x5C, 0x6E] + bytes + [0x22]) }
    }

    @Test func utf8CheckAgreesWithTheStandardLibraryOnRandomBytes() {
        // Bytes chosen around every boundary of the UTF-8 table, mixed at random
        let pieces: [UInt8] = [
            0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1,
            0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF,
        ]
        var rng = SplitMix64(seed: 42)
        var disagreements = 0
        var valid = 0
        for _ in 0..<20_000 {
            let bytes = (0..<rng.int(1...6)).map { _ in pieces[rng.int(0...(pieces.count - 1))] }
            let expected = String(validating: bytes, as: UTF8.self) != nil
            if expected { valid += 1 }
            if bytes.withUnsafeBufferPointer(UTF8Check.isValid) != expected { disagreements += 1 }
        }
        #expect(disagreements == 0)
        #expect(valid > 100)
    }

    @Test func wellFormedTextOfEveryLengthParses() throws {
        let text = "Zoë 東京 👩🏽‍💻 a\u{301} \u{10FFFF}"
        #expect(try JSONParser.parse(Array("\"\(text)\"".utf8)) == .string(text))
        #expect(try JSONParser.parse(Array("\"\\n\(text)\"".utf8)) == .string("\n" + text))
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
