import ArgumentParser
import SameSideApp
import SameSideCore

/// `sameside export [--format pipeline|jsonl|csv]`: writes the stored pipeline to stdout.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the stored pipeline to stdout as a pipeline file, JSON Lines, or CSV.",
        discussion: """
            Records come out in id order, so the same data always gives the same bytes; importing the \
            output into an empty database and exporting again gives identical output. The CSV form uses \
            Salesforce report column names (`import --from salesforce` reads it back) and carries only \
            the CRM fields; the pipeline forms carry everything.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case pipeline, jsonl, csv
    }

    @Option(help: "pipeline (one JSON document, default), jsonl (streamed JSON Lines) or csv.")
    var format: Format = .pipeline

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        try await CLIExit.guarding {
            let out = StdoutWriter()
            try await database.withStore { store in
                switch format {
                case .pipeline:
                    out.write(PipelineWriter.json(try await PipelineExport.pipeline(from: store)))
                case .jsonl:
                    out.write(PipelineWriter.headerLine(try await PipelineExport.header(from: store)) + "\n")
                    var line: [UInt8] = []
                    try await PipelineExport.forEachRecord(from: store) { record in
                        line.removeAll(keepingCapacity: true)
                        PipelineWriter.appendLine(record, to: &line)
                        out.write(bytes: line)
                    }
                case .csv:
                    try await CSVExport.write(from: store) { out.write($0) }
                }
            }
            out.flush()
        }
    }
}
