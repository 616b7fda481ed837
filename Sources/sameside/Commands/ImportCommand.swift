import ArgumentParser
import SameSideApp
import SameSideCore

/// `sameside import FILE --from salesforce|hubspot|pipeline`: loads a CRM export or a pipeline file.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a Salesforce or HubSpot CSV export, or a pipeline file, into the database.",
        discussion: """
            One import is one transaction: on any error nothing of the file is stored, and the message \
            names the file, line and column (CSV) or JSON path and what was expected. Records keep their \
            source id, so importing the same file again changes nothing. A one-line summary goes to stderr.
            """)

    @Argument(help: "The file to import (`-` for standard input).")
    var file: String

    @Option(help: "What the file is: salesforce, hubspot or pipeline.")
    var from: ImportUseCase.Source

    @OptionGroup var database: DatabaseOptions

    @Option(help: "How to read slashed dates such as 03/04/2026: mdy (default) or dmy.")
    var dateOrder: DateOrder = .mdy

    @Option(
        help: """
            Currency code (such as EUR) for amounts the CSV gives no currency for; wins over the playbook's \
            `currency`. Without either they stay unlabelled.
            """)
    var currency: String?

    @Option(help: "Playbook file (YAML or JSON) whose `currency` labels amounts the CSV gives no currency for.")
    var playbook: String?

    @Option(help: "Write every bad row, with what is wrong, to this CSV file (nothing is imported).")
    var report: String?

    @OptionGroup var input: InputFormatOption

    func run() async throws {
        try await CLIExit.guarding {
            let name = InputFile.displayName(file)
            let progress = ProgressDisplay(label: name)
            let options = ImportUseCase.Options(
                dateOrder: dateOrder, collectAllErrors: report != nil, pipelineFormat: input.inputFormat,
                defaultCurrency: currency, playbook: try playbook.map(PlaybookLoader.load))
            let summary: ImportSummary
            do {
                summary = try await database.withStore { store in
                    try await ImportUseCase.run(
                        FileSource(path: file), as: from, options: options, into: store, warn: StandardStreams.error,
                        progress: { progress.update(bytes: $0, total: $1) })
                }
            } catch AppError.importRejected(let failure) {
                progress.clear()
                if let report {
                    try ImportReport.write(failure, to: report)
                    StandardStreams.error("\(report): \(failure.badRowCount) bad rows written")
                }
                throw AppError.importRejected(failure)
            }
            progress.clear()
            StandardStreams.error("\(name): \(summary)")
            for note in summary.notes { StandardStreams.error("  \(note)") }
        }
    }
}
