import Foundation
import Hummingbird
import SameSideApp
import SameSideCore
import SameSideStore

/// The customer's page of one deal's plan, opened by a share link's token alone (no account): the goals it
/// serves, the steps that are not internal, owners, dates, status and the cost of delay — and the same plan as
/// iCalendar, Markdown and JSON. A token opens only its own deal; a bad, expired or revoked one gets the same
/// bare 404 as a path that does not exist.
struct SharePage: Sendable {
    let services: WebServices

    /// The one answer for anything the token does not open: no detail.
    static var notFound: Response {
        Response(
            status: .notFound, headers: [.contentType: "text/plain; charset=utf-8"],
            body: .init(byteBuffer: .init(string: "Not found\n")))
    }

    func addRoutes(to router: Router<WebContext>) {
        let group = router.group("share").add(middleware: ShareHeadersMiddleware())
        group.get("{token}") { request, context in try await answer(request, context, as: nil) }
        group.get("{token}/plan.ics") { request, context in try await answer(request, context, as: .ics) }
        group.get("{token}/plan.md") { request, context in try await answer(request, context, as: .markdown) }
        group.get("{token}/plan.json") { request, context in try await answer(request, context, as: .json) }
    }

    private func answer(
        _ request: Request, _ context: WebContext, as format: MutualPlanUseCase.Format?
    )
        async throws -> Response
    {
        let token = try context.parameters.require("token")
        let now = services.now()
        let links = try ShareLinks.links(of: services.store)
        guard let link = try await ShareLinks.open(token, in: links, now: now),
            let deal = try await services.store.opportunity(link.dealId)?.value,
            let account = try await services.store.account(deal.accountId)?.value
        else { return Self.notFound }
        let header = try await services.store.header()?.value ?? PipelineHeader()
        let selected = SelectedDeal(
            header: header, account: account, deal: deal, asOf: Day(ordinal: now / 86_400))
        let useCase = MutualPlanUseCase()
        guard let format else {
            let view = SharePlanView(plan: useCase.view(of: selected, audience: .customer), token: token)
            return Response(
                status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
                body: .init(byteBuffer: .init(string: services.templates.render(view, withTemplate: "share") ?? "")))
        }
        let text = useCase.export(
            selected, format: format, audience: .customer, stamp: CalendarStamp(secondsSince1970: now))
        let type: String
        switch format {
        case .ics: type = "text/calendar; charset=utf-8"
        case .markdown: type = "text/markdown; charset=utf-8"
        case .json: type = "application/json; charset=utf-8"
        }
        return Response(status: .ok, headers: [.contentType: type], body: .init(byteBuffer: .init(string: text)))
    }
}
