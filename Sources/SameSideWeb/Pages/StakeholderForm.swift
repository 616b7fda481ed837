import Hummingbird
import SameSideApp
import SameSideCore
import SameSideStore

/// `GET /accounts/{id}/people/new` and `POST /accounts/{id}/people`: add a person on the customer's side to an
/// account the user may change; `GET /accounts/{id}/people/{person}/edit` and `POST /accounts/{id}/people/{person}`:
/// change one (role, stance, title, last contact); messages beside bad fields (400), a 409 on a conflict that
/// keeps the input, 404 for a person the account does not have.
struct StakeholderForm {
    let services: WebServices

    struct Form: Decodable {
        var csrf: String?
        var version: String?
        var name: String?
        var title: String?
        var roles: [String]?
        var stance: String?
        var lastContact: String?
        var personalWin: String?

        var draft: StakeholderDraft {
            StakeholderDraft(
                name: name ?? "", title: title ?? "", roles: roles ?? [], stance: stance ?? "",
                lastContact: lastContact ?? "", personalWin: personalWin ?? "")
        }
    }

    func addRoutes(to router: Router<WebContext>) {
        router.get("/accounts/{id}/people/new", use: show)
        router.post("/accounts/{id}/people", use: submit)
        router.get("/accounts/{id}/people/{person}/edit", use: show)
        router.post("/accounts/{id}/people/{person}", use: submit)
    }

    @Sendable func show(_ request: Request, context: WebContext) async throws -> HTMLResponse {
        let account = try await load(context)
        let person = try Self.person(context, in: account.value)
        let view = StakeholderFormView(
            chrome: chrome(context), account: account, person: person?.id,
            draft: person.map(StakeholderDraft.init) ?? StakeholderDraft())
        return page(view, .ok)
    }

    @Sendable func submit(_ request: Request, context: WebContext) async throws -> Response {
        let form = try await FormBody.decode(Form.self, from: request, context: context, limit: 2 * 1024 * 1024)
        try CSRF.check(form.csrf, context: context)
        let account = try await load(context)
        let person = try Self.person(context, in: account.value)?.id
        let version = try FormBody.version(form.version)
        do {
            if let person {
                _ = try await DealEditing.updateStakeholder(
                    form.draft, id: person, ofAccount: account.value.id, version: version, in: services.store)
            } else {
                _ = try await DealEditing.addStakeholder(
                    form.draft, toAccount: account.value.id, version: version, in: services.store)
            }
            return .seeOther("/accounts/\(PathEscaping.segment(account.value.id.rawValue))#people-h")
        } catch let errors as FieldErrors {
            let view = StakeholderFormView(
                chrome: chrome(context), account: account, person: person, draft: form.draft, errors: errors)
            return try page(view, .badRequest).response(from: request, context: context)
        } catch StoreError.conflict {
            let view = StakeholderFormView(
                chrome: chrome(context), account: try await load(context), person: person, draft: form.draft,
                conflict: "Someone changed this account after you opened this form. "
                    + (person == nil ? "The person is not added yet" : "Your change is not saved yet")
                    + ": check the people listed now, then save again.")
            return try page(view, .conflict).response(from: request, context: context)
        }
    }

    private func load(_ context: WebContext) async throws -> Versioned<Account> {
        let user = try context.requireUser()
        let id = AccountID(try context.parameters.require("id"))
        return try await VisibleAccounts(services: services).editable(id, for: user)
    }

    /// The person of the request's `{person}` (404 when the account has none of that id), or `nil` for a new one.
    static func person(_ context: WebContext, in account: Account) throws -> Stakeholder? {
        guard let id = context.parameters.get("person") else { return nil }
        guard let person = account.stakeholders.first(where: { $0.id.rawValue == id }) else {
            throw AppError.notFound("no person \"\(id)\" at account \"\(account.id)\"")
        }
        return person
    }

    private func chrome(_ context: WebContext) -> PageChrome {
        PageChrome(title: context.parameters.get("person") == nil ? "Add a person" : "Edit a person", context: context)
    }

    private func page(_ view: StakeholderFormView, _ status: HTTPResponse.Status) -> HTMLResponse {
        HTMLResponse(html: services.templates.render(view, withTemplate: "stakeholder-form") ?? "", status: status)
    }
}
