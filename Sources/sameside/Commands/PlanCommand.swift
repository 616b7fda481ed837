import ArgumentParser
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

    @Argument(help: "Pipeline file (JSON or JSON Lines; `-` for standard input).")
    var pipeline: String

    @Option(help: "The id of the deal.")
    var deal: String

    @Option(help: "discovery, business-case, approval, negotiation or kickoff (default: what the deal needs next).")
    var meeting: MeetingKind?

    @Option(help: "Output: text, json or markdown.")
    var format: OutputFormat = .text

    @Option(help: "Today (default: the file's asOf).")
    var asOf: String?

    @Option(help: "Input form: json or jsonl (default: by extension or content).")
    var inputFormat: PipelineInputFormat?

    func run() async throws {
        try await CLIExit.guarding {
            let selection = try DealSelection.load(
                path: pipeline, dealId: deal, asOf: asOf, inputFormat: inputFormat)
            let review = ReviewEngine().review(
                deal: selection.deal, account: selection.account, seller: selection.header.seller,
                playbook: .standard, asOf: selection.asOf, currency: selection.header.currency)
            let plan = CallPlanner().plan(
                deal: selection.deal, account: selection.account, asOf: selection.asOf, meeting: meeting,
                findings: review.findings)
            let writer = StdoutWriter()
            switch format {
            case .json: writer.write(JSONSerializer.serialize(.object(plan.jsonObject), pretty: true) + "\n")
            case .text: writer.write(DocumentRenderer.text(CallPlanDocument.make(plan)))
            case .markdown: writer.write(DocumentRenderer.markdown(CallPlanDocument.make(plan)))
            }
            writer.flush()
        }
    }
}

extension MeetingKind: ExpressibleByArgument {}
