import Foundation
import SameSideCore
import SameSideStore

/// Imports a Salesforce or HubSpot CSV export into a store, in one transaction.
///
/// Streams the file in chunks (bounded memory: one chunk and two batches of rows held as bytes),
/// maps each row with ``CRMRowMapper`` straight into a ``CRMDealBatch`` and upserts deals and
/// their accounts batch by batch (``PipelineStore/importingCRM(_:)``). On the first bad
/// row the import stops and nothing is stored; with `collectAllErrors` it reads on to list every
/// bad row (for `--report`) and still stores nothing.
public struct CRMImport: Sendable {
    public var source: CRMSource
    public var dateOrder: DateOrder
    public var collectAllErrors: Bool
    /// Rows per write batch.
    public var batchSize = 1000
    /// At most this many bad rows are kept for the report; the count goes on.
    public var maxReportedRows = 100_000

    public init(source: CRMSource, dateOrder: DateOrder = .mdy, collectAllErrors: Bool = false) {
        self.source = source
        self.dateOrder = dateOrder
        self.collectAllErrors = collectAllErrors
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
            if let size = file.size { try await writer.expectRows(size / 180) }
            // A local, not a property: its record callback mutates this state.
            var parser = CSVParser(limitToHeaderWidth: true)
            var bytesRead = 0
            var endOfFile = false
            while !endOfFile {
                let chunk = try file.read()
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
            guard mapper != nil else {
                badRowCount += 1
                badRows.append(
                    .init(
                        error: CRMImportError(line: 1, message: "the file is empty; expected a header row"), fields: [])
                )
                throw failure
            }
            guard badRowCount == 0 else { throw failure }
            try await flush(writer)
            try await settle()
            return ImportSummary(rowsRead: rowsRead, deals: counts.deals, accounts: counts.accounts)
        }

        mutating func process(_ record: CSVParser.Record) throws {
            guard let currentMapper = mapper else {
                do {
                    mapper = try CRMRowMapper(
                        header: record.fields, source: job.source, dateOrder: job.dateOrder, headerLine: record.line)
                } catch {
                    badRowCount += 1
                    badRows.append(.init(error: error, fields: record.fields))
                    throw failure
                }
                return
            }
            rowsRead += 1
            do {
                if badRowCount == 0 {
                    try currentMapper.append(record, to: &batch)
                } else {
                    // After a bad row nothing is written: only check the rest for the report.
                    _ = try currentMapper.map(record)
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
