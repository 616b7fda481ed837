import Hummingbird
import SameSideApp
import SameSideCore
import SameSideStore

/// `POST /api/deals/{id}/activities`: logs a touch with the customer on a deal the user may change, as the
/// activity form does (404 for a deal the user may not see, 403 for one they see but may not change). With
/// `dealVersion` the save is refused with 409 when the deal changed since; without it the activity is added to
/// what is stored now (adding never overwrites another change). 201 with the activity and the new version;
/// 400 naming each bad field.
struct ActivitiesAPI {
    let services: WebServices

    struct Body: Decodable {
        var date: String
        var type: String?
        var direction: String
        var initiatedBy: String?
        var stakeholderIds: [String]?
        var summary: String?
        var text: String?
        var customerCommitment: String?
        var dealVersion: Int?
    }

    func addRoutes(to router: Router<WebContext>) {
        router.post("/api/deals/{id}/activities", use: add)
    }

    @Sendable func add(_ request: Request, context: WebContext) async throws -> JSONResponse {
        let (deal, _) = try await EditableDeal(services: services).load(context)
        let body = try await APIBody.decode(Body.self, from: request, context: context)
        let draft = ActivityDraft(
            date: body.date, type: body.type ?? "", direction: body.direction, initiatedBy: body.initiatedBy ?? "",
            stakeholderIds: body.stakeholderIds ?? [], summary: body.summary ?? "", text: body.text ?? "",
            customerCommitment: body.customerCommitment ?? "")
        let saved = try await DealEditing.logActivity(
            draft, onDeal: deal.value.id, version: body.dealVersion ?? deal.version, in: services.store)
        guard let activity = saved.value.activities.last else {
            throw AppError.failure("the activity was not kept")
        }
        var object = JSONObject()
        object["activity"] = .object(PipelineWriter.object(activity))
        object["dealVersion"] = .number(Double(saved.version))
        return JSONResponse(.object(object), status: .created)
    }
}
