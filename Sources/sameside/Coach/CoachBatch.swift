import Foundation
import SameSideCore

/// `sameside coach --batch FILE.jsonl`: one JSON result per input line, in order, streaming.
struct CoachBatch {
    let coach: MessageCoach
    let defaultKind: MessageKind
    let sellers: [String]

    /// Coaches every line of `path`; returns how many lines were bad (each reported on stderr with its number).
    func run(path: String) throws -> Int {
        let name = InputFile.displayName(path)
        let reader = try LineReader(path: path)
        let writer = StdoutWriter(bufferSize: 1 << 18)
        var lineNumber = 0
        var failures = 0
        while var line = try reader.nextLine() {
            lineNumber += 1
            if line.last == 13 { line.removeLast() }
            if line.allSatisfy({ $0 == 32 || $0 == 9 }) { continue }
            if reader.lastLineTooLong {
                failures += 1
                report(name, lineNumber, nil, "line longer than \(reader.maxLineBytes >> 20) MiB", writer)
                continue
            }
            switch parse(line) {
            case .failure(let id, let message):
                failures += 1
                report(name, lineNumber, id, message, writer)
            case .success(let id, let text, let kind, let lineSellers):
                var text = text
                let result = text.withUTF8 {
                    coach.coach(utf8: $0, kind: kind, context: nil, sellerSpeakers: lineSellers ?? sellers)
                }
                writer.write(bytes: result.jsonBytes(id: id))
                writer.write("\n")
            }
        }
        writer.flush()
        return failures
    }

    private enum Parsed {
        case success(id: String?, text: String, kind: MessageKind, sellers: [String]?)
        case failure(id: String?, message: String)
    }

    private func parse(_ line: [UInt8]) -> Parsed {
        let value: JSONValue
        do {
            value = try JSONParser.parse(line)
        } catch {
            return .failure(id: nil, message: "malformed JSON: \(error.message) (column \(error.column))")
        }
        guard case .object(let object) = value else {
            return .failure(id: nil, message: "expected a JSON object with a \"text\" field, found \(value.typeDescription)")
        }
        var id: String?
        switch object["id"] {
        case .string(let text)?: id = text
        case .number(let number)?:
            id = number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        case nil, .null?: id = nil
        case let other?: return .failure(id: nil, message: "$.id: expected a string or number, found \(other.typeDescription)")
        }
        guard case .string(let text)? = object["text"] else {
            let found = object["text"].map { "found \($0.typeDescription)" } ?? "it is missing"
            return .failure(id: id, message: "$.text: expected a string, \(found)")
        }
        var kind = defaultKind
        switch object["kind"] {
        case .string(let name)?:
            guard let parsed = MessageKind(rawValue: name) else {
                let names = MessageKind.allCases.map(\.rawValue).joined(separator: ", ")
                return .failure(id: id, message: "$.kind: expected one of \(names), found \"\(name)\"")
            }
            kind = parsed
        case nil, .null?: break
        case let other?: return .failure(id: id, message: "$.kind: expected a string, found \(other.typeDescription)")
        }
        var lineSellers: [String]?
        if case .array(let items)? = object["sellers"] {
            lineSellers = items.compactMap { if case .string(let s) = $0 { return s } else { return nil } }
        }
        return .success(id: id, text: text, kind: kind, sellers: lineSellers)
    }

    private func report(_ name: String, _ line: Int, _ id: String?, _ message: String, _ writer: StdoutWriter) {
        StandardStreams.error("sameside: \(name): line \(line): \(message)")
        var out = "{\"id\":"
        out += id.map(Self.quoted) ?? "null"
        out += ",\"line\":\(line),\"error\":{\"code\":\"bad-input\",\"message\":\(Self.quoted(message))}}\n"
        writer.write(out)
    }

    private static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
