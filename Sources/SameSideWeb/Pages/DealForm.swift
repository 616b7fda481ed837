import Hummingbird
import SameSideApp
import SameSideCore
import SameSideStore

/// `GET /deals/{id}/edit` and `POST /deals/{id}`: edit a deal's own fields. The same access answers as the
/// goal form (404 unseen, 403 seen but not the user's to change), messages beside bad fields (400), and a
/// 409 page on a conflict that keeps the person's input beside what is stored now.
struct DealForm {
    let services: WebServices

    struct Form: Decodable {
        var csrf: String?
        var version: String?
        var name: String?
        var stage: String?
        var amount: String?
        var closeDate: String?
        var owner: String?
        var pausedUntil: String?
        var pauseReason: String?

        /// The stored deal's fields with those this form sent (a field left out keeps its stored value; one
        /// sent empty clears it).
        func draft(over deal: Opportunity) -> DealDraft {
            var draft = DealDraft(deal)
            if let name { draft.name = name }
            if let stage { draft.stage = stage }
            if let amount { draft.amount = amount }
            if let closeDate { draft.closeDate = closeDate }
            if let owner { draft.owner = owner }
            if let pausedUntil { draft.pausedUntil = pausedUntil }
            if let pauseReason { draft.pauseReason = pauseReason }
            return draft
        }
    }

    func addRoutes(to router: Router<WebContext>) {
        router.get("/deals/{id}/edit", use: show)
        router.post("/deals/{id}", use: submit)
    }

    @Sendable func show(_ request: Request, context: WebContext) async throws -> HTMLResponse {
        let (deal, _) = try await EditableDeal(services: services).load(context)
        return page(DealFormView(chrome: chrome(context), deal: deal, draft: DealDraft(deal.value)), .ok)
    }

    @Sendable func submit(_ request: Request, context: WebContext) async throws -> Response {
        let form = try await FormBody.decode(Form.self, from: request, context: context, limit: 2 * 1024 * 1024)
        try CSRF.check(form.csrf, context: context)
        let (deal, _) = try await EditableDeal(services: services).load(context)
        let version = try FormBody.version(form.version)
        let draft = form.draft(over: deal.value)
        do {
            _ = try await DealEditing.updateDeal(
                draft, id: deal.value.id, version: version, today: services.today(), in: services.store)
            return .seeOther("/deals/\(PathEscaping.segment(deal.value.id.rawValue))")
        } catch let errors as FieldErrors {
            let view = DealFormView(chrome: chrome(context), deal: deal, draft: draft, errors: errors)
            return try page(view, .badRequest).response(from: request, context: context)
        } catch StoreError.conflict {
            let (fresh, _) = try await EditableDeal(services: services).load(context)
            let view = DealFormView(
                chrome: chrome(context), deal: fresh, draft: draft,
                conflict: "Someone saved this deal after you opened this form. Your changes are not saved yet: "
                    + "compare them with what is stored now, then save again.")
            return try page(view, .conflict).response(from: request, context: context)
        }
    }

    private func chrome(_ context: WebContext) -> PageChrome { PageChrome(title: "Edit the deal", context: context) }

    private func page(_ view: DealFormView, _ status: HTTPResponse.Status) -> HTMLResponse {
        HTMLResponse(html: services.templates.render(view, withTemplate: "deal-form") ?? "", status: status)
    }
}
