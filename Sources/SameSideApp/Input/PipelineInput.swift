import Foundation
import SameSideCore

/// The two forms of the pipeline file.
public enum PipelineInputFormat: String, CaseIterable, Sendable {
    case json, jsonl
}

/// A pipeline file opened for reading record by record, in either form.
///
/// The JSON form is read and validated whole first (it is never loaded partially). The JSON Lines
/// form streams: memory stays bounded, and a broken line is reported when it is reached.
public final class PipelineInput {
    /// The file's name for messages (`<stdin>` for `-`).
    public let name: String
    /// Format, `asOf`, currency and seller.
    public let header: PipelineHeader
    /// Warnings met so far (unknown fields), in order.
    public private(set) var warnings: [PipelineIssue] = []
    /// Where ``reportWarnings()`` sends each warning line (`FILE: warning: path: message`).
    public var warn: (String) -> Void = { _ in }

    private enum Source {
        case whole([PipelineRecord], Int)
        case stream(LineReader)
    }
    private var source: Source
    // Kept outside `source`: extracting it from the enum on every line would copy its id tables.
    private var decoder = PipelineLineDecoder()
    private var finished = false
    private var lineNumber = 0
    private var wholeSize = 0

    /// Opens `path` (`-` for stdin); see ``open(source:format:warn:)``.
    public static func open(
        path: String, format: PipelineInputFormat? = nil, warn: @escaping (String) -> Void = { _ in }
    ) throws(AppError) -> PipelineInput {
        try open(source: FileSource(path: path), format: format, warn: warn)
    }

    /// Opens `source` (a file or an upload body). The form is `format` when given, else inputs named
    /// `.jsonl` and inputs whose first line is a complete JSON object followed by more lines are JSON Lines.
    /// - Throws: ``AppError/badInput(_:)`` naming the input, the line or JSON path, and what was expected.
    public static func open(
        source: any ByteSource, format: PipelineInputFormat? = nil, warn: @escaping (String) -> Void = { _ in }
    ) throws(AppError) -> PipelineInput {
        do {
            let input = try openChecked(source: source, format: format)
            input.warn = warn
            return input
        } catch let error as AppError {
            throw error
        } catch {
            throw AppError.failure("\(source.name): \(error)")
        }
    }

    private static func openChecked(source: any ByteSource, format: PipelineInputFormat?) throws -> PipelineInput {
        let name = source.name
        let reader = LineReader(source: source)
        var decoder = PipelineLineDecoder(spill: TemporaryFileSpill())
        var lineNumber = 0
        var firstLine: [UInt8]?
        while let line = try reader.nextLine() {
            lineNumber += 1
            if line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) {
                firstLine = line
                break
            }
        }
        guard let firstLine else { throw AppError.badInput("\(name): the file is empty; expected a pipeline") }
        let headerResult = decoder.decode(line: firstLine, number: lineNumber)
        let looksLikeLines: Bool
        switch format {
        case .json?: looksLikeLines = false
        case .jsonl?: looksLikeLines = true
        case nil:
            looksLikeLines =
                name.hasSuffix(".jsonl")
                || (headerResult.item != nil && !reader.lastLineTooLong
                    && Self.hasMoreContent(reader))
        }
        if looksLikeLines {
            guard case .header(let header)? = headerResult.item else {
                throw AppError.badInput(Self.describe(name, headerResult.issues))
            }
            let input = PipelineInput(name: name, header: header, source: .stream(reader))
            input.decoder = decoder
            input.lineNumber = lineNumber
            input.warnings = headerResult.warnings
            return input
        }
        // Whole-document form: gather everything (bounded by InputFile's limit) and validate at once.
        var bytes = firstLine
        bytes.append(0x0A)
        while let line = try reader.nextLine() {
            bytes.append(contentsOf: line)
            bytes.append(0x0A)
            if bytes.count > InputFile.maxWholeFileBytes {
                throw AppError.badInput("\(name): larger than 1 GiB; use the JSON Lines form for large pipelines")
            }
        }
        var prefix: [UInt8] = []
        for _ in 1..<lineNumber { prefix.append(0x0A) }
        let result: PipelineReadResult
        do {
            result = try PipelineReader.read(prefix + bytes)
        } catch {
            throw AppError.badInput(Self.describe(name, error.issues))
        }
        var records = result.pipeline.accounts.map(PipelineRecord.account)
        records += result.pipeline.opportunities.map(PipelineRecord.opportunity)
        let input = PipelineInput(name: name, header: result.pipeline.header, source: .whole(records, 0))
        input.warnings = result.warnings
        input.wholeSize = bytes.count
        return input
    }

    private init(name: String, header: PipelineHeader, source: Source) {
        self.name = name
        self.header = header
        self.source = source
    }

    /// Peeks whether anything but whitespace follows (without losing it).
    private static func hasMoreContent(_ reader: LineReader) -> Bool {
        reader.hasMoreContent()
    }

    /// What reading one more record gave.
    public enum Step {
        case record(PipelineRecord)
        /// A line of the JSON Lines form that is invalid; reading may go on after it.
        case invalid([PipelineIssue])
        case end
    }

    /// The next account or deal; `nil` at the end.
    /// - Throws: ``AppError/badInput(_:)`` for an invalid line of the JSON Lines form.
    public func next() throws -> PipelineRecord? {
        switch try step() {
        case .record(let record): return record
        case .invalid(let issues): throw AppError.badInput(Self.describe(name, issues))
        case .end: return nil
        }
    }

    /// The next record, or the problems of the next invalid line (so a validator can go on and
    /// report every broken line), or the end. In the JSON Lines form, duplicate deal ids are
    /// only known once every line is read: they come as one last `.invalid` before `.end`.
    public func step() throws -> Step {
        switch source {
        case .whole(let records, let position):
            guard position < records.count else { return .end }
            source = .whole(records, position + 1)
            return .record(records[position])
        case .stream(let reader):
            while let line = try reader.nextLine() {
                lineNumber += 1
                if reader.lastLineTooLong {
                    return .invalid([
                        PipelineIssue(
                            path: "$", line: lineNumber, message: "longer than \(reader.maxLineBytes >> 20) MiB")
                    ])
                }
                let result = decoder.decode(line: line, number: lineNumber)
                warnings += result.warnings
                if !result.issues.isEmpty { return .invalid(result.issues) }
                if case .record(let record)? = result.item { return .record(record) }
            }
            if !finished {
                finished = true
                let issues = try decoder.finish()
                if !issues.isEmpty { return .invalid(issues) }
            }
            return .end
        }
    }

    /// Bytes read so far from the file (the whole file for the JSON form).
    public var bytesRead: Int {
        if case .stream(let reader) = source { return reader.bytesRead }
        return wholeSize
    }

    /// Reads the whole input into a ``Pipeline`` (for commands that need everything at once).
    public func readAll() throws -> Pipeline {
        var pipeline = Pipeline(
            asOf: header.asOf, currency: header.currency, seller: header.seller, extra: header.extra)
        while let record = try next() {
            switch record {
            case .account(let account): pipeline.accounts.append(account)
            case .opportunity(let deal): pipeline.opportunities.append(deal)
            }
        }
        return pipeline
    }

    /// Every problem as `FILE: path: message` lines.
    public static func describe(_ name: String, _ issues: [PipelineIssue]) -> String {
        issues.map { "\(name): \($0.description)" }.joined(separator: "\n")
    }

    /// Hands the warnings met so far to ``warn`` as `FILE: warning: path: message`, and forgets them.
    public func reportWarnings() {
        for warning in warnings { warn("\(name): warning: \(warning.description)") }
        warnings.removeAll()
    }
}
