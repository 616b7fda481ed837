import Hummingbird
import SameSideApp
import SameSideCore
import SameSideStore

/// `GET /accounts/new` and `POST /accounts`: a manager or an admin adds a customer company (anyone else gets
/// the 404 of a page that is not theirs); `GET /accounts/{id}/edit` and `POST /accounts/{id}`: change an account
/// the user may change (404 unseen, 403 seen but not theirs to change, as ``VisibleAccounts`` decides).
/// Messages beside bad fields (400), a 409 page on a conflict that keeps the input.
struct AccountForm {
    let services: WebServices

    struct Form: Decodable {
        var csrf: String?
        var version: String?
        var name: String?
        var industry: String?
        var region: String?
        var employees: String?
        var markets: String?
        var competitors: String?
        var strategy: String?
        var maxPaybackMonths: String?
        var hurdleRatePercent: String?
        var budgetCycle: String?

        /// `base` with the fields this form sent (a field left out keeps its value; one sent empty clears it).
        func draft(over base: AccountDraft) -> AccountDraft {
            var draft = base
            if let name { draft.name = name }
            if let industry { draft.industry = industry }
            if let region { draft.region = region }
            if let employees { draft.employees = employees }
            if let markets { draft.markets = markets }
            if let competitors { draft.competitors = competitors }
            if let strategy { draft.strategy = strategy }
            if let maxPaybackMonths { draft.maxPaybackMonths = maxPaybackMonths }
            if let hurdleRatePercent { draft.hurdleRatePercent = hurdleRatePercent }
            if let budgetCycle { draft.budgetCycle = budgetCycle }
            return draft
        }
    }

    func addRoutes(to router: Router<WebContext>) {
        router.get("/accounts/new", use: showNew)
        router.post("/accounts", use: create)
        router.get("/accounts/{id}/edit", use: showEdit)
        router.post("/accounts/{id}", use: update)
    }

    /// Managers and admins add accounts; for anyone else the page does not exist.
    static func requireCreator(_ context: WebContext) throws {
        let user = try context.requireUser()
        guard user.role == .manager || user.role == .admin else { throw AppError.notFound("no such page") }
    }

    @Sendable func showNew(_ request: Request, context: WebContext) async throws -> HTMLResponse {
        try Self.requireCreator(context)
        return page(AccountFormView(chrome: chrome(context, new: true), account: nil, draft: AccountDraft()), .ok)
    }

    @Sendable func create(_ request: Request, context: WebContext) async throws -> Response {
        let form = try await FormBody.decode(Form.self, from: request, context: context, limit: 2 * 1024 * 1024)
        try CSRF.check(form.csrf, context: context)
        try Self.requireCreator(context)
        let draft = form.draft(over: AccountDraft())
        do {
            let saved = try await DealEditing.createAccount(draft, in: services.store)
            return .seeOther("/accounts/\(PathEscaping.segment(saved.value.id.rawValue))")
        } catch let errors as FieldErrors {
            let view = AccountFormView(chrome: chrome(context, new: true), account: nil, draft: draft, errors: errors)
            return try page(view, .badRequest).response(from: request, context: context)
        }
    }

    @Sendable func showEdit(_ request: Request, context: WebContext) async throws -> HTMLResponse {
        let account = try await load(context)
        return page(
            AccountFormView(chrome: chrome(context, new: false), account: account, draft: AccountDraft(account.value)),
            .ok)
    }

    @Sendable func update(_ request: Request, context: WebContext) async throws -> Response {
        let form = try await FormBody.decode(Form.self, from: request, context: context, limit: 2 * 1024 * 1024)
        try CSRF.check(form.csrf, context: context)
        let account = try await load(context)
        let version = try FormBody.version(form.version)
        let draft = form.draft(over: AccountDraft(account.value))
        do {
            _ = try await DealEditing.updateAccount(draft, id: account.value.id, version: version, in: services.store)
            return .seeOther("/accounts/\(PathEscaping.segment(account.value.id.rawValue))")
        } catch let errors as FieldErrors {
            let view = AccountFormView(
                chrome: chrome(context, new: false), account: account, draft: draft, errors: errors)
            return try page(view, .badRequest).response(from: request, context: context)
        } catch StoreError.conflict {
            let view = AccountFormView(
                chrome: chrome(context, new: false), account: try await load(context), draft: draft,
                conflict: "Someone saved this account after you opened this form. Your changes are not saved yet: "
                    + "compare them with what is stored now, then save again.")
            return try page(view, .conflict).response(from: request, context: context)
        }
    }

    private func load(_ context: WebContext) async throws -> Versioned<Account> {
        let user = try context.requireUser()
        let id = AccountID(try context.parameters.require("id"))
        return try await VisibleAccounts(services: services).editable(id, for: user)
    }

    private func chrome(_ context: WebContext, new: Bool) -> PageChrome {
        PageChrome(title: new ? "Add an account" : "Edit the account", context: context)
    }

    private func page(_ view: AccountFormView, _ status: HTTPResponse.Status) -> HTMLResponse {
        HTMLResponse(html: services.templates.render(view, withTemplate: "account-form") ?? "", status: status)
    }
}
