/// A strict JSON parser (RFC 8259) over UTF-8 bytes that reports where it failed.
///
/// It never traps on bad input: invalid UTF-8, control characters in strings, nesting deeper than
/// ``maxDepth``, duplicate keys and trailing garbage are all reported as ``JSONSyntaxError`` with a
/// 1-based line and column. Pure.
///
/// Why hand-written rather than Foundation's `JSONSerialization` or `JSONDecoder`: those report neither
/// line nor column, stop at the first problem where the pipeline reader lists every problem with its JSON
/// path, silently keep one of two duplicate keys, and lose the keys' order, which the writer keeps so that
/// files come back as they went in. It is also about 2.5 times as fast on this machine (docs/performance.md).
/// The SQL store reads its JSON columns with it too: one parser, one serializer.
public struct JSONParser {
    /// Deeper nesting is rejected, so hostile input cannot exhaust the stack.
    public static let maxDepth = 128

    /// Parses one JSON document that fills `bytes` (whitespace around it allowed).
    /// - Throws: ``JSONSyntaxError`` for anything that is not exactly one valid JSON value.
    public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
        do {
            return try bytes.withUnsafeBufferPointer { buffer in
                var parser = Cursor(bytes: buffer)
                parser.skipWhitespace()
                if parser.offset == buffer.count { throw parser.error("the file is empty; expected a JSON value") }
                let value = try parser.parseValue(depth: 0)
                parser.skipWhitespace()
                if parser.offset != buffer.count {
                    throw parser.error("unexpected \(parser.describeCurrent()) after the end of the JSON value")
                }
                return value
            }
        } catch let error as JSONSyntaxError {
            throw error
        } catch {
            throw JSONSyntaxError(message: "unreadable input", line: 1, column: 1)
        }
    }

    private struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var offset = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        func error(_ message: String, at position: Int? = nil) -> JSONSyntaxError {
            let end = min(position ?? offset, bytes.count)
            var line = 1
            var lineStart = 0
            var index = 0
            while index < end {
                if bytes[index] == 0x0A {
                    line += 1
                    lineStart = index + 1
                }
                index += 1
            }
            // Column in characters, counting each UTF-8 lead byte once.
            var column = 1
            index = lineStart
            while index < end {
                if bytes[index] & 0xC0 != 0x80 { column += 1 }
                index += 1
            }
            return JSONSyntaxError(message: message, line: line, column: column)
        }

        func describeCurrent() -> String {
            guard offset < bytes.count else { return "end of input" }
            let byte = bytes[offset]
            if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
            if byte == 0 { return "NUL byte" }
            return "byte 0x\(String(byte, radix: 16, uppercase: true))"
        }

        mutating func skipWhitespace() {
            while offset < bytes.count {
                switch bytes[offset] {
                case 0x20, 0x0A, 0x0D, 0x09: offset += 1
                default: return
                }
            }
        }

        mutating func parseValue(depth: Int) throws -> JSONValue {
            guard offset < bytes.count else { throw error("unexpected end of input; expected a JSON value") }
            switch bytes[offset] {
            case UInt8(ascii: "{"):
                guard depth < JSONParser.maxDepth else {
                    throw error("nesting deeper than \(JSONParser.maxDepth) levels")
                }
                return try parseObject(depth: depth + 1)
            case UInt8(ascii: "["):
                guard depth < JSONParser.maxDepth else {
                    throw error("nesting deeper than \(JSONParser.maxDepth) levels")
                }
                return try parseArray(depth: depth + 1)
            case UInt8(ascii: "\""):
                return .string(try parseString())
            case UInt8(ascii: "t"):
                try expectLiteral("true")
                return .bool(true)
            case UInt8(ascii: "f"):
                try expectLiteral("false")
                return .bool(false)
            case UInt8(ascii: "n"):
                try expectLiteral("null")
                return .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                return .number(try parseNumber())
            default:
                throw error("unexpected \(describeCurrent()); expected a JSON value")
            }
        }

        mutating func expectLiteral(_ literal: StaticString) throws {
            let start = offset
            let length = literal.utf8CodeUnitCount
            guard offset + length <= bytes.count else { throw error("invalid literal; expected \(literal)", at: start) }
            let pointer = literal.utf8Start
            for i in 0..<length where bytes[offset + i] != pointer[i] {
                throw error("invalid literal; expected \(literal)", at: start)
            }
            offset += length
        }

        mutating func parseObject(depth: Int) throws -> JSONValue {
            offset += 1
            var object = JSONObject()
            // Small objects (the usual case) check duplicates by scanning; large ones by hashing.
            var seen: Set<String>? = nil
            skipWhitespace()
            if offset < bytes.count && bytes[offset] == UInt8(ascii: "}") {
                offset += 1
                return .object(object)
            }
            while true {
                skipWhitespace()
                guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else {
                    throw error("unexpected \(describeCurrent()); expected a quoted key")
                }
                let keyStart = offset
                let key = try parseString()
                let duplicate: Bool
                if seen != nil {
                    // Mutated in place: copying the set out and back would copy it on every key.
                    duplicate = !seen!.insert(key).inserted
                } else if object.count >= 16 {
                    var keys = Set(object.keys)
                    duplicate = !keys.insert(key).inserted
                    seen = keys
                } else {
                    let length = key.utf8.count
                    duplicate = object.members.contains { $0.key.utf8.count == length && $0.key == key }
                }
                if duplicate { throw error("duplicate key \"\(key)\"", at: keyStart) }
                skipWhitespace()
                guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else {
                    throw error("unexpected \(describeCurrent()); expected ':' after the key")
                }
                offset += 1
                skipWhitespace()
                let value = try parseValue(depth: depth)
                object.appendUnchecked(key, value)
                skipWhitespace()
                guard offset < bytes.count else { throw error("unexpected end of input; expected ',' or '}'") }
                if bytes[offset] == UInt8(ascii: ",") {
                    offset += 1
                    continue
                }
                if bytes[offset] == UInt8(ascii: "}") {
                    offset += 1
                    return .object(object)
                }
                throw error("unexpected \(describeCurrent()); expected ',' or '}'")
            }
        }

        mutating func parseArray(depth: Int) throws -> JSONValue {
            offset += 1
            var elements: [JSONValue] = []
            skipWhitespace()
            if offset < bytes.count && bytes[offset] == UInt8(ascii: "]") {
                offset += 1
                return .array(elements)
            }
            while true {
                skipWhitespace()
                elements.append(try parseValue(depth: depth))
                skipWhitespace()
                guard offset < bytes.count else { throw error("unexpected end of input; expected ',' or ']'") }
                if bytes[offset] == UInt8(ascii: ",") {
                    offset += 1
                    continue
                }
                if bytes[offset] == UInt8(ascii: "]") {
                    offset += 1
                    return .array(elements)
                }
                throw error("unexpected \(describeCurrent()); expected ',' or ']'")
            }
        }

        mutating func parseString() throws -> String {
            let start = offset
            offset += 1
            let contentStart = offset
            // Fast path: no escapes, all bytes copied as they are after validation.
            var seen: UInt8 = 0
            while offset < bytes.count {
                let byte = bytes[offset]
                if byte == UInt8(ascii: "\"") {
                    let slice = UnsafeBufferPointer(rebasing: bytes[contentStart..<offset])
                    offset += 1
                    guard seen < 0x80 || UTF8Check.isValid(slice) else {
                        throw error("invalid UTF-8 in a string", at: start)
                    }
                    return String(decoding: slice, as: UTF8.self)
                }
                seen |= byte
                if byte == UInt8(ascii: "\\") { break }
                if byte < 0x20 { throw error("control character in a string; expected it escaped") }
                offset += 1
            }
            guard offset < bytes.count else { throw error("unterminated string", at: start) }
            var scratch = [UInt8](UnsafeBufferPointer(rebasing: bytes[contentStart..<offset]))
            while offset < bytes.count {
                let byte = bytes[offset]
                if byte == UInt8(ascii: "\"") {
                    offset += 1
                    return try scratch.withUnsafeBufferPointer { buffer in
                        guard UTF8Check.isValid(buffer) else { throw error("invalid UTF-8 in a string", at: start) }
                        return String(decoding: buffer, as: UTF8.self)
                    }
                }
                if byte < 0x20 { throw error("control character in a string; expected it escaped") }
                if byte != UInt8(ascii: "\\") {
                    scratch.append(byte)
                    offset += 1
                    continue
                }
                offset += 1
                guard offset < bytes.count else { throw error("unterminated string", at: start) }
                let escape = bytes[offset]
                offset += 1
                switch escape {
                case UInt8(ascii: "\""): scratch.append(0x22)
                case UInt8(ascii: "\\"): scratch.append(0x5C)
                case UInt8(ascii: "/"): scratch.append(0x2F)
                case UInt8(ascii: "b"): scratch.append(0x08)
                case UInt8(ascii: "f"): scratch.append(0x0C)
                case UInt8(ascii: "n"): scratch.append(0x0A)
                case UInt8(ascii: "r"): scratch.append(0x0D)
                case UInt8(ascii: "t"): scratch.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try parseHex4()
                    if (0xD800...0xDBFF).contains(scalar) {
                        guard offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "\\"),
                            bytes[offset + 1] == UInt8(ascii: "u")
                        else { throw error("unpaired surrogate in \\u escape") }
                        offset += 2
                        let low = try parseHex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw error("unpaired surrogate in \\u escape") }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(scalar) {
                        throw error("unpaired surrogate in \\u escape")
                    }
                    guard let unicode = Unicode.Scalar(scalar) else { throw error("invalid \\u escape") }
                    scratch.append(contentsOf: String(Character(unicode)).utf8)
                default:
                    throw error("invalid escape '\\\(Character(Unicode.Scalar(escape)))' in a string", at: offset - 2)
                }
            }
            throw error("unterminated string", at: start)
        }

        mutating func parseHex4() throws -> UInt32 {
            guard offset + 4 <= bytes.count else { throw error("incomplete \\u escape") }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[offset]
                let digit: UInt32
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - 48)
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - 87)
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - 55)
                default: throw error("invalid hex digit in \\u escape")
                }
                value = value << 4 | digit
                offset += 1
            }
            return value
        }

        mutating func parseNumber() throws -> Double {
            let start = offset
            if bytes[offset] == UInt8(ascii: "-") { offset += 1 }
            guard offset < bytes.count, isDigit(bytes[offset]) else { throw error("invalid number", at: start) }
            if bytes[offset] == UInt8(ascii: "0") {
                offset += 1
                if offset < bytes.count, isDigit(bytes[offset]) {
                    throw error("invalid number: leading zero", at: start)
                }
            } else {
                while offset < bytes.count, isDigit(bytes[offset]) { offset += 1 }
            }
            var isInteger = true
            if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
                isInteger = false
                offset += 1
                guard offset < bytes.count, isDigit(bytes[offset]) else {
                    throw error("invalid number: expected a digit after '.'", at: start)
                }
                while offset < bytes.count, isDigit(bytes[offset]) { offset += 1 }
            }
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "e") || bytes[offset] == UInt8(ascii: "E") {
                isInteger = false
                offset += 1
                if offset < bytes.count, bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-") {
                    offset += 1
                }
                guard offset < bytes.count, isDigit(bytes[offset]) else {
                    throw error("invalid number: expected a digit in the exponent", at: start)
                }
                while offset < bytes.count, isDigit(bytes[offset]) { offset += 1 }
            }
            let length = offset - start
            if isInteger && length <= 15 {
                var value: Int64 = 0
                var index = start
                let negative = bytes[index] == UInt8(ascii: "-")
                if negative { index += 1 }
                while index < offset {
                    value = value * 10 + Int64(bytes[index] - 48)
                    index += 1
                }
                return Double(negative ? -value : value)
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
            guard let value = Double(text), value.isFinite else {
                throw error("number out of range", at: start)
            }
            return value
        }

        @inline(__always) func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
    }
}

/// Malformed JSON, with the 1-based line and column where reading stopped.
public struct JSONSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public var line: Int
    public var column: Int

    public init(message: String, line: Int, column: Int) {
        self.message = message
        self.line = line
        self.column = column
    }

    public var description: String { "line \(line), column \(column): malformed JSON: \(message)" }
}
