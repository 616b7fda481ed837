import SameSideCore
import SameSideStore

/// Writes the stored pipeline out, in id order, so the same data always gives the same bytes.
public enum ExportUseCase {
    /// The forms of an export.
    public enum Format: String, CaseIterable, Sendable {
        /// One pipeline JSON document.
        case pipeline
        /// The pipeline as JSON Lines, streamed page by page.
        case jsonl
        /// Salesforce report columns (CRM fields only), which `import --from salesforce` reads back.
        case csv
    }

    /// Writes what `store` holds to `sink` in `format`. Throws ``StoreError``.
    public static func export(
        _ format: Format, from store: any PipelineStore, to sink: any ReportSink
    ) async throws {
        switch format {
        case .pipeline:
            sink.write(PipelineWriter.json(try await PipelineExport.pipeline(from: store)))
        case .jsonl:
            sink.write(PipelineWriter.headerLine(try await PipelineExport.header(from: store)) + "\n")
            var line: [UInt8] = []
            try await PipelineExport.forEachRecord(from: store) { record in
                line.removeAll(keepingCapacity: true)
                PipelineWriter.appendLine(record, to: &line)
                sink.write(bytes: line)
            }
        case .csv:
            try await CSVExport.write(from: store) { sink.write($0) }
        }
        sink.flush()
    }
}
