import ArgumentParser
import SameSideApp
import SameSideCore

/// `--input-format json|jsonl` for every command that reads a pipeline file.
struct InputFormatOption: ParsableArguments {
    @Option(help: "Input form: json or jsonl (default: by extension, or by looking at the first line).")
    var inputFormat: PipelineInputFormat?

    /// Opens `path` (`-` for stdin); warnings go to stderr.
    func open(_ path: String) throws(AppError) -> PipelineInput {
        try PipelineInput.open(path: path, format: inputFormat, warn: StandardStreams.error)
    }
}

/// `--as-of YYYY-MM-DD` wherever the answer depends on today's date.
struct AsOfOption: ParsableArguments {
    @Option(help: "Today, YYYY-MM-DD (default: the file's asOf, else today).")
    var asOf: String?

    /// The day asked for, or nil. Throws ``AppError/badInput(_:)`` for text that is not a date.
    func day() throws(AppError) -> Day? { try Day.parseAsOf(asOf) }
}

/// `PIPELINE --deal ID [--as-of DATE] [--input-format F]`: one deal of a pipeline file (case, plan).
struct DealInFileOptions: ParsableArguments {
    @Argument(help: "Pipeline file (JSON or JSON Lines; `-` for standard input).")
    var pipeline: String

    @Option(help: "The id of the deal.")
    var deal: String

    @OptionGroup var asOf: AsOfOption
    @OptionGroup var input: InputFormatOption

    /// The deal with its account, the file's header and the day the answer is for.
    func select() throws -> SelectedDeal {
        let day = try asOf.day()
        return try DealLookup.find(
            DealID(deal), in: input.open(pipeline), asOf: day, clock: SystemDayClock())
    }
}

extension PipelineInputFormat: ExpressibleByArgument {}
extension ReportFormat: ExpressibleByArgument {}
extension Severity: ExpressibleByArgument {}
extension MeetingKind: ExpressibleByArgument {}
extension MessageKind: ExpressibleByArgument {}
extension DateOrder: ExpressibleByArgument {}
extension DocumentRenderer.Paper: ExpressibleByArgument {}
extension BusinessCaseUseCase.Format: ExpressibleByArgument {}
extension ExportUseCase.Format: ExpressibleByArgument {}
extension ImportUseCase.Source: ExpressibleByArgument {}
