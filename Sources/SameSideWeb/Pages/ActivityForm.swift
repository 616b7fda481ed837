import Hummingbird
import SameSideApp
import SameSideCore
import SameSideStore

/// `GET /deals/{id}/activities/new` and `POST /deals/{id}/activities`: log a touch with the customer on a deal
/// the user may change, with the same access, validation and conflict answers as the other deal forms.
struct ActivityForm {
    let services: WebServices

    struct Form: Decodable {
        var csrf: String?
        var version: String?
        var date: String?
        var type: String?
        var direction: String?
        var initiatedBy: String?
        var stakeholderIds: [String]?
        var summary: String?
        var text: String?
        var customerCommitment: String?

        var draft: ActivityDraft {
            ActivityDraft(
                date: date ?? "", type: type ?? "", direction: direction ?? "", initiatedBy: initiatedBy ?? "",
                stakeholderIds: stakeholderIds ?? [], summary: summary ?? "", text: text ?? "",
                customerCommitment: customerCommitment ?? "")
        }
    }

    func addRoutes(to router: Router<WebContext>) {
        router.get("/deals/{id}/activities/new", use: show)
        router.post("/deals/{id}/activities", use: submit)
    }

    @Sendable func show(_ request: Request, context: WebContext) async throws -> HTMLResponse {
        let (deal, account) = try await EditableDeal(services: services).load(context)
        let draft = ActivityDraft(date: services.today().description, direction: "outbound")
        return page(ActivityFormView(chrome: chrome(context), deal: deal, account: account.value, draft: draft), .ok)
    }

    @Sendable func submit(_ request: Request, context: WebContext) async throws -> Response {
        let form = try await FormBody.decode(Form.self, from: request, context: context, limit: 2 * 1024 * 1024)
        try CSRF.check(form.csrf, context: context)
        let (deal, account) = try await EditableDeal(services: services).load(context)
        let version = try FormBody.version(form.version)
        do {
            _ = try await DealEditing.logActivity(
                form.draft, onDeal: deal.value.id, version: version, in: services.store)
            return .seeOther("/deals/\(PathEscaping.segment(deal.value.id.rawValue))#timeline-h")
        } catch let errors as FieldErrors {
            let view = ActivityFormView(
                chrome: chrome(context), deal: deal, account: account.value, draft: form.draft, errors: errors)
            return try page(view, .badRequest).response(from: request, context: context)
        } catch StoreError.conflict {
            let (fresh, freshAccount) = try await EditableDeal(services: services).load(context)
            let view = ActivityFormView(
                chrome: chrome(context), deal: fresh, account: freshAccount.value, draft: form.draft,
                conflict: "Someone saved this deal after you opened this form. Nothing is logged yet: check the "
                    + "deal's timeline, then log it again.")
            return try page(view, .conflict).response(from: request, context: context)
        }
    }

    private func chrome(_ context: WebContext) -> PageChrome { PageChrome(title: "Log a touch", context: context) }

    private func page(_ view: ActivityFormView, _ status: HTTPResponse.Status) -> HTMLResponse {
        HTMLResponse(html: services.templates.render(view, withTemplate: "activity-form") ?? "", status: status)
    }
}
