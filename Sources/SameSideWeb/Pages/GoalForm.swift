import Hummingbird
import SameSideApp
import SameSideCore
import SameSideStore

/// `GET /deals/{id}/goals/new` and `POST /deals/{id}/goals`: add a customer goal to a deal the user may edit.
/// A deal the user may not see is 404; one they may see but not change is 403. A bad field is shown beside
/// itself (400); a deal or account someone changed since the form was drawn is a 409 page that keeps the
/// person's input and shows what is stored now. After a save, back to the deal page, whose review is drawn
/// from the store again.
struct GoalForm {
    let services: WebServices

    struct Form: Decodable {
        var csrf: String?
        var statement: String?
        var category: String?
        var metric: String?
        var baseline: String?
        var target: String?
        var due: String?
        var source: String?
        var dealVersion: String?
        var accountVersion: String?

        var draft: GoalDraft {
            GoalDraft(
                statement: statement ?? "", category: category ?? "", metric: metric ?? "", baseline: baseline ?? "",
                target: target ?? "", due: due ?? "", source: source ?? GoalSource.customerStated.rawValue)
        }
    }

    func addRoutes(to router: Router<WebContext>) {
        router.get("/deals/{id}/goals/new", use: show)
        router.post("/deals/{id}/goals", use: submit)
    }

    @Sendable func show(_ request: Request, context: WebContext) async throws -> HTMLResponse {
        let (deal, account) = try await EditableDeal(services: services).load(context)
        return page(GoalFormView(chrome: chrome(context), deal: deal, account: account, draft: GoalDraft()), .ok)
    }

    @Sendable func submit(_ request: Request, context: WebContext) async throws -> Response {
        let form = try await FormBody.decode(Form.self, from: request, context: context, limit: 2 * 1024 * 1024)
        try CSRF.check(form.csrf, context: context)
        let (deal, account) = try await EditableDeal(services: services).load(context)
        guard let dealVersion = form.dealVersion.flatMap({ Int($0) }),
            let accountVersion = form.accountVersion.flatMap({ Int($0) })
        else {
            throw HTTPError(.badRequest, message: "the form is not valid: dealVersion and accountVersion are required")
        }
        do {
            _ = try await DealEditing.addGoal(
                form.draft, toDeal: deal.value.id, dealVersion: dealVersion, accountVersion: accountVersion,
                in: services.store)
            return .seeOther("/deals/\(PathEscaping.segment(deal.value.id.rawValue))#goals-h")
        } catch let errors as FieldErrors {
            let view = GoalFormView(
                chrome: chrome(context), deal: deal, account: account, draft: form.draft, errors: errors)
            return try page(view, .badRequest).response(from: request, context: context)
        } catch StoreError.conflict {
            // Drawn from what is stored now (new versions), with the person's input kept for another try.
            let (fresh, freshAccount) = try await EditableDeal(services: services).load(context)
            let view = GoalFormView(
                chrome: chrome(context), deal: fresh, account: freshAccount, draft: form.draft,
                conflict: "Someone changed this deal or its account after you opened this form. Your goal is not "
                    + "saved yet: check the goals stored now, then save again.")
            return try page(view, .conflict).response(from: request, context: context)
        }
    }

    private func chrome(_ context: WebContext) -> PageChrome {
        PageChrome(title: "Add a customer goal", context: context)
    }

    private func page(_ view: GoalFormView, _ status: HTTPResponse.Status) -> HTMLResponse {
        HTMLResponse(html: services.templates.render(view, withTemplate: "goal-form") ?? "", status: status)
    }
}

/// The deal of a request's `{id}` with its account, at their stored versions, when the user may change it:
/// 404 for a deal they may not see (the same answer as for no deal), 403 for one they see but may not change.
struct EditableDeal {
    let services: WebServices

    func load(_ context: WebContext) async throws -> (Versioned<Opportunity>, Versioned<Account>) {
        let user = try context.requireUser()
        let id = DealID(try context.parameters.require("id"))
        let (_, _, owner) = try await VisibleDeals(services: services).deal(id, for: user)
        guard DealAccess(viewer: user).canEdit(ownedBy: owner) else {
            throw HTTPError(
                .forbidden, message: "only the deal's owner, their manager or an admin can change this deal")
        }
        guard let deal = try await services.store.opportunity(id),
            let account = try await services.store.account(deal.value.accountId)
        else { throw AppError.notFound("no deal \"\(id)\"") }
        return (deal, account)
    }
}
