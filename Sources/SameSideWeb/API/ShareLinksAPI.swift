import Hummingbird
import SameSideApp
import SameSideCore
import SameSideStore

/// The share links of a deal in the JSON API: `GET /api/deals/{id}/share-links` (a deal the user may see),
/// `POST /api/deals/{id}/share-links` and `DELETE /api/deals/{id}/share-links/{link}` (a deal the user may change).
/// A link's token is in the answer to its creation only.
struct ShareLinksAPI {
    let services: WebServices

    struct Body: Decodable {
        var contact: String
        var days: Int?
    }

    func addRoutes(to router: Router<WebContext>) {
        router.get("/api/deals/{id}/share-links", use: list)
        router.post("/api/deals/{id}/share-links", use: create)
        router.delete("/api/deals/{id}/share-links/{link}", use: revoke)
    }

    @Sendable func list(_ request: Request, context: WebContext) async throws -> JSONResponse {
        let user = try context.requireUser()
        let id = DealID(try context.parameters.require("id"))
        let (deal, _, _) = try await VisibleDeals(services: services).deal(id, for: user)
        let links = try await ShareLinks.list(deal: deal.id, in: services.store)
        return JSONResponse(.object(["links": .array(links.map { .object(Self.json($0, now: services.now())) })]))
    }

    @Sendable func create(_ request: Request, context: WebContext) async throws -> JSONResponse {
        let (deal, account) = try await EditableDeal(services: services).load(context)
        let body = try await APIBody.decode(Body.self, from: request, context: context)
        let created = try await ShareLinkRequests.create(
            deal: deal.value, account: account.value, contact: body.contact, days: String(body.days ?? 30),
            request: request, services: services)
        var object = Self.json(created.link, now: services.now())
        object["token"] = .string(created.token)
        object["url"] = .string(created.url)
        return JSONResponse(.object(object), status: .created)
    }

    @Sendable func revoke(_ request: Request, context: WebContext) async throws -> JSONResponse {
        let (deal, _) = try await EditableDeal(services: services).load(context)
        let link = try await ShareLinkRequests.revoke(
            id: try context.parameters.require("link"), ofDeal: deal.value.id, services: services)
        return JSONResponse(.object(Self.json(link, now: services.now())))
    }

    static func json(_ link: ShareLinkRecord, now: Int) -> JSONObject {
        var object = JSONObject()
        object["id"] = .string(link.id)
        object["dealId"] = .string(link.dealId.rawValue)
        object["contact"] = .string(link.contact)
        object["createdAt"] = .number(Double(link.createdAt))
        object["expiresAt"] = .number(Double(link.expiresAt))
        object["revokedAt"] = link.revokedAt.map { .number(Double($0)) } ?? .null
        object["lastUsedAt"] = link.lastUsedAt.map { .number(Double($0)) } ?? .null
        object["status"] = .string(link.revokedAt != nil ? "revoked" : link.opens(at: now) ? "active" : "expired")
        return object
    }
}
