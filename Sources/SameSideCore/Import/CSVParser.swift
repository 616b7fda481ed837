/// A streaming RFC 4180 CSV parser over bytes: feed it chunks, it hands back whole records.
///
/// Handles quoted fields (with `""` escapes, commas and line breaks inside), CRLF and LF line
/// ends, and a UTF-8 byte order mark at the start. Rejects NUL bytes, text after a closing
/// quote, a quote left open at the end of input, and records wider than ``maxColumns``.
/// Pure: it does no I/O, the caller reads the file. Memory is bounded by the longest record.
///
/// Written on bytes rather than on a listed CSV package because the import target (a million
/// rows at half of `sqlite3 .import`'s speed, 64 MB) needs a parser that never builds a
/// `String` per character; `Benchmarks/CSVReaders` measures the listed packages against it.
public struct CSVParser: Sendable {
    /// One parsed record: its fields (as raw UTF-8 bytes) and the line it starts on (1-based).
    public struct Record: Sendable {
        public var line: Int
        /// Byte ranges of each field inside ``bytes``; quotes are already removed and `""` unescaped.
        public var fieldEnds: [Int]
        public var bytes: [UInt8]

        /// Number of fields.
        public var count: Int { fieldEnds.count }

        /// The bytes of field `index` (0-based).
        public func fieldBytes(_ index: Int) -> ArraySlice<UInt8> {
            let start = index == 0 ? 0 : fieldEnds[index - 1]
            return bytes[start..<fieldEnds[index]]
        }

        /// Field `index` decoded as UTF-8 (invalid sequences become U+FFFD).
        public func field(_ index: Int) -> String { String(decoding: fieldBytes(index), as: UTF8.self) }

        /// Whether field `index` is empty.
        public func isEmpty(_ index: Int) -> Bool { fieldBytes(index).isEmpty }

        /// All fields as strings.
        public var fields: [String] { (0..<count).map(field) }
    }

    /// The default widest record accepted; wider rows are almost always a wrong file or delimiter.
    public static let defaultMaxColumns = 2048
    /// The default longest record accepted, in bytes.
    public static let defaultMaxRecordBytes = 16 << 20

    public let delimiter: UInt8
    /// The widest record accepted; with ``limitToHeaderWidth`` it becomes the first record's width.
    public private(set) var maxColumns: Int
    /// Whether rows may be no wider than the first record (the header).
    public let limitToHeaderWidth: Bool
    private var sawFirstRecord = false
    public let maxRecordBytes: Int
    /// Lines that held nothing (no record): counted so that an import can name them.
    public private(set) var blankLines = 0

    private enum State: Sendable { case fieldStart, unquoted, quoted, quoteInQuoted }

    private var state: State = .fieldStart
    private var current: [UInt8] = []
    private var ends: [Int] = []
    private var line = 1
    private var recordLine = 1
    private var quoteLine = 1
    private var atStart = true
    private var bomBytesSeen = 0
    private var lastWasCR = false
    private var finished = false

    /// Creates a parser for `delimiter` (a comma unless told otherwise). Pure.
    public init(
        delimiter: UInt8 = UInt8(ascii: ","), maxColumns: Int = CSVParser.defaultMaxColumns,
        maxRecordBytes: Int = CSVParser.defaultMaxRecordBytes, limitToHeaderWidth: Bool = false
    ) {
        self.limitToHeaderWidth = limitToHeaderWidth
        self.delimiter = delimiter
        self.maxColumns = maxColumns
        self.maxRecordBytes = maxRecordBytes
        current.reserveCapacity(1024)
        ends.reserveCapacity(32)
    }

    /// Parses `chunk`, calling `onRecord` for each complete record, in order.
    ///
    /// Throws ``CSVError`` at the first malformed byte; the parser must not be used after that.
    public mutating func feed<C: Collection>(
        _ chunk: C, onRecord: (Record) throws -> Void
    ) throws where C.Element == UInt8 {
        let done = try chunk.withContiguousStorageIfAvailable { buffer -> Bool in
            try feed(buffer: buffer, onRecord: onRecord)
            return true
        }
        if done == true { return }
        for byte in chunk {
            if atStart {
                if handleBOM(byte) { continue }
            }
            try consume(byte, onRecord: onRecord)
        }
    }

    /// Parses `chunk` (raw bytes of the file), as ``feed(_:onRecord:)``.
    public mutating func feed(_ chunk: UnsafeRawBufferPointer, onRecord: (Record) throws -> Void) throws {
        try feed(buffer: chunk.bindMemory(to: UInt8.self), onRecord: onRecord)
    }

    /// The byte loop: runs of ordinary bytes inside a field are copied in one go, and only the bytes
    /// that matter (delimiter, quote, line break, NUL) go through the state machine.
    private mutating func feed(buffer: UnsafeBufferPointer<UInt8>, onRecord: (Record) throws -> Void) throws {
        let count = buffer.count
        let delimiter = self.delimiter
        var i = 0
        while i < count {
            if atStart {
                if handleBOM(buffer[i]) {
                    i += 1
                    continue
                }
            }
            if !lastWasCR && (state == .unquoted || state == .quoted) {
                var j = i
                if state == .unquoted {
                    while j < count {
                        let b = buffer[j]
                        if b == delimiter || b == 10 || b == 13 || b == 34 || b == 0 { break }
                        j += 1
                    }
                } else {
                    while j < count {
                        let b = buffer[j]
                        if b == 34 || b == 10 || b == 13 || b == 0 { break }
                        j += 1
                    }
                }
                if j > i {
                    current.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[i..<j]))
                    if current.count > maxRecordBytes {
                        throw CSVError(
                            line: recordLine, column: ends.count + 1, kind: .recordTooLong(limit: maxRecordBytes))
                    }
                    i = j
                    continue
                }
            }
            try consume(buffer[i], onRecord: onRecord)
            i += 1
        }
    }

    /// Ends the input: emits the last record if it has no final line break. Throws on an open quote.
    public mutating func finish(onRecord: (Record) throws -> Void) throws {
        guard !finished else { return }
        finished = true
        if atStart && bomBytesSeen > 0 {
            throw CSVError(line: 1, column: 1, kind: .invalidUTF8)
        }
        switch state {
        case .quoted:
            throw CSVError(line: quoteLine, column: ends.count + 1, kind: .unclosedQuote)
        case .fieldStart:
            if ends.isEmpty && current.isEmpty { return }
            try endRecord(onRecord)
        case .unquoted, .quoteInQuoted:
            try endRecord(onRecord)
        }
    }

    private mutating func handleBOM(_ byte: UInt8) -> Bool {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        if bomBytesSeen < 3 && byte == bom[bomBytesSeen] {
            bomBytesSeen += 1
            if bomBytesSeen == 3 { atStart = false }
            return true
        }
        atStart = false
        if bomBytesSeen > 0 {
            // A partial BOM: put its bytes back as data.
            current.append(contentsOf: bom[0..<bomBytesSeen])
            state = .unquoted
        }
        return false
    }

    @inline(__always)
    private mutating func consume(_ byte: UInt8, onRecord: (Record) throws -> Void) throws {
        if byte == 0 {
            throw CSVError(line: line, column: ends.count + 1, kind: .nulByte)
        }
        let cr: UInt8 = 13
        let lf: UInt8 = 10
        let quote: UInt8 = 34
        if byte == lf && lastWasCR {
            // The LF of a CRLF whose CR already ended the record (or was kept inside quotes).
            lastWasCR = false
            if state == .quoted { current.append(byte) }
            return
        }
        lastWasCR = byte == cr
        switch state {
        case .fieldStart:
            if byte == quote {
                state = .quoted
                quoteLine = line
            } else if byte == delimiter {
                try endField()
            } else if byte == lf || byte == cr {
                line += 1
                try endRecord(onRecord)
            } else {
                try append(byte)
                state = .unquoted
            }
        case .unquoted:
            if byte == delimiter {
                try endField()
                state = .fieldStart
            } else if byte == lf || byte == cr {
                line += 1
                try endRecord(onRecord)
            } else if byte == quote {
                throw CSVError(line: line, column: ends.count + 1, kind: .quoteInUnquotedField)
            } else {
                try append(byte)
            }
        case .quoted:
            if byte == quote {
                state = .quoteInQuoted
            } else {
                if byte == lf || (byte == cr) { line += 1 }
                try append(byte)
            }
        case .quoteInQuoted:
            if byte == quote {
                try append(quote)
                state = .quoted
            } else if byte == delimiter {
                try endField()
                state = .fieldStart
            } else if byte == lf || byte == cr {
                line += 1
                try endRecord(onRecord)
            } else {
                throw CSVError(line: line, column: ends.count + 1, kind: .textAfterClosingQuote)
            }
        }
    }

    @inline(__always)
    private mutating func append(_ byte: UInt8) throws {
        current.append(byte)
        if current.count > maxRecordBytes {
            throw CSVError(line: recordLine, column: ends.count + 1, kind: .recordTooLong(limit: maxRecordBytes))
        }
    }

    private mutating func endField() throws {
        ends.append(current.count)
        if ends.count >= maxColumns {
            throw CSVError(line: recordLine, column: ends.count + 1, kind: .tooManyColumns(limit: maxColumns))
        }
    }

    private mutating func endRecord(_ onRecord: (Record) throws -> Void) throws {
        ends.append(current.count)
        state = .fieldStart
        let startLine = recordLine
        recordLine = line
        // Emptied after the record is handed over and released, so the buffers stay unique and are
        // reused instead of copied for every record.
        defer {
            current.removeAll(keepingCapacity: true)
            ends.removeAll(keepingCapacity: true)
        }
        // A blank line is no record.
        if ends.count == 1 && current.isEmpty {
            blankLines += 1
            return
        }
        if limitToHeaderWidth && !sawFirstRecord {
            sawFirstRecord = true
            maxColumns = ends.count
        }
        try onRecord(Record(line: startLine, fieldEnds: ends, bytes: current))
    }
}

/// Why a CSV file could not be read, and where.
public struct CSVError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: Equatable, Sendable {
        case nulByte
        case unclosedQuote
        case quoteInUnquotedField
        case textAfterClosingQuote
        case tooManyColumns(limit: Int)
        case recordTooLong(limit: Int)
        case invalidUTF8
    }

    /// 1-based line where the problem is (for an open quote: where the quote was opened).
    public var line: Int
    /// 1-based column (field number) where the problem is.
    public var column: Int
    public var kind: Kind

    public init(line: Int, column: Int, kind: Kind) {
        self.line = line
        self.column = column
        self.kind = kind
    }

    public var description: String {
        let message: String
        switch kind {
        case .nulByte:
            message = "NUL byte in the data; expected text (is this a binary or UTF-16 file? save it as UTF-8 CSV)"
        case .unclosedQuote:
            message = "a quoted field opened here is never closed; expected a closing \" before the end of the file"
        case .quoteInUnquotedField:
            message = "a \" inside an unquoted field; expected the whole field in quotes with the quote doubled (\"\")"
        case .textAfterClosingQuote:
            message = "text after a closing quote; expected a comma or the end of the line"
        case .tooManyColumns(let limit):
            message = "more than \(limit) columns in this row; expected at most \(limit) (as many as the header has)"
        case .recordTooLong(let limit):
            message = "a row longer than \(limit) bytes; expected a CRM export (is a quote left open?)"
        case .invalidUTF8:
            message = "incomplete byte order mark; expected UTF-8 text"
        }
        return "line \(line), column \(column): \(message)"
    }
}
