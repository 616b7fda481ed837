import Hummingbird
import SameSideApp
import SameSideCore
import SameSideStore

/// `GET /coach` (the form; `?deal=ID` picks a deal) and `POST /coach` (the form posted with its CSRF token):
/// paste a message, optionally pick a deal the user may see, and read the verdict, the marked spans and the
/// suggestions. Nothing is stored.
struct CoachPage {
    let services: WebServices

    struct CoachForm: Decodable {
        var message: String?
        var kind: String?
        var deal: String?
        var csrf: String?
    }

    func addRoutes(to router: Router<WebContext>) {
        router.get("/coach", use: show)
        router.post("/coach", use: submit)
    }

    @Sendable func show(_ request: Request, context: WebContext) async throws -> HTMLResponse {
        _ = try context.requireUser()
        let deal = request.uri.queryParameters["deal"].map(String.init) ?? ""
        return try page(message: "", kind: .email, deal: deal, error: nil, report: nil, context: context)
    }

    @Sendable func submit(_ request: Request, context: WebContext) async throws -> HTMLResponse {
        let user = try context.requireUser()
        let form = try await FormBody.decode(
            CoachForm.self, from: request, context: context, limit: CoachRun.maxBytes * 4)
        try CSRF.check(form.csrf, context: context)
        let message = form.message ?? ""
        let deal = (form.deal ?? "").trimmingCharacters(in: .whitespaces)
        let kindText = form.kind ?? MessageKind.email.rawValue
        guard let kind = MessageKind(rawValue: kindText) else {
            return try page(
                message: message, kind: .email, deal: deal, error: CoachRun.kindError(kindText), report: nil,
                context: context, status: .badRequest)
        }
        do {
            let report = try await CoachRun(services: services).coach(
                message, kind: kind, deal: deal.isEmpty ? nil : DealID(deal), for: user)
            return try page(message: message, kind: kind, deal: deal, error: nil, report: report, context: context)
        } catch let error as AppError {
            let status: HTTPResponse.Status = if case .notFound = error { .notFound } else { .badRequest }
            return try page(
                message: message, kind: kind, deal: deal, error: error.description, report: nil, context: context,
                status: status)
        }
    }

    private func page(
        message: String, kind: MessageKind, deal: String, error: String?, report: CoachReport?,
        context: WebContext, status: HTTPResponse.Status = .ok
    ) throws -> HTMLResponse {
        let view = CoachView(
            chrome: PageChrome(title: "Message coach", context: context), message: message, kind: kind,
            dealId: deal, error: error, report: report)
        return HTMLResponse(html: services.templates.render(view, withTemplate: "coach") ?? "", status: status)
    }
}

/// One coach run for a signed-in user, shared by the page and the API: the message checked for size and
/// emptiness, and the deal (when one is named) looked up with the user's access rules, so a deal the user may
/// not see is "no deal", exactly as on every other route.
struct CoachRun {
    let services: WebServices

    /// The largest message taken (bytes of UTF-8); a longer one is a 400 that says so.
    static let maxBytes = 200_000

    static func kindError(_ text: String) -> String {
        "kind \"\(text)\" is not one of \(MessageKind.allCases.map(\.rawValue).joined(separator: ", "))"
    }

    func coach(_ message: String, kind: MessageKind, deal: DealID?, for user: UserRecord) async throws -> CoachReport {
        guard !message.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw AppError.badInput("the message is empty: paste the text to check")
        }
        guard message.utf8.count <= Self.maxBytes else {
            throw AppError.badInput(
                "the message is \(message.utf8.count) bytes; the coach takes at most \(Self.maxBytes)")
        }
        var context: CoachContext?
        if let deal {
            let (opportunity, account, _) = try await VisibleDeals(services: services).deal(deal, for: user)
            guard let account else { throw AppError.notFound("no deal \"\(deal)\"") }
            let scope = try await services.review.scope(of: services.store, asOf: nil)
            context = CoachContext(account: account, opportunity: opportunity, seller: scope.header.seller)
        }
        return services.coach.coach(message, kind: kind, context: context)
    }
}
