import Foundation
import SameSideCore

/// `sameside coach --batch FILE.jsonl`: one JSON result per input line, in order, streaming.
struct CoachBatch {
    let coach: MessageCoach
    let defaultKind: MessageKind
    let sellers: [String]

    /// Lines coached together; their results are written in input order.
    static let chunkLines = 2048

    /// Coaches every line of `path`; returns how many lines were bad (each reported on stderr with its number).
    ///
    /// Lines are read in chunks and each chunk is split between `threads` workers (one per core by default);
    /// results and error reports come out in input order.
    func run(path: String, threads: Int) throws -> Int {
        let name = InputFile.displayName(path)
        let reader = try LineReader(path: path)
        let writer = StdoutWriter(bufferSize: 1 << 18)
        let workers = max(1, min(threads, 16))
        var lineNumber = 0
        var failures = 0
        var chunk: [(Int, [UInt8], Bool)] = []
        chunk.reserveCapacity(Self.chunkLines)
        func flush() {
            let outputs = process(chunk, workers: workers)
            for output in outputs {
                for (line, message) in output.errors {
                    StandardStreams.error("sameside: \(name): line \(line): \(message)")
                }
                failures += output.errors.count
                writer.write(bytes: output.bytes)
            }
            chunk.removeAll(keepingCapacity: true)
        }
        while var line = try reader.nextLine() {
            lineNumber += 1
            if line.last == 13 { line.removeLast() }
            if lineNumber == 1 && line.starts(with: [0xEF, 0xBB, 0xBF]) { line.removeFirst(3) }
            if line.allSatisfy({ $0 == 32 || $0 == 9 }) { continue }
            chunk.append((lineNumber, line, reader.lastLineTooLong))
            if chunk.count >= Self.chunkLines { flush() }
        }
        flush()
        writer.flush()
        return failures
    }

    /// What one worker produced: result lines and the errors of its bad lines, in order.
    private struct Output {
        var bytes: [UInt8] = []
        var errors: [(Int, String)] = []
    }

    private func process(_ chunk: [(Int, [UInt8], Bool)], workers: Int) -> [Output] {
        guard !chunk.isEmpty else { return [] }
        let count = min(workers, chunk.count)
        var outputs = [Output](repeating: Output(), count: count)
        outputs.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let results = buffer
            DispatchQueue.concurrentPerform(iterations: count) { worker in
                let from = chunk.count * worker / count
                let to = chunk.count * (worker + 1) / count
                var output = Output()
                output.bytes.reserveCapacity((to - from) * 4096)
                for index in from..<to {
                    let (line, bytes, tooLong) = chunk[index]
                    coachLine(line, bytes, tooLong: tooLong, into: &output)
                }
                results[worker] = output
            }
        }
        return outputs
    }

    private func coachLine(_ lineNumber: Int, _ line: [UInt8], tooLong: Bool, into output: inout Output) {
        if tooLong {
            reportError(lineNumber, nil, "line longer than 64 MiB", into: &output)
            return
        }
        if let fast = line.withUnsafeBufferPointer(BatchLineParser.parse), let text = fast.text,
            let kind = fast.kind.map({ MessageKind(rawValue: String(decoding: $0, as: UTF8.self)) }) ?? defaultKind
        {
            let result = text.withUnsafeBufferPointer {
                coach.coach(utf8: $0, kind: kind, context: nil, sellerSpeakers: sellers)
            }
            result.appendJSON(to: &output.bytes, id: fast.id.map { String(decoding: $0, as: UTF8.self) })
            output.bytes.append(10)
            return
        }
        switch parse(line) {
        case .failure(let id, let message):
            reportError(lineNumber, id, message, into: &output)
        case .success(let id, let text, let kind, let lineSellers):
            var text = text
            let result = text.withUTF8 {
                coach.coach(utf8: $0, kind: kind, context: nil, sellerSpeakers: lineSellers ?? sellers)
            }
            result.appendJSON(to: &output.bytes, id: id)
            output.bytes.append(10)
        }
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
            return .failure(
                id: nil, message: "expected a JSON object with a \"text\" field, found \(value.typeDescription)")
        }
        var id: String?
        switch object["id"] {
        case .string(let text)?: id = text
        case .number(let number)?:
            id = number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        case nil, .null?: id = nil
        case let other?:
            return .failure(id: nil, message: "$.id: expected a string or number, found \(other.typeDescription)")
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

    private func reportError(_ line: Int, _ id: String?, _ message: String, into output: inout Output) {
        output.errors.append((line, message))
        var text = "{\"id\":"
        text += id.map(Self.quoted) ?? "null"
        text += ",\"line\":\(line),\"error\":{\"code\":\"bad-input\",\"message\":\(Self.quoted(message))}}\n"
        output.bytes.append(contentsOf: text.utf8)
    }

    private static func quoted(_ text: String) -> String {
        JSONSerializer.serialize(.string(text))
    }
}
