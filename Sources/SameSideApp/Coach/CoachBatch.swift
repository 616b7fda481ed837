import Foundation
import SameSideCore
import Synchronization

/// `sameside coach --batch FILE.jsonl`: one JSON result per input line, in order, streaming.
///
/// For throughput on the command line it runs its own worker threads; a request handler coaches one message
/// with ``CoachUseCase`` instead.
public struct CoachBatch {
    let coach: MessageCoach
    let defaultKind: MessageKind
    let sellers: [String]

    public init(coach: MessageCoach, defaultKind: MessageKind, sellers: [String]) {
        self.coach = coach
        self.defaultKind = defaultKind
        self.sellers = sellers
    }

    /// Coaches every line of `source`; returns how many lines were bad. Results go to `output` in input order;
    /// each bad line is also handed to `problem` as `NAME: line N: what is wrong`.
    ///
    /// The input is read in blocks of whole lines; each block is cut at line ends into pieces (several per
    /// worker), the workers (one per core by default) take the next unclaimed piece until none is left, each
    /// coaching into its own reusable workspace, and the pieces' results and error reports are written out in
    /// input order. Small pieces taken in turn keep both cores busy to the end of a block, where one share
    /// per worker left one core waiting for the other.
    public func run(
        source: any ByteSource, threads: Int, output: (UnsafeBufferPointer<UInt8>) -> Void,
        problem: (String) -> Void
    ) throws -> Int {
        let name = source.name
        let reader = BatchBlockReader(source: source)
        let workers = (0..<max(1, min(threads, 16))).map {
            BatchWorker(batch: self, coach: $0 == 0 ? coach : coach.withOwnTables())
        }
        var lineNumber = 0
        var failures = 0
        func report(_ worker: BatchWorker, _ piece: BatchWorker.Piece) {
            for (line, message) in worker.errors[piece.errors] {
                problem("\(name): line \(line): \(message)")
            }
            failures += piece.errors.count
            output(UnsafeBufferPointer(rebasing: worker.workspace.output[piece.output]))
        }
        while let block = try reader.next() {
            for worker in workers { worker.reset() }
            switch block {
            case .tooLong:
                lineNumber += 1
                let worker = workers[0]
                worker.reportError(lineNumber, nil, "line longer than 64 MiB")
                report(worker, worker.finishPiece(0))
            case .lines(let range):
                let bytes = reader.bytes(range)
                let pieces = Self.shares(
                    of: bytes, count: workers.count == 1 ? 1 : workers.count * Self.piecesPerWorker,
                    firstLine: lineNumber + 1)
                nonisolated(unsafe) let input = bytes
                let nextPiece = Atomic<Int>(0)
                DispatchQueue.concurrentPerform(iterations: min(workers.count, pieces.count)) { index in
                    let worker = workers[index]
                    while true {
                        let piece = nextPiece.wrappingAdd(1, ordering: .relaxed).oldValue
                        guard piece < pieces.count else { break }
                        worker.coach(input, pieces[piece].range, firstLine: pieces[piece].firstLine)
                        _ = worker.finishPiece(piece)
                    }
                }
                var done = [(worker: Int, piece: Int)](repeating: (0, 0), count: pieces.count)
                for (w, worker) in workers.enumerated() {
                    for (k, piece) in worker.pieces.enumerated() { done[piece.index] = (w, k) }
                }
                for (w, k) in done { report(workers[w], workers[w].pieces[k]) }
                lineNumber = pieces.last.map { $0.firstLine + $0.lines - 1 } ?? lineNumber
            }
        }
        return failures
    }

    /// Pieces per worker in a block: enough that the last piece is short, few enough that claiming and
    /// writing them costs nothing measurable (a 4 MiB block makes pieces of about 256 KiB on two cores).
    static let piecesPerWorker = 8

    /// A worker's part of a block: whole lines, and the number of the first.
    struct Share {
        var range: Range<Int>
        var firstLine: Int
        var lines: Int
    }

    /// `bytes` cut at line ends into at most `count` shares of about equal size.
    static func shares(of bytes: UnsafeBufferPointer<UInt8>, count: Int, firstLine: Int) -> [Share] {
        var shares: [Share] = []
        var start = 0
        var line = firstLine
        let n = bytes.count
        for index in 0..<count where start < n {
            var end = index == count - 1 ? n : max(start, n * (index + 1) / count)
            if end < n {
                // Extend to just past the next newline.
                if let found = memchr(bytes.baseAddress! + end, 0x0A, n - end) {
                    end = bytes.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
                } else {
                    end = n
                }
            }
            guard end > start else { continue }
            let lines = lineCount(bytes, start..<end)
            shares.append(Share(range: start..<end, firstLine: line, lines: lines))
            line += lines
            start = end
        }
        return shares
    }

    /// Lines in `bytes[range]`: its newlines, plus one for a last line without a newline.
    static func lineCount(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var count = 0
        var i = range.lowerBound
        let base = bytes.baseAddress!
        while i < range.upperBound, let found = memchr(base + i, 0x0A, range.upperBound - i) {
            count += 1
            i = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
        }
        return count + (i < range.upperBound ? 1 : 0)
    }

    enum Parsed {
        case success(id: String?, text: String, kind: MessageKind, sellers: [String]?)
        case failure(id: String?, message: String)
    }

    /// The general path for lines the fast parser does not take: any valid JSON object, with worded errors.
    func parse(_ line: UnsafeBufferPointer<UInt8>) -> Parsed {
        let value: JSONValue
        do {
            value = try JSONParser.parse(Array(line))
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
}

/// One worker of ``CoachBatch``: its workspace, its scratch memory and the errors of its share.
final class BatchWorker: @unchecked Sendable {
    let batch: CoachBatch
    /// This worker's coach: the batch's, with tables of its own for every worker but the first.
    let coach: MessageCoach
    /// The batch's seller names, in an array of this worker's own (a shared one's count would be shared too).
    let sellers: [String]
    var workspace = CoachWorkspace()
    var scratch: [UInt8] = []
    var errors: [(Int, String)] = []
    /// What this worker coached of the current block: which pieces, and where their output and errors are.
    var pieces: [Piece] = []
    private var pieceOutputStart = 0
    private var pieceErrorsStart = 0

    /// A piece of a block coached by this worker: its index in the block, its output in
    /// ``CoachWorkspace/output`` and its errors in ``errors``.
    struct Piece {
        var index: Int
        var output: Range<Int>
        var errors: Range<Int>
    }

    init(batch: CoachBatch, coach: MessageCoach) {
        self.batch = batch
        self.coach = coach
        sellers = batch.sellers.map { $0 }
        scratch.reserveCapacity(1 << 16)
    }

    func reset() {
        workspace.clearOutput()
        errors.removeAll(keepingCapacity: true)
        pieces.removeAll(keepingCapacity: true)
        pieceOutputStart = 0
        pieceErrorsStart = 0
    }

    /// Records that what was written since the last piece belongs to piece `index` of the block.
    func finishPiece(_ index: Int) -> Piece {
        let end = workspace.output.count
        let piece = Piece(index: index, output: pieceOutputStart..<end, errors: pieceErrorsStart..<errors.count)
        pieces.append(piece)
        pieceOutputStart = end
        pieceErrorsStart = errors.count
        return piece
    }

    /// Coaches the lines in `bytes[range]`, numbered from `firstLine`.
    func coach(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, firstLine: Int) {
        let base = bytes.baseAddress!
        var i = range.lowerBound
        var lineNumber = firstLine - 1
        while i < range.upperBound {
            var end = range.upperBound
            if let found = memchr(base + i, 0x0A, range.upperBound - i) {
                end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            }
            var start = i
            i = end + 1
            lineNumber += 1
            if end > start && bytes[end - 1] == 13 { end -= 1 }
            if lineNumber == 1 && end - start >= 3 && bytes[start] == 0xEF && bytes[start + 1] == 0xBB
                && bytes[start + 2] == 0xBF
            {
                start += 3
            }
            var blank = true
            for k in start..<end where bytes[k] != 32 && bytes[k] != 9 {
                blank = false
                break
            }
            if blank { continue }
            coachLine(lineNumber, UnsafeBufferPointer(rebasing: bytes[start..<end]))
        }
    }

    private func coachLine(_ lineNumber: Int, _ line: UnsafeBufferPointer<UInt8>) {
        if let fast = BatchLineParser.parse(line, scratch: &scratch), let textRange = fast.text,
            let kind = kind(fast.kind)
        {
            scratch.withUnsafeBufferPointer { fields in
                let text = UnsafeBufferPointer(rebasing: fields[textRange])
                let id = fast.id.map { UnsafeBufferPointer(rebasing: fields[$0]) }
                coach.appendJSONLine(
                    utf8: text, kind: kind, sellerSpeakers: sellers, id: id, to: &workspace)
            }
            return
        }
        switch batch.parse(line) {
        case .failure(let id, let message):
            reportError(lineNumber, id, message)
        case .success(let id, let text, let kind, let lineSellers):
            var text = text
            var id = id
            text.withUTF8 { text in
                if id != nil {
                    id!.withUTF8 {
                        coach.appendJSONLine(
                            utf8: text, kind: kind, sellerSpeakers: lineSellers ?? sellers, id: $0,
                            to: &workspace)
                    }
                } else {
                    coach.appendJSONLine(
                        utf8: text, kind: kind, sellerSpeakers: lineSellers ?? sellers, id: nil, to: &workspace)
                }
            }
        }
    }

    /// The line's kind (the batch's default when it names none), or nil for a name the fast path leaves to the
    /// general one (which words the error).
    private func kind(_ range: Range<Int>?) -> MessageKind? {
        guard let range else { return batch.defaultKind }
        return MessageKind(rawValue: String(decoding: scratch[range], as: UTF8.self))
    }

    func reportError(_ line: Int, _ id: String?, _ message: String) {
        errors.append((line, message))
        var text = "{\"id\":"
        text += id.map(Self.quoted) ?? "null"
        text += ",\"line\":\(line),\"error\":{\"code\":\"bad-input\",\"message\":\(Self.quoted(message))}}\n"
        text.withUTF8 { workspace.appendOutput($0) }
    }

    private static func quoted(_ text: String) -> String {
        JSONSerializer.serialize(.string(text))
    }
}
