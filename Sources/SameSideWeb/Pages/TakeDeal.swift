import Hummingbird
import SameSideApp
import SameSideCore
import SameSideStore

/// `POST /deals/{id}/take` (a page form with its CSRF token) and `POST /api/deals/{id}/take`: the signed-in
/// user takes an unassigned deal (one whose owner text matches no user, as an import leaves it), which makes
/// their email its owner, so it is theirs and leaves the unassigned list. Only those who see unassigned deals
/// (managers and admins) can take one; anyone else gets the 404 of a deal they may not see. A deal that is
/// already someone's is a 409.
struct TakeDeal {
    let services: WebServices

    struct Form: Decodable {
        var csrf: String?
    }

    func addRoutes(to router: Router<WebContext>) {
        router.post("/deals/{id}/take", use: page)
        router.post("/api/deals/{id}/take", use: api)
    }

    @Sendable func page(_ request: Request, context: WebContext) async throws -> Response {
        let form = try await FormBody.decode(Form.self, from: request, context: context)
        try CSRF.check(form.csrf, context: context)
        let saved = try await take(context)
        return .seeOther("/deals/\(PathEscaping.segment(saved.value.id.rawValue))")
    }

    @Sendable func api(_ request: Request, context: WebContext) async throws -> JSONResponse {
        let saved = try await take(context)
        var object = JSONObject()
        object["id"] = .string(saved.value.id.rawValue)
        object["version"] = .number(Double(saved.version))
        object["owner"] = saved.value.owner.map(JSONValue.string) ?? .null
        return JSONResponse(.object(object))
    }

    private func take(_ context: WebContext) async throws -> Versioned<Opportunity> {
        let user = try context.requireUser()
        let id = DealID(try context.parameters.require("id"))
        _ = try await VisibleDeals(services: services).deal(id, for: user)
        let directory = OwnerDirectory(users: try await services.users.users())
        return try await DealEditing.takeDeal(
            id, owner: user.email, isUser: { directory.user(owning: $0) != nil }, in: services.store)
    }
}
