import Hummingbird
import SameSideApp
import SameSideCore
import SameSideStore

/// `GET /admin/users` and its forms: an admin sees every user and sets a user's role and team
/// (`POST /admin/users/{id}`), or disables and enables them (`POST /admin/users/{id}/disable|enable`; disabling
/// ends their sessions). Each form carries the CSRF token. For anyone but an admin these pages do not exist
/// (404). An admin cannot disable or demote themselves here, so a team never locks out its last admin by a
/// slip.
struct AdminUsersPage {
    let services: WebServices

    struct Form: Decodable {
        var csrf: String?
        var role: String?
        var team: String?
    }

    func addRoutes(to router: Router<WebContext>) {
        router.get("/admin/users", use: show)
        router.post("/admin/users/{id}", use: setAccess)
        router.post("/admin/users/{id}/disable", use: disable)
        router.post("/admin/users/{id}/enable", use: enable)
    }

    @Sendable func show(_ request: Request, context: WebContext) async throws -> HTMLResponse {
        let admin = try Self.requireAdmin(context)
        return try await page(context, viewer: admin, status: .ok)
    }

    @Sendable func setAccess(_ request: Request, context: WebContext) async throws -> Response {
        let form = try await FormBody.decode(Form.self, from: request, context: context)
        try CSRF.check(form.csrf, context: context)
        let admin = try Self.requireAdmin(context)
        let id = try context.parameters.require("id")
        let users = services.users
        guard try await users.user(id: id) != nil else { throw AppError.notFound("no user \"\(id)\"") }
        do {
            let role = try UserAdministration.role(named: form.role ?? "")
            if id == admin.id, role != .admin {
                throw AppError.badInput("you cannot take away your own admin role; ask another admin")
            }
            try await UserAdministration.setAccess(userId: id, role: role, team: form.team, in: users)
        } catch AppError.badInput(let message) {
            return try await page(context, viewer: admin, status: .badRequest, error: (id, message))
                .response(from: request, context: context)
        }
        return .seeOther("/admin/users")
    }

    @Sendable func disable(_ request: Request, context: WebContext) async throws -> Response {
        try await toggle(request, context: context, disabled: true)
    }

    @Sendable func enable(_ request: Request, context: WebContext) async throws -> Response {
        try await toggle(request, context: context, disabled: false)
    }

    private func toggle(_ request: Request, context: WebContext, disabled: Bool) async throws -> Response {
        let form = try await FormBody.decode(Form.self, from: request, context: context)
        try CSRF.check(form.csrf, context: context)
        let admin = try Self.requireAdmin(context)
        let id = try context.parameters.require("id")
        let users = services.users
        guard let user = try await users.user(id: id) else { throw AppError.notFound("no user \"\(id)\"") }
        if id == admin.id {
            return try await page(
                context, viewer: admin, status: .badRequest,
                error: (id, "you cannot disable yourself; ask another admin")
            ).response(from: request, context: context)
        }
        try await UserAdministration.setDisabled(disabled, email: user.email, in: users)
        return .seeOther("/admin/users")
    }

    /// The signed-in admin; anyone else gets the 404 of a page that does not exist for them.
    static func requireAdmin(_ context: WebContext) throws -> UserRecord {
        let user = try context.requireUser()
        guard user.role == .admin else { throw AppError.notFound("no such page") }
        return user
    }

    private func page(
        _ context: WebContext, viewer: UserRecord, status: HTTPResponse.Status,
        error: (id: String, message: String)? = nil
    ) async throws -> HTMLResponse {
        let view = AdminUsersView(
            chrome: PageChrome(title: "Users and teams", context: context), users: try await services.users.users(),
            viewer: viewer, errorFor: error)
        return HTMLResponse(html: services.templates.render(view, withTemplate: "admin-users") ?? "", status: status)
    }
}
