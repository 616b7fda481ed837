import ArgumentParser
import SameSideApp
import SameSideCore

/// `sameside plan PIPELINE --deal ID`: the plan for the next meeting, built from the customer's goals and
/// from what is still unknown about the deal.
struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Plan the next meeting with the customer: goal, agenda, questions, who should be there.",
        discussion: """
            Without --meeting the planner picks the meeting the deal needs next. Every question says which gap \
            in what we know it closes (see docs/planning.md for the gap names), and which rule of the deal \
            review found it too.
            """)

    @OptionGroup var selection: DealInFileOptions

    @Option(help: "discovery, business-case, approval, negotiation or kickoff (default: what the deal needs next).")
    var meeting: MeetingKind?

    @Option(help: "Output: text, json or markdown.")
    var format: ReportFormat = .text

    func run() async throws {
        try await CLIExit.guarding {
            let plan = CallPlanUseCase().plan(for: try selection.select(), meeting: meeting)
            let writer = StdoutWriter()
            writer.write(CallPlanUseCase.render(plan, format: format))
            writer.flush()
        }
    }
}
