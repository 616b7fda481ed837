import ArgumentParser
import SameSideApp
import SameSideCore

/// `sameside review PIPELINE`: judges every open deal from the customer's side.
struct ReviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Review every open deal (or one) from the customer's side.",
        discussion: """
            Verdicts: customer-pulling, progressing, at-risk, pushing-the-rope, not-qualified. Each finding \
            quotes the evidence, asks the coaching questions and proposes one next action that helps the customer.

            Reads the JSON or the JSON Lines form (streamed, bounded memory). Exit status: 0 success \
            (findings are not failures), 2 bad usage or input, 3 with --fail-on when a finding of that \
            level or above is present, 1 anything else. See docs/review.md.
            """)

    @Argument(help: "Pipeline file, JSON or JSON Lines (`-` for standard input).")
    var pipeline: String?

    @Option(help: "Review only the deal with this id.")
    var deal: String?

    @Option(help: "Output: text (for people), json (for scripts) or markdown (for a meeting agenda).")
    var format: ReportFormat = .text

    @OptionGroup var asOf: AsOfOption

    @Option(help: "Exit with status 3 when any finding of this severity or above is present: high, medium or low.")
    var failOn: Severity?

    @Option(help: "Playbook file (YAML or JSON) with thresholds, stage mapping, rules off and severity overrides.")
    var playbook: String?

    @Flag(help: "Print the playbook in use (the built-in one unless --playbook is given) as YAML and exit.")
    var printPlaybook = false

    @OptionGroup var input: InputFormatOption

    /// `--database URL` instead of a file: review what is stored.
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        try await CLIExit.guarding {
            let rules = try playbook.map(PlaybookLoader.load) ?? .standard
            if printPlaybook {
                print(rules.yaml, terminator: "")
                return
            }
            let day = try asOf.day()
            let useCase = ReviewUseCase(playbook: rules)
            let highest: Severity?
            if database.database != nil {
                guard pipeline == nil else {
                    throw AppError.badInput("review: give a PIPELINE file or --database, not both")
                }
                highest = try await reviewStored(useCase, asOf: day)
            } else {
                guard let pipeline else {
                    throw AppError.badInput(
                        "review: missing PIPELINE file (or use --database URL, or --print-playbook)")
                }
                let file = try input.open(pipeline)
                file.reportWarnings()
                let scope = useCase.scope(of: file, asOf: day)
                var report = Self.report(format, scope)
                try useCase.reviewFile(
                    file, scope: scope, deal: deal.map { DealID($0) }, workers: ReviewSession.defaultWorkers
                ) { try report.add($0) }
                try report.finish()
                highest = report.summary.highestSeverity
            }
            if let failOn, let highest, highest >= failOn { throw ExitCode(3) }
        }
    }

    /// Reviews the stored open deals (or `--deal`), streamed page by page; returns the highest severity found.
    private func reviewStored(_ useCase: ReviewUseCase, asOf day: Day?) async throws -> Severity? {
        let name = try database.config().database.description
        return try await database.withStore { store in
            let scope = try await useCase.scope(of: store, asOf: day)
            var report = Self.report(format, scope)
            if let deal {
                try report.add(try await useCase.reviewStoredDeal(DealID(deal), in: store, named: name, scope: scope))
            } else {
                // As many review threads as `review FILE` uses, and at least one, while the next page loads.
                try await useCase.reviewStored(
                    in: store, scope: scope, workers: max(1, ReviewSession.defaultWorkers)
                ) { try report.add($0) }
            }
            try report.finish()
            return report.summary.highestSeverity
        }
    }

    private static func report(_ format: ReportFormat, _ scope: ReviewUseCase.Scope) -> ReviewReport {
        ReviewReport(
            format: format, asOf: scope.asOf, currency: scope.header.currency, color: StandardStreams.colorAllowed,
            writer: StdoutWriter())
    }
}
