import ArgumentParser
import SameSideApp
import SameSideCore

/// `sameside map …`: the deal's mutual plan (map) — the customer's own buying steps.
struct MapCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract:
            "The mutual plan of a deal: export it for the customer's calendar or files, or start it from a template.",
        subcommands: [MapExportCommand.self, MapApplyCommand.self])
}

/// `PIPELINE | --database URL` with `--deal ID`: one deal from a file or from the store.
struct DealSourceOptions: ParsableArguments {
    @Argument(help: "Pipeline file (JSON or JSON Lines; `-` for standard input); leave out to use --database.")
    var pipeline: String?

    @Option(help: "The id of the deal.")
    var deal: String

    @OptionGroup var asOf: AsOfOption
    @OptionGroup var input: InputFormatOption
    @OptionGroup var database: DatabaseOptions

    /// Runs `body` on the deal, read from the file or (with `--database`) from the store.
    func withDeal<T>(_ command: String, _ body: (SelectedDeal) async throws -> T) async throws -> T {
        let day = try asOf.day()
        if database.database != nil {
            guard pipeline == nil else {
                throw AppError.badInput("\(command): give a PIPELINE file or --database, not both")
            }
            let name = try database.config().database.description
            return try await database.withStore { store in
                try await body(
                    try await DealLookup.find(DealID(deal), in: store, named: name, asOf: day, clock: SystemDayClock()))
            }
        }
        guard let pipeline else { throw AppError.badInput("\(command): missing PIPELINE file (or use --database URL)") }
        return try await body(
            try DealLookup.find(DealID(deal), in: input.open(pipeline), asOf: day, clock: SystemDayClock()))
    }
}

/// `sameside map export`: the plan as iCalendar, Markdown or JSON.
struct MapExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a deal's plan as an iCalendar file (ics), Markdown or JSON.",
        discussion: """
            For the customer (the default) internal steps and our amounts are left out. In iCalendar each dated \
            step is an all-day event whose UID depends only on the deal and the step, and whose SEQUENCE counts the \
            step's recorded date changes, so importing the file again updates the events instead of adding new \
            ones. See docs/plan.md.
            """)

    @OptionGroup var source: DealSourceOptions

    @Option(help: "ics, markdown or json.")
    var format: MutualPlanUseCase.Format

    @Option(name: .customLong("for"), help: "customer (internal steps left out) or seller (every step).")
    var audience: PlanAudience = .customer

    @Option(help: "Playbook file (YAML or JSON) for the plan's thresholds.")
    var playbook: String?

    func run() async throws {
        try await CLIExit.guarding {
            let rules = try playbook.map(PlaybookLoader.load) ?? .standard
            let text = try await source.withDeal("map export") { selected in
                MutualPlanUseCase(playbook: rules).export(
                    selected, format: format, audience: audience, stamp: .system())
            }
            let writer = StdoutWriter()
            writer.write(text)
            writer.flush()
        }
    }
}

/// `sameside map apply`: add a template's steps to a deal's plan.
struct MapApplyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract:
            "Add the steps of a plan template that the deal's plan lacks, with dates; recorded steps never change.",
        discussion: """
            --from close-date fills dates backwards from the deal's close date (the steps up to the purchase end on \
            it); --from today fills them forwards. With a PIPELINE file the updated deal is printed as pipeline \
            JSON (an opportunity object); with --database it is saved. Templates: `standard`, and those in the \
            playbook's planTemplates.
            """)

    @OptionGroup var source: DealSourceOptions

    @Option(help: "The plan template: standard, or one of the playbook's planTemplates.")
    var template: String = PlanTemplate.standard.name

    @Option(help: "close-date (backwards) or today (forwards).")
    var from: PlanAnchor = .today

    @Option(help: "Playbook file (YAML or JSON) with planTemplates.")
    var playbook: String?

    func run() async throws {
        try await CLIExit.guarding {
            let useCase = MutualPlanUseCase(playbook: try playbook.map(PlaybookLoader.load) ?? .standard)
            let result: PlanApplication
            if source.database.database != nil {
                guard source.pipeline == nil else {
                    throw AppError.badInput("map apply: give a PIPELINE file or --database, not both")
                }
                let name = try source.database.config().database.description
                let day = try source.asOf.day()
                result = try await source.database.withStore { store in
                    try await useCase.applyStored(
                        template: template, from: from, deal: DealID(source.deal), in: store, named: name, asOf: day,
                        clock: SystemDayClock())
                }
            } else {
                result = try await source.withDeal("map apply") { selected in
                    let result = try useCase.apply(template: template, from: from, to: selected)
                    var deal = selected.deal
                    deal.buyingProcess = result.steps
                    let writer = StdoutWriter()
                    writer.write(PipelineWriter.opportunityJSON(deal))
                    writer.flush()
                    return result
                }
            }
            StandardStreams.error(
                "map apply: \(result.added.count) steps added, \(result.kept.count) already in the plan")
            for warning in result.warnings { StandardStreams.error("warning: \(warning)") }
        }
    }
}

extension PlanAudience: ExpressibleByArgument {}
extension PlanAnchor: ExpressibleByArgument {}
extension MutualPlanUseCase.Format: ExpressibleByArgument {}
