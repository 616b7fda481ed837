import Foundation
import SameSideCore
import SameSideStore

/// Imports a Salesforce or HubSpot CSV export into a store, in one transaction.
///
/// Streams the file in chunks (bounded memory: one chunk, one batch, the set of accounts seen),
/// maps each row with ``CRMRowMapper`` and upserts deals and accounts in batches. On the first bad
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

    /// Reads `path` (`-` for stdin) into `store`. `progress` gets (bytes read, total bytes or nil).
    ///
    /// Throws ``ImportFailure`` for bad input (nothing stored), ``StoreError`` for the database,
    /// ``ImportFileError`` when the file cannot be read.
    public func run(
        path: String, into store: any PipelineStore, progress: (@Sendable (Int, Int?) -> Void)? = nil
    ) async throws -> ImportSummary {
        let file = try ImportFile(path: path)
        defer { file.close() }
        let name = path == "-" ? "<stdin>" : path
        let job = self
        return try await store.importing { writer in
            var state = State(job: job, name: name)
            return try await state.read(file: file, writer: writer, progress: progress)
        }
    }

    private var recordSource: RecordSource { source == .salesforce ? .salesforce : .hubspot }

    /// The running state of one import.
    private struct State {
        let job: CRMImport
        let name: String
        var parser = CSVParser(limitToHeaderWidth: true)
        var mapper: CRMRowMapper?
        var rowsRead = 0
        var deals = UpsertCounts()
        var accounts = UpsertCounts()
        var badRows: [ImportFailure.BadRow] = []
        var badRowCount = 0
        var batch: [CRMRecord] = []
        var accountsSeen: Set<String> = []

        init(job: CRMImport, name: String) {
            self.job = job
            self.name = name
        }

        var failure: ImportFailure {
            ImportFailure(file: name, badRows: badRows, badRowCount: badRowCount, header: mapper?.header ?? [])
        }

        mutating func read(
            file: ImportFile, writer: any ImportWriter, progress: (@Sendable (Int, Int?) -> Void)?
        ) async throws -> ImportSummary {
            // A CRM export row is about 150–200 bytes; a rough count is enough for the store's choice.
            if let size = file.size { try await writer.expectRows(size / 180) }
            var records: [CSVParser.Record] = []
            var bytesRead = 0
            var endOfFile = false
            while !endOfFile {
                records.removeAll(keepingCapacity: true)
                let chunk = try file.read()
                var broken: CSVError?
                do {
                    if let chunk {
                        bytesRead += chunk.count
                        try chunk.withUnsafeBytes { raw in
                            try parser.feed(raw) { records.append($0) }
                        }
                    } else {
                        endOfFile = true
                        try parser.finish { records.append($0) }
                    }
                } catch let error as CSVError {
                    // The rows before the broken one are still checked, then the file ends there.
                    broken = error
                    endOfFile = true
                }
                try process(records)
                if let broken {
                    try fail(CRMImportError(line: broken.line, column: broken.column, message: message(broken)), [])
                }
                if badRowCount == 0 { try await flush(writer) }
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
            return ImportSummary(rowsRead: rowsRead, deals: deals, accounts: accounts)
        }

        mutating func process(_ records: [CSVParser.Record]) throws {
            for record in records {
                guard let currentMapper = mapper else {
                    do {
                        mapper = try CRMRowMapper(
                            header: record.fields, source: job.source, dateOrder: job.dateOrder,
                            headerLine: record.line)
                    } catch {
                        badRowCount += 1
                        badRows.append(.init(error: error, fields: record.fields))
                        throw failure
                    }
                    continue
                }
                rowsRead += 1
                do {
                    let mapped = try currentMapper.map(record)
                    if badRowCount == 0 { batch.append(mapped) }
                } catch {
                    try fail(error, record.fields)
                }
            }
        }

        mutating func fail(_ error: CRMImportError, _ fields: [String]) throws {
            badRowCount += 1
            if badRows.count < job.maxReportedRows { badRows.append(.init(error: error, fields: fields)) }
            batch.removeAll()
            if !job.collectAllErrors { throw failure }
        }

        mutating func flush(_ writer: any ImportWriter) async throws {
            var start = 0
            while start < batch.count {
                let end = min(batch.count, start + job.batchSize)
                let slice = batch[start..<end]
                var newAccounts: [Account] = []
                for record in slice {
                    let key = record.account.id.rawValue + "\u{1F}" + record.account.name
                    if accountsSeen.insert(key).inserted { newAccounts.append(record.account) }
                }
                if !newAccounts.isEmpty {
                    accounts += try await writer.upsert(
                        accounts: newAccounts, source: job.recordSource, mode: .crmFields)
                }
                deals += try await writer.upsert(
                    opportunities: slice.map(\.opportunity), source: job.recordSource, mode: .crmFields)
                start = end
            }
            batch.removeAll(keepingCapacity: true)
        }

        func message(_ error: CSVError) -> String {
            var text = error.description
            if let range = text.range(of: ": ") { text = String(text[range.upperBound...]) }
            return text
        }
    }
}
