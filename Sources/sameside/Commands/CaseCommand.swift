import ArgumentParser
import SameSideCore

/// `sameside case PIPELINE --deal ID`: the business case of one deal, and the approval pack for the customer.
struct CaseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "case",
        abstract: "The business case of one deal, in the customer's numbers, checked against their hurdles.",
        discussion: """
            Monthly cash flows over the horizon (default 3 years): ROI, payback, NPV, IRR, cost of delay, the \
            cost of doing nothing, and the case at 50%/100%/150% of the benefit confidence. A deal without \
            business-case figures gets a draft instead: its goals, the cost of doing nothing and the amount, \
            and the numbers still needed, from whom (JSON: "draft": true).

            --format html writes the approval pack the customer's champion can take to management: one \
            self-contained page (no external resources) that prints on A4 and Letter. --format markdown \
            writes the same pack as Markdown; json the figures (see docs/business-case.md).
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, markdown, html
    }

    @Argument(help: "Pipeline file (JSON or JSON Lines; `-` for standard input).")
    var pipeline: String

    @Option(help: "The id of the deal.")
    var deal: String

    @Option(help: "Output: text, json, markdown or html (the printable approval pack).")
    var format: Format = .text

    @Option(help: "Paper size for --format html: auto, a4 or letter.")
    var paper: DocumentRenderer.Paper = .auto

    @Option(help: "Today for the months until the compelling event (default: the file's asOf).")
    var asOf: String?

    @Option(help: "Input form: json or jsonl (default: by extension or content).")
    var inputFormat: PipelineInputFormat?

    func run() async throws {
        try await CLIExit.guarding {
            let selection = try DealSelection.load(
                path: pipeline, dealId: deal, asOf: asOf, inputFormat: inputFormat)
            let name = InputFile.displayName(pipeline)
            if selection.deal.businessCase == nil || selection.deal.businessCase?.benefits.isEmpty == true {
                // Never a refusal where the review asks for a case: a draft with the numbers still needed.
                let draft = CaseDraft(
                    deal: selection.deal, account: selection.account, currency: selection.header.currency,
                    asOf: selection.asOf)
                let writer = StdoutWriter()
                writer.write(format == .json ? JSONSerializer.serialize(draft.json, pretty: true) + "\n" : draft.text)
                writer.flush()
                return
            }
            let pack: ApprovalPack
            do throws(BusinessCaseError) {
                pack = try ApprovalPack.build(
                    deal: selection.deal, account: selection.account, currency: selection.header.currency,
                    asOf: selection.asOf)
            } catch {
                throw CLIError.badInput(Self.message(error, file: name, deal: deal))
            }
            let writer = StdoutWriter()
            switch format {
            case .json:
                writer.write(JSONSerializer.serialize(.object(pack.analysis.jsonObject), pretty: true) + "\n")
            case .text:
                writer.write(DocumentRenderer.text(ApprovalPackDocument.make(pack)))
            case .markdown:
                writer.write(DocumentRenderer.markdown(ApprovalPackDocument.make(pack)))
            case .html:
                writer.write(DocumentRenderer.html(ApprovalPackDocument.make(pack), paper: paper))
            }
            writer.flush()
        }
    }
}

extension CaseCommand {
    /// `FILE: deal "ID": what is wrong`, without naming the deal twice.
    static func message(_ error: BusinessCaseError, file: String, deal: String) -> String {
        switch error {
        case .noBusinessCase, .noBenefits: return "\(file): \(error.description)"
        default: return "\(file): deal \"\(deal)\": \(error.description)"
        }
    }
}

extension DocumentRenderer.Paper: ExpressibleByArgument {}
