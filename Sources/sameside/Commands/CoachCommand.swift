import ArgumentParser
import Foundation
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
    var format: OutputFormat = .text

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
            let coach = MessageCoach(lexicon: try loadLexicon())
            if let batch {
                let threads = threads ?? ProcessInfo.processInfo.activeProcessorCount
                let failures = try CoachBatch(coach: coach, defaultKind: kind, sellers: sellerNames).run(
                    path: batch, threads: threads)
                if failures > 0 {
                    throw CLIError.badInput(
                        "\(InputFile.displayName(batch)): \(failures) bad line\(failures == 1 ? "" : "s") "
                            + "(reported above); the others were coached")
                }
                return
            }
            let path = file ?? "-"
            let text = try MessageText.read(path)
            let context = try loadContext()
            let report = coach.coach(text, kind: kind, context: context, sellerSpeakers: sellerNames)
            let writer = StdoutWriter()
            switch format {
            case .json: writer.write(report.json() + "\n")
            case .text: writer.write(CoachRendering.text(report, color: StandardStreams.colorAllowed))
            case .markdown: writer.write(CoachRendering.markdown(report))
            }
            writer.flush()
        }
    }

    private func loadLexicon() throws -> CoachLexicon {
        guard let playbook else { return .standard }
        let bytes = try InputFile.readAll(playbook)
        do {
            return try CoachLexicon.standard.extended(withPlaybook: bytes)
        } catch {
            throw CLIError.badInput("\(InputFile.displayName(playbook)): \(error.description)")
        }
    }

    private func loadContext() throws -> CoachContext? {
        guard let pipeline, let deal else { return nil }
        let data = try PipelineInput.open(path: pipeline).readAll()
        guard let opportunity = data.opportunity(DealID(deal)) else {
            let known = data.opportunities.prefix(5).map { "\"\($0.id)\"" }.joined(separator: ", ")
            throw CLIError.badInput(
                "\(InputFile.displayName(pipeline)): no deal \"\(deal)\" (deals in the file: \(known)"
                    + (data.opportunities.count > 5 ? ", …" : "") + ")")
        }
        guard let account = data.account(opportunity.accountId) else {
            throw CLIError.badInput(
                "\(InputFile.displayName(pipeline)): deal \"\(deal)\" names account \"\(opportunity.accountId)\", "
                    + "which is not in the file")
        }
        return CoachContext(account: account, opportunity: opportunity, seller: data.seller)
    }
}

extension MessageKind: ExpressibleByArgument {}
