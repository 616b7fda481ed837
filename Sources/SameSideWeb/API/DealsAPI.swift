import Hummingbird
import SameSideApp
import SameSideCore
import SameSideStore

/// `GET /api/deals` (the deals the user may see, a page with the total and per-currency sums) and
/// `GET /api/deals/{id}/review` (the review JSON of the contract; 404 for a deal the user may not see).
struct DealsAPI {
    let services: WebServices

    func addRoutes(to router: Router<WebContext>) {
        router.get("/api/deals", use: list)
        router.get("/api/deals/{id}/review", use: review)
    }

    @Sendable func list(_ request: Request, context: WebContext) async throws -> JSONResponse {
        let user = try context.requireUser()
        let query = try PipelineQuery(parameters: Self.parameters(request))
        let slice = try await VisibleDeals(services: services).page(for: user, query: query)
        var body = JSONObject()
        body["asOf"] = .string(slice.asOf.description)
        body["deals"] = .array(slice.rows.map(Self.json))
        body["page"] = .number(Double(query.page))
        body["perPage"] = .number(Double(query.perPage))
        body["total"] = .number(Double(slice.total))
        body["totals"] = .array(slice.totals.overall.map { Self.json($0, group: nil) })
        body["totalsByVerdict"] = .array(slice.totals.byVerdict.map { Self.json($0, group: "verdict") })
        body["totalsByStage"] = .array(slice.totals.byStage.map { Self.json($0, group: "buyerVerifiedStage") })
        return JSONResponse(.object(body))
    }

    @Sendable func review(_ request: Request, context: WebContext) async throws -> JSONResponse {
        let user = try context.requireUser()
        let id = DealID(try context.parameters.require("id"))
        let (deal, account, _) = try await VisibleDeals(services: services).deal(id, for: user)
        guard deal.status == .open else {
            throw AppError.badInput("deal \"\(id)\" is \(deal.status.rawValue); review looks at open deals only")
        }
        let scope = try await services.review.scope(of: services.store, asOf: nil)
        let review = services.review.review(deal, account: account, scope: scope)
        return JSONResponse(ReviewJSON.document(asOf: scope.asOf, reviews: [review]))
    }

    static func parameters(_ request: Request) -> [String: String] {
        var result: [String: String] = [:]
        for (key, value) in request.uri.queryParameters { result[String(key)] = String(value) }
        return result
    }

    static func json(_ total: ReviewListTotal, group: String?) -> JSONValue {
        var object = JSONObject()
        if let group { object[group] = .string(total.group) }
        object["currency"] = .string(total.currency)
        object["deals"] = .number(Double(total.deals))
        object["amount"] = .number(total.amount)
        object["weightedAmount"] = .number(total.weightedAmount)
        return .object(object)
    }

    static func json(_ row: DealRow) -> JSONValue {
        let review = row.review
        var object = JSONObject()
        object["id"] = .string(review.dealId.rawValue)
        object["name"] = .string(review.dealName)
        object["accountId"] = .string(review.accountId.rawValue)
        object["accountName"] = .string(review.accountName)
        object["owner"] = review.owner.map(JSONValue.string) ?? .null
        object["ownerUser"] = row.owner.map { .string($0.email) } ?? .null
        object["amount"] = review.amount.map(JSONValue.number) ?? .null
        object["weightedAmount"] = review.weightedAmount.map(JSONValue.number) ?? .null
        object["currency"] = .string(review.currency)
        object["closeDate"] = review.closeDate.map { .string($0.description) } ?? .null
        object["verdict"] = .string(review.verdict.rawValue)
        object["verdictLabel"] = .string(review.verdict.label)
        object["health"] = .number(Double(review.health))
        object["pull"] = .number(Double(review.pull))
        object["pressure"] = .number(Double(review.pressure))
        object["sellerStageName"] = review.sellerStage.map(JSONValue.string) ?? .null
        object["buyerVerifiedStage"] = .string(review.buyerStage.rawValue)
        object["planStatus"] = .string(review.planStatus.rawValue)
        return .object(object)
    }
}
