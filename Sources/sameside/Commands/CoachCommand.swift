import ArgumentParser
import Foundation
import SameSideApp
import SameSideCore

/// `sameside coach`: is this message about the customer or about us?
struct CoachCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coach",
        abstract: "Judge a message (email, LinkedIn message, call note, transcript): about them, or about us?",
        discussion: """
            Prints a verdict (customer-centric | mixed | seller-centric), a 0–100 score, metrics, and findings: \
            exact spans of pressure, pitch and seller focus, each with what to write instead. Offsets count \
            Unicode scalars.

            Transcripts are `Speaker: words` lines; name the seller's speakers with --seller or a header line \
            `# seller: Dana, Mike` (otherwise the first speaker is assumed to be the seller).

            --batch FILE.jsonl reads one JSON object per line ({"id": …, "text": "…", "kind": "email"}) and \
            writes one JSON result per line, in order, with the input's id. A bad line is reported on stderr \
            with its line number (and as an error object on stdout); the others are still coached; exit 2 at \
            the end.

            --playbook FILE adds your organisation's phrases: \
            {"coach": {"pressurePhrases": […], "pitchPhrases": […], "sellerNames": […]}}.
            """)

    @Argument(help: "The message file (`-` or nothing for standard input).")
    var file: String?

    @Option(help: "What the message is: email, message, note or transcript.")
    var kind: MessageKind = .email

    @Option(help: "A transcript speaker on the seller's side; repeat it or separate names with commas.")
    var seller: [String] = []

    /// `--seller Dana --seller "Mike Ross"` and `--seller Dana,Mike` both name two sellers.
    private var sellerNames: [String] {
        seller.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    @Option(help: "A pipeline file (JSON or JSON Lines) to check the message against one deal's goals.")
    var pipeline: String?

    @Option(help: "The deal id in --pipeline.")
    var deal: String?

    @Option(help: "A playbook JSON file with extra phrases and our company and product names.")
    var playbook: String?

    @Option(help: "JSON Lines input: one object per line with `text` (and optional `id`, `kind`).")
    var batch: String?

    @Option(help: "Worker threads for --batch (default: one per core; results stay in input order).")
    var threads: Int?

    @Option(help: "Output: text, json or markdown.")
    var format: ReportFormat = .text

    func validate() throws {
        if (pipeline == nil) != (deal == nil) {
            throw ValidationError("--pipeline and --deal go together: give both or neither.")
        }
        if let threads, threads < 1 { throw ValidationError("--threads must be 1 or more") }
        if batch != nil && file != nil {
            throw ValidationError("Give either a message FILE or --batch FILE.jsonl, not both.")
        }
    }

    func run() async throws {
        try await CLIExit.guarding {
            let useCase = CoachUseCase(lexicon: try CoachUseCase.lexicon(playbook: playbook))
            if let batch {
                let threads = threads ?? ProcessInfo.processInfo.activeProcessorCount
                let failures = try CoachBatch(coach: useCase.coach, defaultKind: kind, sellers: sellerNames).run(
                    source: FileSource(path: batch), threads: threads, output: StdoutWriter.writeAll,
                    problem: { StandardStreams.error("sameside: \($0)") })
                if failures > 0 {
                    throw AppError.badInput(
                        "\(InputFile.displayName(batch)): \(failures) bad line\(failures == 1 ? "" : "s") "
                            + "(reported above); the others were coached")
                }
                return
            }
            let text = try MessageText.read(file ?? "-")
            let context = try pipeline.map { try CoachUseCase.context(deal: DealID(deal ?? ""), pipeline: $0) }
            let report = useCase.coach(text, kind: kind, context: context, sellers: sellerNames)
            let writer = StdoutWriter()
            writer.write(CoachUseCase.render(report, format: format, color: StandardStreams.colorAllowed))
            writer.flush()
        }
    }
}
