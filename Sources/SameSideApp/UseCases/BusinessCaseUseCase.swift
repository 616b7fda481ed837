import SameSideCore

/// The business case of one deal and the approval pack the customer's champion takes to management.
public enum BusinessCaseUseCase {
    /// The forms the case is written in: the figures as JSON, or the approval pack as text, Markdown or a
    /// printable HTML page.
    public enum Format: String, CaseIterable, Sendable {
        case text, json, markdown, html
    }

    /// The approval pack of `selected`; `source` names the pipeline in messages.
    /// - Throws: ``AppError/badInput(_:)`` when the deal has no usable business case.
    public static func approvalPack(for selected: SelectedDeal, source: String) throws(AppError) -> ApprovalPack {
        do throws(BusinessCaseError) {
            return try ApprovalPack.build(
                deal: selected.deal, account: selected.account, currency: selected.header.currency,
                asOf: selected.asOf)
        } catch {
            throw AppError.badInput(message(error, source: source, deal: selected.deal.id))
        }
    }

    /// The pack in `format`. Pure.
    public static func render(_ pack: ApprovalPack, format: Format, paper: DocumentRenderer.Paper = .auto) -> String {
        switch format {
        case .json: return JSONSerializer.serialize(.object(pack.analysis.jsonObject), pretty: true) + "\n"
        case .text: return DocumentRenderer.text(ApprovalPackDocument.make(pack))
        case .markdown: return DocumentRenderer.markdown(ApprovalPackDocument.make(pack))
        case .html: return DocumentRenderer.html(ApprovalPackDocument.make(pack), paper: paper)
        }
    }

    /// `SOURCE: deal "ID": what is wrong`, without naming the deal twice. Pure.
    static func message(_ error: BusinessCaseError, source: String, deal: DealID) -> String {
        switch error {
        case .noBusinessCase, .noBenefits: return "\(source): \(error.description)"
        default: return "\(source): deal \"\(deal)\": \(error.description)"
        }
    }
}
