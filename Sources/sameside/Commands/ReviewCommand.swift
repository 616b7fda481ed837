import ArgumentParser
import Foundation
import SameSideCore

/// `sameside review PIPELINE`: judges every open deal from the customer's side.
struct ReviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Review every open deal (or one) from the customer's side.",
        discussion: """
            Verdicts: customer-pulling, progressing, at-risk, pushing-the-rope, not-qualified. The default view is \
            for the pipeline meeting: per deal a headline, one next best action and at most three findings (those \
            that say the same thing merged), deals ranked by what is at stake within each verdict, totals per \
            verdict, owner and stage, and a coaching line per owner. --detail shows every finding with its \
            evidence, questions and actions. --format markdown is the meeting agenda.

            Reads the JSON or the JSON Lines form (streamed, bounded memory). Exit status: 0 success \
            (findings are not failures), 2 bad usage or input, 3 with --fail-on when a finding of that \
            level or above is present, 1 anything else. See docs/review.md.
            """)

    @Argument(help: "Pipeline file, JSON or JSON Lines (`-` for standard input).")
    var pipeline: String?

    @Option(help: "Review only the deal with this id.")
    var deal: String?

    @Option(help: "Output: text (for people), json (for scripts) or markdown (for a meeting agenda).")
    var format: OutputFormat = .text

    @Option(help: "Review as of this day, YYYY-MM-DD (default: the file's asOf, else today).")
    var asOf: String?

    @Option(help: "Exit with status 3 when any finding of this severity or above is present: high, medium or low.")
    var failOn: Severity?

    @Option(help: "Playbook file (YAML or JSON) with thresholds, stage mapping, rules off and severity overrides.")
    var playbook: String?

    @Flag(help: "Print the playbook in use (the built-in one unless --playbook is given) as YAML and exit.")
    var printPlaybook = false

    @Option(help: "Input form: json or jsonl (default: by extension, or by looking at the first line).")
    var inputFormat: PipelineInputFormat?

    @Flag(help: "Show every finding with all its evidence, questions and actions (default: the meeting view).")
    var detail = false

    @Option(help: "Show only the deals of this owner.")
    var owner: String?

    @Option(help: "Show only the deals with this verdict.")
    var verdict: Verdict?

    @Option(help: "Show only the deals at this stage (buyer-verified, or the seller's stage or its ladder rung).")
    var stage: String?

    @Option(help: "Show at most N deals per verdict, those with the most at stake.")
    var top: Int?

    /// The report flags as one value for Core's report.
    var view: ReviewView {
        ReviewView(detail: detail, filter: ReviewFilter(owner: owner, verdict: verdict, stage: stage, top: top))
    }

    /// `--database URL` instead of a file: review what is stored (see StoredReview).
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        try await CLIExit.guarding {
            let rules = try playbook.map(PlaybookFile.load) ?? .standard
            if printPlaybook {
                print(rules.yaml, terminator: "")
                return
            }
            let asOfDay = try asOf.map { text -> Day in
                guard let day = Day(text) else {
                    throw CLIError.badInput("--as-of: expected a date YYYY-MM-DD, got \"\(text)\"")
                }
                return day
            }
            if let top, top < 1 {
                throw CLIError.badInput("--top: expected a number of deals of 1 or more, got \(top)")
            }
            if database.database != nil {
                guard pipeline == nil else {
                    throw CLIError.badInput("review: give a PIPELINE file or --database, not both")
                }
                let highest = try await StoredReview(
                    database: database, playbook: rules, format: format, asOf: asOfDay, deal: deal, view: view
                ).run()
                if let failOn, let highest, highest >= failOn { throw ExitCode(3) }
                return
            }
            guard let pipeline else {
                throw CLIError.badInput("review: missing PIPELINE file (or use --database URL, or --print-playbook)")
            }
            let input = try PipelineInput.open(path: pipeline, format: inputFormat)
            input.printWarnings()
            let day = asOfDay ?? input.header.asOf ?? ReviewCommand.today()
            var output = ReviewOutput(
                format: format, asOf: day, currency: input.header.currency, color: StandardStreams.colorAllowed,
                view: view)
            let session = ReviewSession(
                header: input.header, playbook: rules, asOf: day, dealFilter: deal.map { DealID($0) })
            var reviewed = 0
            try session.run(input: input) { review in
                reviewed += 1
                try output.add(review)
            }
            if let deal, reviewed == 0 {
                throw CLIError.badInput(session.missingDealMessage(deal, file: input.name))
            }
            try output.finish()
            if let failOn, let highest = output.summary.highestSeverity, highest >= failOn {
                throw ExitCode(3)
            }
        }
    }

    /// Today in UTC, for when neither --as-of nor the file says.
    static func today() -> Day {
        Day(ordinal: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
    }
}

extension Severity: ExpressibleByArgument {}
extension Verdict: ExpressibleByArgument {}
