import Hummingbird
import SameSideApp
import SameSideCore
import SameSideStore

/// The deal's mutual plan for download, as `sameside map export` writes it, for a user who may see the deal
/// (404 otherwise): `GET /deals/{id}/plan.ics`, `/plan.md` and `/plan.json` from the deal page, and
/// `GET /api/deals/{id}/plan?format=ics|markdown|json`. Ours by default (every step, internal ones marked);
/// `audience=customer` gives exactly what the customer's share page gives (no internal step, no amount). The
/// iCalendar's UIDs and SEQUENCE are the same as the share page's, so a calendar that imported either
/// updates its events.
struct DealPlanExport {
    let services: WebServices

    func addRoutes(to router: Router<WebContext>) {
        router.get("/deals/{id}/plan.ics") { request, context in try await export(request, context, as: .ics) }
        router.get("/deals/{id}/plan.md") { request, context in try await export(request, context, as: .markdown) }
        router.get("/deals/{id}/plan.json") { request, context in try await export(request, context, as: .json) }
        router.get("/api/deals/{id}/plan") { request, context in
            let name = request.uri.queryParameters["format"].map(String.init) ?? "json"
            guard let format = MutualPlanUseCase.Format(rawValue: name) else {
                throw HTTPError(.badRequest, message: "format is one of ics, markdown, json")
            }
            return try await export(request, context, as: format)
        }
    }

    func export(
        _ request: Request, _ context: WebContext, as format: MutualPlanUseCase.Format
    ) async throws
        -> Response
    {
        let user = try context.requireUser()
        let audienceName = request.uri.queryParameters["audience"].map(String.init) ?? PlanAudience.seller.rawValue
        guard let audience = PlanAudience(rawValue: audienceName) else {
            throw HTTPError(.badRequest, message: "audience is seller (ours, every step) or customer (as they see it)")
        }
        let id = DealID(try context.parameters.require("id"))
        let (deal, account, _) = try await VisibleDeals(services: services).deal(id, for: user)
        guard let account else { throw AppError.notFound("no account for deal \"\(id)\"") }
        let scope = try await services.review.scope(of: services.store, asOf: nil)
        let selected = SelectedDeal(header: scope.header, account: account, deal: deal, asOf: scope.asOf)
        let text = MutualPlanUseCase().export(
            selected, format: format, audience: audience, stamp: CalendarStamp(secondsSince1970: services.now()))
        var response = Self.response(text, as: format)
        response.headers[.cacheControl] = "no-store"
        return response
    }

    /// An exported plan as a response with its media type (the share page answers its downloads with it too).
    static func response(_ text: String, as format: MutualPlanUseCase.Format) -> Response {
        let type: String
        switch format {
        case .ics: type = "text/calendar; charset=utf-8"
        case .markdown: type = "text/markdown; charset=utf-8"
        case .json: type = "application/json; charset=utf-8"
        }
        return Response(status: .ok, headers: [.contentType: type], body: .init(byteBuffer: .init(string: text)))
    }
}
