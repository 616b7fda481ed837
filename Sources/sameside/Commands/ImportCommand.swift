import ArgumentParser
import Foundation
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

    enum Source: String, ExpressibleByArgument, CaseIterable {
        case salesforce, hubspot, pipeline
    }

    @Argument(help: "The file to import (`-` for standard input).")
    var file: String

    @Option(help: "What the file is: salesforce, hubspot or pipeline.")
    var from: Source

    @OptionGroup var database: DatabaseOptions

    @Option(help: "How to read slashed dates such as 03/04/2026: mdy (default) or dmy.")
    var dateOrder: DateOrder = .mdy

    @Option(
        help: "Currency code (such as EUR) for amounts the CSV gives no currency for; without it they stay unlabelled.")
    var currency: String?

    @Option(help: "Write every bad row, with what is wrong, to this CSV file (nothing is imported).")
    var report: String?

    @Option(help: "Pipeline input form: json or jsonl (default: by extension or content).")
    var inputFormat: PipelineInputFormat?

    func run() async throws {
        try await CLIExit.guarding {
            let progress = ImportProgress(label: InputFile.displayName(file))
            let summary: ImportSummary = try await database.withStore { store in
                switch from {
                case .pipeline:
                    let input = try PipelineInput.open(path: file, format: inputFormat)
                    input.printWarnings()
                    return try await PipelineImport().run(
                        header: input.header, into: store,
                        next: {
                            let record = try input.next()
                            input.printWarnings()
                            return record
                        },
                        progress: { progress.update(bytes: input.bytesRead, total: nil) })
                case .salesforce, .hubspot:
                    let code = currency?.uppercased()
                    if let code, code.count != 3 || !code.allSatisfy({ $0.isASCII && $0.isLetter }) {
                        throw CLIError.badInput("--currency \(currency ?? ""): expected a three-letter code like EUR")
                    }
                    let job = CRMImport(
                        source: from == .salesforce ? .salesforce : .hubspot, dateOrder: dateOrder,
                        collectAllErrors: report != nil, defaultCurrency: code)
                    do {
                        return try await job.run(path: file, into: store) { bytes, total in
                            progress.update(bytes: bytes, total: total)
                        }
                    } catch let failure as ImportFailure {
                        progress.clear()
                        if let report { try ImportReport.write(failure, to: report) }
                        throw CLIError.badInput(failure.description)
                    } catch let error as ImportFileError {
                        throw CLIError.badInput(error.description)
                    }
                }
            }
            progress.clear()
            StandardStreams.error("\(InputFile.displayName(file)): \(summary)")
            for note in summary.notes { StandardStreams.error("  \(note)") }
        }
    }
}

extension DateOrder: ExpressibleByArgument {}
