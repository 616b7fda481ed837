import Hummingbird
import SameSideApp
import SameSideCore
import SameSideStore

/// `POST /api/deals/{id}/goals`: adds a customer goal to a deal the user may change (404 for one they may not
/// see, 403 for one they see but may not change). With `dealVersion` and `accountVersion` the save is refused
/// with 409 when either record changed since; without them the goal is added to what is stored now (adding
/// never overwrites another change). 201 with the goal and the new versions; 400 naming each bad field.
struct GoalsAPI {
    let services: WebServices

    struct Body: Decodable {
        var statement: String
        var category: String?
        var metric: String?
        var baseline: Double?
        var target: Double?
        var due: String?
        var source: String?
        var dealVersion: Int?
        var accountVersion: Int?
    }

    func addRoutes(to router: Router<WebContext>) {
        router.post("/api/deals/{id}/goals", use: add)
    }

    @Sendable func add(_ request: Request, context: WebContext) async throws -> JSONResponse {
        let (deal, account) = try await EditableDeal(services: services).load(context)
        let body = try await APIBody.decode(Body.self, from: request, context: context)
        let draft = GoalDraft(
            statement: body.statement, category: body.category ?? "", metric: body.metric ?? "",
            baseline: body.baseline.map { "\($0)" } ?? "", target: body.target.map { "\($0)" } ?? "",
            due: body.due ?? "", source: body.source ?? GoalSource.customerStated.rawValue)
        let added = try await DealEditing.addGoal(
            draft, toDeal: deal.value.id, dealVersion: body.dealVersion ?? deal.version,
            accountVersion: body.accountVersion ?? account.version, in: services.store)
        var goal = JSONObject()
        goal["id"] = .string(added.goal.id.rawValue)
        goal["statement"] = .string(added.goal.statement)
        goal["category"] = added.goal.category.map { .string($0.rawValue) } ?? .null
        goal["metric"] = added.goal.metric.map(JSONValue.string) ?? .null
        goal["baseline"] = added.goal.baseline.map(JSONValue.number) ?? .null
        goal["target"] = added.goal.target.map(JSONValue.number) ?? .null
        goal["due"] = added.goal.due.map { .string($0.description) } ?? .null
        goal["source"] = added.goal.source.map { .string($0.rawValue) } ?? .null
        var object = JSONObject()
        object["goal"] = .object(goal)
        object["dealVersion"] = .number(Double(added.deal.version))
        object["accountVersion"] = .number(Double(added.account.version))
        return JSONResponse(.object(object), status: .created)
    }
}
