import Hummingbird
import SameSideApp
import SameSideCore
import SameSideStore

/// `GET /deals/{id}/steps/new`, `POST /deals/{id}/steps`, `GET /deals/{id}/steps/{step}/edit` and
/// `POST /deals/{id}/steps/{step}`: add or edit a buying step of a deal the user may change. The same access
/// answers as the deal form (404 unseen, 403 seen but not the user's to change), messages beside bad fields
/// (400), a 409 page on a conflict that keeps the input. Moving a due date the step had asks who moved it and
/// why, and is logged on the step. After a save, back to the deal page, whose review is drawn again.
struct StepForm {
    let services: WebServices

    struct Form: Decodable {
        var csrf: String?
        var version: String?
        var title: String?
        var kind: String?
        var owner: String?
        var ownerStakeholderId: String?
        var ownerName: String?
        var due: String?
        var dueAfterStep: String?
        var dueAfterDays: String?
        var dependsOn: [String]?
        var status: String?
        var blocker: String?
        var evidence: String?
        var visibility: String?
        var movedBy: String?
        var moveReason: String?
        var moveReasonText: String?

        /// `base` (the stored step's draft, or an empty one) with the fields this form sent.
        func draft(over base: StepDraft) -> StepDraft {
            var draft = base
            if let title { draft.title = title }
            if let kind { draft.kind = kind }
            if let owner { draft.owner = owner }
            if let ownerStakeholderId { draft.ownerStakeholderId = ownerStakeholderId }
            if let ownerName { draft.ownerName = ownerName }
            if let due { draft.due = due }
            if let dueAfterStep { draft.dueAfterStep = dueAfterStep }
            if let dueAfterDays { draft.dueAfterDays = dueAfterDays }
            if let dependsOn { draft.dependsOn = dependsOn }
            if let status { draft.status = status }
            if let blocker { draft.blocker = blocker }
            if let evidence { draft.evidence = evidence }
            if let visibility { draft.isInternal = visibility == "internal" }
            draft.movedBy = movedBy ?? ""
            draft.moveReason = moveReason ?? ""
            draft.moveReasonText = moveReasonText ?? ""
            return draft
        }
    }

    func addRoutes(to router: Router<WebContext>) {
        router.get("/deals/{id}/steps/new", use: show)
        router.post("/deals/{id}/steps", use: submit)
        router.get("/deals/{id}/steps/{step}/edit", use: show)
        router.post("/deals/{id}/steps/{step}", use: submit)
    }

    @Sendable func show(_ request: Request, context: WebContext) async throws -> HTMLResponse {
        let (deal, account) = try await EditableDeal(services: services).load(context)
        let step = try Self.step(context, in: deal.value)
        let draft = step.map(StepDraft.init) ?? StepDraft()
        return page(
            StepFormView(chrome: chrome(context), deal: deal, account: account.value, step: step, draft: draft), .ok)
    }

    @Sendable func submit(_ request: Request, context: WebContext) async throws -> Response {
        let form = try await FormBody.decode(Form.self, from: request, context: context, limit: 2 * 1024 * 1024)
        try CSRF.check(form.csrf, context: context)
        let (deal, account) = try await EditableDeal(services: services).load(context)
        let step = try Self.step(context, in: deal.value)
        let version = try FormBody.version(form.version)
        let draft = form.draft(over: step.map(StepDraft.init) ?? StepDraft())
        do {
            _ = try await DealEditing.saveStep(
                draft, stepId: step?.id, onDeal: deal.value.id, version: version, today: services.today(),
                in: services.store)
            return .seeOther("/deals/\(PathEscaping.segment(deal.value.id.rawValue))#steps-h")
        } catch let errors as FieldErrors {
            let view = StepFormView(
                chrome: chrome(context), deal: deal, account: account.value, step: step, draft: draft, errors: errors)
            return try page(view, .badRequest).response(from: request, context: context)
        } catch StoreError.conflict {
            let (fresh, freshAccount) = try await EditableDeal(services: services).load(context)
            let view = StepFormView(
                chrome: chrome(context), deal: fresh, account: freshAccount.value,
                step: step.flatMap { old in fresh.value.buyingProcess.first { $0.id == old.id } }, draft: draft,
                conflict: "Someone changed this deal after you opened this form. Your step is not saved yet: "
                    + "check the plan stored now, then save again.")
            return try page(view, .conflict).response(from: request, context: context)
        }
    }

    /// The step of the request's `{step}` (404 when the deal has none of that id), or `nil` for a new step.
    static func step(_ context: WebContext, in deal: Opportunity) throws -> BuyingStep? {
        guard let id = context.parameters.get("step") else { return nil }
        guard let step = deal.buyingProcess.first(where: { $0.id.rawValue == id }) else {
            throw AppError.notFound("no buying step \"\(id)\" in deal \"\(deal.id)\"")
        }
        return step
    }

    private func chrome(_ context: WebContext) -> PageChrome {
        PageChrome(
            title: context.parameters.get("step") == nil ? "Add a buying step" : "Edit a buying step",
            context: context)
    }

    private func page(_ view: StepFormView, _ status: HTTPResponse.Status) -> HTMLResponse {
        HTMLResponse(html: services.templates.render(view, withTemplate: "step-form") ?? "", status: status)
    }
}
