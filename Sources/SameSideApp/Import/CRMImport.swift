import Foundation
import SameSideCore
import SameSideStore

/// Imports a Salesforce or HubSpot CSV export into a store, in one transaction.
///
/// Streams the file in chunks (bounded memory: one chunk and two batches of rows held as bytes, and a hash
/// and a line per deal id to name rows that repeat an id, see ``CRMRepeatedIDs``),
/// maps each row with ``CRMRowMapper`` straight into a ``CRMDealBatch`` and upserts deals and
/// their accounts batch by batch (``PipelineStore/importingCRM(_:)``). On the first bad
/// row the import stops and nothing is stored; with `collectAllErrors` it reads on to list every
/// bad row (for `--report`) and still stores nothing.
public struct CRMImport: Sendable {
    public var source: CRMSource
    public var dateOrder: DateOrder
    public var collectAllErrors: Bool
    /// The currency of amounts the file gives none for (`--currency`); `nil`: they stay without one.
    public var defaultCurrency: String?
    /// Who gave ``defaultCurrency``, as the summary names it: `--currency` or the playbook's setting.
    public var currencyGivenBy = "--currency"
    /// Rows per write batch.
    public var batchSize = 1000
    /// At most this many bad rows are kept for the report; the count goes on.
    public var maxReportedRows = 100_000

    public init(
        source: CRMSource, dateOrder: DateOrder = .mdy, collectAllErrors: Bool = false, defaultCurrency: String? = nil
    ) {
        self.source = source
        self.dateOrder = dateOrder
        self.collectAllErrors = collectAllErrors
        self.defaultCurrency = defaultCurrency
    }

    /// Reads `path` (`-` for stdin) into `store`; see ``run(source:into:progress:)``.
    public func run(
        path: String, into store: any PipelineStore, progress: (@Sendable (Int, Int?) -> Void)? = nil
    ) async throws -> ImportSummary {
        try await run(source: FileSource(path: path), into: store, progress: progress)
    }

    /// Reads `source` (a file or an upload body) into `store`. `progress` gets (bytes read, total bytes or nil).
    ///
    /// Throws ``ImportFailure`` for bad input (nothing stored), ``StoreError`` for the database,
    /// ``AppError`` when the input cannot be read.
    public func run(
        source: any ByteSource, into store: any PipelineStore, progress: (@Sendable (Int, Int?) -> Void)? = nil
    ) async throws -> ImportSummary {
        let file = ImportFile(source: source)
        let name = source.name
        let job = self
        return try await store.importingCRM { writer in
            var state = State(job: job, name: name)
            return try await state.read(file: file, writer: writer, progress: progress)
        }
    }

    private var recordSource: RecordSource { source == .salesforce ? .salesforce : .hubspot }

    /// The running state of one import.
    private struct State {
        let job: CRMImport
        let name: String
        var mapper: CRMRowMapper?
        var sawHeader = false
        var dialect = CSVDialect()
        var notes = CRMImportNotes()
        /// Rows that look like a report footer (at most one cell with text): skipped when nothing but
        /// more of them follows, read as ordinary rows when a data row comes after them.
        var pendingFooter: [CSVParser.Record] = []
        var emptyRows = 0
        /// Rows whose deal id an earlier row of the file had, in its batch or an earlier one.
        var repeatedIDs = CRMRepeatedIDs()
        var rowsRead = 0
        var counts = CRMBatchCounts()
        var badRows: [ImportFailure.BadRow] = []
        var badRowCount = 0
        /// Rows mapped and not yet written: at most one chunk's worth beyond ``CRMImport/batchSize``.
        var batch = CRMDealBatch()
        /// The batch being written while the next one is parsed (the writer runs its statements on
        /// a thread of its own, so parsing and SQLite's work overlap on two cores). At most one.
        var pending: Task<CRMBatchCounts, any Error>?

        init(job: CRMImport, name: String) {
            self.job = job
            self.name = name
            notes.currencyGivenBy = job.currencyGivenBy
        }

        var failure: ImportFailure {
            ImportFailure(file: name, badRows: badRows, badRowCount: badRowCount, header: mapper?.header ?? [])
        }

        mutating func read(
            file: ImportFile, writer: any CRMImportWriter, progress: (@Sendable (Int, Int?) -> Void)?
        ) async throws -> ImportSummary {
            do {
                return try await readAll(file: file, writer: writer, progress: progress)
            } catch {
                // The transaction is rolled back when this throws: let the write in flight end first.
                if let pending { _ = try? await pending.value }
                pending = nil
                throw error
            }
        }

        private mutating func readAll(
            file: ImportFile, writer: any CRMImportWriter, progress: (@Sendable (Int, Int?) -> Void)?
        ) async throws -> ImportSummary {
            // A CRM export row is about 150–200 bytes; a rough count is enough for the store's choice.
            if let size = file.size {
                try await writer.expectRows(size / 180)
                repeatedIDs = CRMRepeatedIDs(expectedIDs: size / 180)
            }
            var bytesRead = 0
            var endOfFile = false
            var first = try file.read()
            if let chunk = first {
                dialect = CSVDialect.sniff(ArraySlice(chunk.prefix(64 << 10)))
                if dialect.skipBytes > 0 {
                    bytesRead += dialect.skipBytes
                    first = chunk.count > dialect.skipBytes ? chunk.dropFirst(dialect.skipBytes) : nil
                }
            }
            // A local, not a property: its record callback mutates this state.
            var parser = CSVParser(delimiter: dialect.delimiter, limitToHeaderWidth: true)
            while !endOfFile {
                let chunk: Data?
                if let pending = first {
                    chunk = pending
                    first = nil
                } else {
                    chunk = try file.read()
                }
                var broken: CSVError?
                do {
                    // Each record is mapped as soon as it is parsed, straight into the batch.
                    if let chunk {
                        bytesRead += chunk.count
                        try chunk.withUnsafeBytes { raw in
                            try parser.feed(raw) { try process($0) }
                        }
                    } else {
                        endOfFile = true
                        try parser.finish { try process($0) }
                    }
                } catch let error as CSVError {
                    // The rows before the broken one are still checked, then the file ends there.
                    broken = error
                    endOfFile = true
                }
                if let broken {
                    try fail(CRMImportError(line: broken.line, column: broken.column, message: message(broken)), [])
                }
                if badRowCount == 0 && batch.count >= job.batchSize { try await flush(writer) }
                progress?(bytesRead, file.size)
            }
            // A file that broke before its header was read is not empty: its error is already listed.
            guard sawHeader || badRowCount > 0 else {
                badRowCount += 1
                badRows.append(
                    .init(
                        error: CRMImportError(line: 1, message: "the file is empty; expected a header row"), fields: [])
                )
                throw failure
            }
            guard mapper != nil, badRowCount == 0 else { throw failure }
            try await flush(writer)
            try await settle()
            var summary = ImportSummary(rowsRead: rowsRead, deals: counts.deals, accounts: counts.accounts)
            summary.notes = details(blankLines: parser.blankLines)
            return summary
        }

        /// What the import decided on its own, one sentence each, for the lines after the summary.
        func details(blankLines: Int) -> [String] {
            var out = ["read as \(dialect.name) values" + (dialect.decimalComma ? " with decimal commas" : "")]
            if let footer = pendingFooter.first, let last = pendingFooter.last {
                let texts = pendingFooter.compactMap { record -> String? in
                    let text = record.fields.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
                    return text.map { "\"\($0.count > 60 ? String($0.prefix(57)) + "…" : $0)\"" }
                }
                let lines = footer.line == last.line ? "line \(footer.line)" : "lines \(footer.line)–\(last.line)"
                out.append(
                    "skipped a report footer of \(pendingFooter.count) rows (\(lines)"
                        + (texts.isEmpty ? "" : ": " + texts.joined(separator: ", ")) + ")")
            }
            if emptyRows > 0 || blankLines > 0 {
                out.append("skipped \(emptyRows + blankLines) empty rows or blank lines")
            }
            if let repeated = repeatedIDs.sentence { out.append(repeated) }
            return out + (mapper?.headerNotes.sentences ?? []) + notes.sentences
        }

        mutating func process(_ record: CSVParser.Record) throws {
            guard mapper != nil else {
                sawHeader = true
                do {
                    mapper = try CRMRowMapper(
                        header: record.fields, source: job.source, dateOrder: job.dateOrder, headerLine: record.line,
                        decimalComma: dialect.decimalComma, defaultCurrency: job.defaultCurrency)
                } catch {
                    badRowCount += 1
                    badRows.append(.init(error: error, fields: record.fields))
                    throw failure
                }
                return
            }
            // Text in a cell after the first, or in two cells, makes a data row: most rows stop at cell 2.
            var filled = 0
            var dataRow = false
            for index in 0..<record.count where CRMRowMapper.hasText(record.fieldBytes(index)) {
                filled += 1
                if filled > 1 || index > 0 {
                    dataRow = true
                    break
                }
            }
            if !dataRow {
                if filled == 0 {
                    emptyRows += 1
                } else {
                    pendingFooter.append(record)
                }
                return
            }
            if !pendingFooter.isEmpty {
                // Not a footer after all: what looked like one is read as the rows it is.
                let rows = pendingFooter
                pendingFooter = []
                for row in rows { try map(row) }
            }
            try map(record)
        }

        mutating func map(_ record: CSVParser.Record) throws {
            guard let currentMapper = mapper else { return }
            rowsRead += 1
            do {
                if badRowCount == 0 {
                    try currentMapper.append(record, to: &batch, notes: &notes)
                } else {
                    // After a bad row nothing is written: only check the rest for the report.
                    var scratch = CRMDealBatch()
                    try currentMapper.append(record, to: &scratch, notes: &notes)
                }
            } catch {
                try fail(error, record.fields)
            }
        }

        mutating func fail(_ error: CRMImportError, _ fields: [String]) throws {
            badRowCount += 1
            if badRows.count < job.maxReportedRows { badRows.append(.init(error: error, fields: fields)) }
            batch.removeAll()
            if !job.collectAllErrors { throw failure }
        }

        /// Hands the batch to the writer once the previous one is written; does not wait for it.
        mutating func flush(_ writer: any CRMImportWriter) async throws {
            try await settle()
            guard !batch.isEmpty else { return }
            repeatedIDs.check(&batch)
            let full = batch
            let source = job.recordSource
            batch.removeAll()
            pending = Task { try await writer.upsert(full, source: source) }
        }

        /// Waits for the batch in flight and adds up what it did.
        mutating func settle() async throws {
            guard let task = pending else { return }
            pending = nil
            let written = try await task.value
            counts.deals += written.deals
            counts.accounts += written.accounts
        }

        func message(_ error: CSVError) -> String {
            var text = error.description
            if let range = text.range(of: ": ") { text = String(text[range.upperBound...]) }
            return text
        }
    }
}
