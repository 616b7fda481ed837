import Foundation
import Hummingbird
import SameSideApp
import SameSideCore
import SameSideStore

/// `POST /deals/{id}/share-links` (make a link for one of the account's people, shown once) and
/// `POST /deals/{id}/share-links/{link}/revoke`, for users who may change the deal, with the session's CSRF token.
struct ShareLinkForm {
    let services: WebServices

    struct Form: Decodable {
        var csrf: String?
        var contact: String?
        var days: String?
    }

    struct RevokeForm: Decodable {
        var csrf: String?
    }

    func addRoutes(to router: Router<WebContext>) {
        router.post("/deals/{id}/share-links", use: create)
        router.post("/deals/{id}/share-links/{link}/revoke", use: revoke)
    }

    @Sendable func create(_ request: Request, context: WebContext) async throws -> HTMLResponse {
        let form = try await FormBody.decode(Form.self, from: request, context: context)
        try CSRF.check(form.csrf, context: context)
        let (deal, account) = try await EditableDeal(services: services).load(context)
        let created = try await ShareLinkRequests.create(
            deal: deal.value, account: account.value, contact: form.contact ?? "", days: form.days ?? "",
            request: request, services: services)
        let view = ShareCreatedView(
            chrome: PageChrome(title: "Share link made", context: context), dealName: deal.value.name,
            dealLink: "/deals/\(PathEscaping.segment(deal.value.id.rawValue))",
            contact: PlanContact(link: created.link.contact, in: account.value).name,
            expires: Day(ordinal: created.link.expiresAt / 86_400).description, url: created.url)
        return HTMLResponse(
            html: services.templates.render(view, withTemplate: "share-created") ?? "", status: .created)
    }

    @Sendable func revoke(_ request: Request, context: WebContext) async throws -> Response {
        let form = try await FormBody.decode(RevokeForm.self, from: request, context: context)
        try CSRF.check(form.csrf, context: context)
        let (deal, _) = try await EditableDeal(services: services).load(context)
        let id = try context.parameters.require("link")
        try await ShareLinkRequests.revoke(id: id, ofDeal: deal.value.id, services: services)
        return .seeOther("/deals/\(PathEscaping.segment(deal.value.id.rawValue))#share-h")
    }
}

/// What the share-link form and API share: checking the contact and days, the base URL, revoking a deal's own link.
enum ShareLinkRequests {
    /// A link to `deal` for `contact` (one of `account`'s people, by id), living `days` days.
    /// - Throws: 400 for a contact who is not the account's or days out of range.
    static func create(
        deal: Opportunity, account: Account, contact: String, days rawDays: String, request: Request,
        services: WebServices
    ) async throws -> ShareLinks.Created {
        guard let person = account.stakeholders.first(where: { $0.id.rawValue == contact }) else {
            throw HTTPError(.badRequest, message: "contact: pick one of the account's people")
        }
        guard let days = Int(rawDays.trimmingCharacters(in: .whitespaces)), (1...ShareLinks.maximumDays).contains(days)
        else { throw HTTPError(.badRequest, message: "days: expected 1 to \(ShareLinks.maximumDays)") }
        return try await ShareLinks.create(
            deal: deal.id, contact: person.id.rawValue, days: days, baseURL: baseURL(request, services),
            in: services.store, now: services.now())
    }

    /// Revokes link `id` when it belongs to `deal`; 404 otherwise (another deal's link is not there for this user).
    @discardableResult
    static func revoke(id: String, ofDeal deal: DealID, services: WebServices) async throws -> ShareLinkRecord {
        let links = try await ShareLinks.list(deal: deal, in: services.store)
        guard links.contains(where: { $0.id == id }) else { throw AppError.notFound("no share link \"\(id)\"") }
        return try await ShareLinks.revoke(id: id, in: services.store, now: services.now())
    }

    /// `https://host` (or `http://` when cookies are not marked secure) from the request's host.
    static func baseURL(_ request: Request, _ services: WebServices) -> String {
        let host =
            request.head.authority.flatMap(SharePlanView.repeatableHost)
            ?? "\(services.config.host):\(services.config.port)"
        return (services.config.secureCookies ? "https://" : "http://") + host
    }
}
