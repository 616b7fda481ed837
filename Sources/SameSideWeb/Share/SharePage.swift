import Foundation
import Hummingbird
import SameSideApp
import SameSideCore
import SameSideStore

/// The customer's page of one deal's plan, opened by a share link's token alone (no account): the goals it
/// serves, the steps that are not internal, owners, dates, status and the cost of delay — and the same plan as
/// iCalendar (a download and a subscribable feed), Markdown and JSON. A token opens only its own deal; a bad,
/// expired or revoked one gets the same bare 404 as a path that does not exist. The link's contact changes their
/// own steps through ``SharePlanChanges``.
struct SharePage: Sendable {
    let services: WebServices
    let formKey: ShareFormKey

    init(services: WebServices, formKey: ShareFormKey = ShareFormKey()) {
        self.services = services
        self.formKey = formKey
    }

    /// The one answer for anything the token does not open: no detail.
    static var notFound: Response {
        Response(
            status: .notFound, headers: [.contentType: "text/plain; charset=utf-8"],
            body: .init(byteBuffer: .init(string: "Not found\n")))
    }

    /// What an open token leads to: its link and its deal, as of the server's day.
    struct Opened: Sendable {
        var link: ShareLinkRecord
        var selected: SelectedDeal
        var now: Int
    }

    func addRoutes(to router: Router<WebContext>) {
        let config = services.config
        let group = router.group("share").add(middleware: ShareHeadersMiddleware())
            .add(
                middleware: ShareRateLimitMiddleware(
                    perToken: ShareRateLimiter(limit: config.shareRequestsPerToken, window: config.shareRateWindow),
                    perAddress: ShareRateLimiter(limit: config.shareRequestsPerAddress, window: config.shareRateWindow),
                    now: services.now))
        group.get("{token}") { request, context in try await answer(request, context, as: nil) }
        group.get("{token}/plan.ics") { request, context in try await answer(request, context, as: .ics) }
        group.get("{token}/feed.ics") { request, context in
            let token = try context.parameters.require("token")
            guard let opened = try await open(token) else { return Self.notFound }
            let ics = MutualPlanUseCase().export(
                opened.selected, format: .ics, audience: .customer, stamp: CalendarStamp(secondsSince1970: opened.now))
            return Response(
                status: .ok, headers: [.contentType: "text/calendar; charset=utf-8"],
                body: .init(byteBuffer: .init(string: PlanCalendar.feed(ics, refreshHours: 6))))
        }
        group.get("{token}/plan.md") { request, context in try await answer(request, context, as: .markdown) }
        group.get("{token}/plan.json") { request, context in try await answer(request, context, as: .json) }
        SharePlanChanges(page: self).addRoutes(to: group)
    }

    /// The link and deal `token` opens now, recording its use; `nil` for anything else.
    func open(_ token: String) async throws -> Opened? {
        let now = services.now()
        let links = try ShareLinks.links(of: services.store)
        guard let link = try await ShareLinks.open(token, in: links, now: now),
            let deal = try await services.store.opportunity(link.dealId)?.value,
            let account = try await services.store.account(deal.accountId)?.value
        else { return nil }
        let header = try await services.store.header()?.value ?? PipelineHeader()
        let selected = SelectedDeal(header: header, account: account, deal: deal, asOf: Day(ordinal: now / 86_400))
        return Opened(link: link, selected: selected, now: now)
    }

    /// The page of `opened`, with a note that a change was saved or why one was not.
    func page(
        _ opened: Opened, token: String, request: Request, status: HTTPResponse.Status = .ok, saved: Bool = false,
        error: String? = nil
    ) -> Response {
        let plan = MutualPlanUseCase().view(of: opened.selected, audience: .customer)
        let contact = PlanContact(link: opened.link.contact, in: opened.selected.account).name
        let view = SharePlanView(
            plan: plan, token: token, formKey: formKey.key(tokenHash: opened.link.tokenHash), contact: contact,
            host: request.head.authority, saved: saved, error: error)
        return Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: .init(string: services.templates.render(view, withTemplate: "share") ?? "")))
    }

    /// The plan of `opened` in `format`, as the downloads and the JSON answers carry it.
    func export(_ opened: Opened, as format: MutualPlanUseCase.Format) -> Response {
        let text = MutualPlanUseCase().export(
            opened.selected, format: format, audience: .customer, stamp: CalendarStamp(secondsSince1970: opened.now))
        return DealPlanExport.response(text, as: format)
    }

    private func answer(
        _ request: Request, _ context: WebContext, as format: MutualPlanUseCase.Format?
    ) async throws -> Response {
        let token = try context.parameters.require("token")
        guard let opened = try await open(token) else { return Self.notFound }
        guard let format else {
            return page(opened, token: token, request: request, saved: request.uri.queryParameters["saved"] != nil)
        }
        return export(opened, as: format)
    }
}
