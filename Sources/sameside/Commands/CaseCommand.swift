import ArgumentParser
import SameSideApp

/// `sameside case PIPELINE --deal ID`: the business case of one deal, and the approval pack for the customer.
struct CaseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "case",
        abstract: "The business case of one deal, in the customer's numbers, checked against their hurdles.",
        discussion: """
            Monthly cash flows over the horizon (default 3 years): ROI, payback, NPV, IRR, cost of delay, the \
            cost of doing nothing, and the case at 50%/100%/150% of the benefit confidence.

            --format html writes the approval pack the customer's champion can take to management: one \
            self-contained page (no external resources) that prints on A4 and Letter. --format markdown \
            writes the same pack as Markdown; json the figures (see docs/business-case.md). --as-of sets \
            the day from which the months until the compelling event count.
            """)

    @OptionGroup var selection: DealInFileOptions

    @Option(help: "Output: text, json, markdown or html (the printable approval pack).")
    var format: BusinessCaseUseCase.Format = .text

    @Option(help: "Paper size for --format html: auto, a4 or letter.")
    var paper: DocumentRenderer.Paper = .auto

    func run() async throws {
        try await CLIExit.guarding {
            let selected = try selection.select()
            let pack = try BusinessCaseUseCase.approvalPack(
                for: selected, source: InputFile.displayName(selection.pipeline))
            let writer = StdoutWriter()
            writer.write(BusinessCaseUseCase.render(pack, format: format, paper: paper))
            writer.flush()
        }
    }
}
