import ArgumentParser
import SameSideApp

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

    @Option(help: "pipeline (one JSON document, default), jsonl (streamed JSON Lines) or csv.")
    var format: ExportUseCase.Format = .pipeline

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        try await CLIExit.guarding {
            let out = StdoutWriter()
            try await database.withStore { store in try await ExportUseCase.export(format, from: store, to: out) }
        }
    }
}
