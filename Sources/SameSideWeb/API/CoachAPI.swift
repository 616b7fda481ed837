import Hummingbird
import SameSideApp
import SameSideCore

/// `POST /api/coach` with `{"text", "kind"?, "dealId"?}`: the coach's report on the text, in the JSON shape of
/// `sameside coach --format json` (a deal the user may not see is 404, as everywhere). Nothing is stored.
struct CoachAPI {
    let services: WebServices

    struct Body: Decodable {
        var text: String
        var kind: String?
        var dealId: String?
    }

    func addRoutes(to router: Router<WebContext>) {
        router.post("/api/coach", use: coach)
    }

    @Sendable func coach(_ request: Request, context: WebContext) async throws -> JSONResponse {
        let user = try context.requireUser()
        let body = try await APIBody.decode(Body.self, from: request, context: context)
        let kindText = body.kind ?? MessageKind.email.rawValue
        guard let kind = MessageKind(rawValue: kindText) else { throw AppError.badInput(CoachRun.kindError(kindText)) }
        let deal = body.dealId.flatMap { $0.isEmpty ? nil : DealID($0) }
        let report = try await CoachRun(services: services).coach(body.text, kind: kind, deal: deal, for: user)
        return JSONResponse(report.json())
    }
}
