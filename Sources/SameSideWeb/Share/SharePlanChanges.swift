import Foundation
import HTTPTypes
import Hummingbird
import SameSideApp
import SameSideCore
import SameSideStore

/// The changes the link's contact makes from the share page, each as an HTML form post (answered with a 303 back
/// to the page) and as a JSON post to the same path (answered with the plan as JSON):
///
/// - `POST /share/{token}/steps/{step}/done`
/// - `POST /share/{token}/steps/{step}/blocked` — `blocker`
/// - `POST /share/{token}/steps/{step}/date` — `due` (YYYY-MM-DD), `reason` (a ``DueChangeReason``) and/or
///   `reasonText`
/// - `POST /share/{token}/steps` — `title`, optional `due`
/// - `POST /share/{token}/comments` — `text`
///
/// The deal is always the token's; nothing in the path or body can name another. Without a session there is no
/// CSRF token: a form must carry the link's ``ShareFormKey``, a JSON post must say `application/json` (which a
/// cross-site page cannot send without a preflight that this server never answers), and any post whose
/// `Sec-Fetch-Site` (or, without it, `Origin`) says it comes from another site is refused with a bare 403.
struct SharePlanChanges: Sendable {
    let page: SharePage

    /// The fields of every change; each change reads its own.
    struct Fields: Decodable {
        var key: String?
        var blocker: String?
        var due: String?
        var reason: String?
        var reasonText: String?
        var title: String?
        var text: String?
    }

    enum Kind: Sendable {
        case done, blocked, date, addStep, comment
    }

    func addRoutes(to group: RouterGroup<WebContext>) {
        group.post("{token}/steps/{step}/done") { request, context in try await change(.done, request, context) }
        group.post("{token}/steps/{step}/blocked") { request, context in
            try await change(.blocked, request, context)
        }
        group.post("{token}/steps/{step}/date") { request, context in try await change(.date, request, context) }
        group.post("{token}/steps") { request, context in try await change(.addStep, request, context) }
        group.post("{token}/comments") { request, context in try await change(.comment, request, context) }
    }

    static var forbidden: Response {
        Response(
            status: .forbidden, headers: [.contentType: "text/plain; charset=utf-8"],
            body: .init(byteBuffer: .init(string: "Forbidden\n")))
    }

    private func change(_ kind: Kind, _ request: Request, _ context: WebContext) async throws -> Response {
        guard Self.isSameSite(request) else { return Self.forbidden }
        let token = try context.parameters.require("token")
        guard let opened = try await page.open(token) else { return SharePage.notFound }
        let type = request.headers[.contentType]?.lowercased() ?? ""
        let isJSON = type.hasPrefix("application/json")
        guard isJSON || type.hasPrefix("application/x-www-form-urlencoded") else {
            return Self.problem(
                status: .unsupportedMediaType, code: "unsupported_media_type",
                message: "send application/json or a form")
        }
        let fields: Fields
        let buffer = try await request.body.collect(upTo: 64 * 1024)
        do {
            fields =
                isJSON
                ? try JSONDecoder().decode(Fields.self, from: Data(buffer: buffer))
                : try URLEncodedFormDecoder().decode(Fields.self, from: String(buffer: buffer))
        } catch {
            return Self.problem(
                status: .badRequest, code: "bad_request", message: "the body is not valid")
        }
        if !isJSON && !page.formKey.check(fields.key, tokenHash: opened.link.tokenHash) { return Self.forbidden }
        let step = context.parameters.get("step").map { StepID($0) }
        let changeOrError = Self.contactChange(kind, step: step, fields: fields)
        do {
            let change: ContactChange
            switch changeOrError {
            case .success(let valid): change = valid
            case .failure(let error): throw error
            }
            _ = try await SharedPlanEditing.apply(
                change, toDeal: opened.link.dealId, contact: opened.link.contact,
                today: Day(ordinal: opened.now / 86_400), in: page.services.store)
        } catch ContactChangeError.noSuchStep {
            return SharePage.notFound
        } catch let error as ContactChangeError {
            return try await refused(
                isJSON: isJSON, token: token, request: request, status: .unprocessableContent,
                code: "change_rejected", message: error.message)
        } catch StoreError.conflict {
            return try await refused(
                isJSON: isJSON, token: token, request: request, status: .conflict, code: "conflict",
                message: "The plan was being changed at the same moment; nothing was saved. Please try again.")
        }
        guard isJSON, let fresh = try await page.open(token) else {
            return .seeOther("/share/\(token)?saved=1")
        }
        return page.export(fresh, as: .json)
    }

    private func refused(
        isJSON: Bool, token: String, request: Request, status: HTTPResponse.Status, code: String, message: String
    ) async throws -> Response {
        guard !isJSON, let fresh = try await page.open(token) else {
            return Self.problem(status: status, code: code, message: message)
        }
        return page.page(fresh, token: token, request: request, status: status, error: message)
    }

    /// The change `kind` asks for from `fields`; a bad date or reason is the contact's to fix.
    static func contactChange(_ kind: Kind, step: StepID?, fields: Fields) -> Result<ContactChange, ContactChangeError>
    {
        let due = fields.due?.trimmingCharacters(in: .whitespaces) ?? ""
        switch kind {
        case .done:
            guard let step else { return .failure(.noSuchStep) }
            return .success(.markDone(step: step))
        case .blocked:
            guard let step else { return .failure(.noSuchStep) }
            return .success(.markBlocked(step: step, blocker: fields.blocker ?? ""))
        case .date:
            guard let step else { return .failure(.noSuchStep) }
            guard let day = Day(due) else { return .failure(.empty(field: "new date (YYYY-MM-DD)")) }
            let chosen = fields.reason?.trimmingCharacters(in: .whitespaces) ?? ""
            let reason = DueChangeReason(rawValue: chosen)
            guard chosen.isEmpty || reason != nil else {
                return .failure(.empty(field: "reason (one of \(DueChangeReason.allowedValues))"))
            }
            return .success(.proposeDate(step: step, due: day, reason: reason, reasonText: fields.reasonText))
        case .addStep:
            guard due.isEmpty || Day(due) != nil else { return .failure(.empty(field: "date (YYYY-MM-DD)")) }
            return .success(.addStep(title: fields.title ?? "", due: Day(due)))
        case .comment:
            return .success(.comment(fields.text ?? ""))
        }
    }

    /// Whether the post comes from a page of this site, or from no browser page at all. A browser's
    /// `Sec-Fetch-Site` (which no page can set) must say `same-origin` (or `none`, typed by the person); without
    /// it, an `Origin` must name this host. The share page's `no-referrer` policy makes browsers send
    /// `Origin: null` with its own forms, so `Sec-Fetch-Site` is what tells them apart.
    static func isSameSite(_ request: Request) -> Bool {
        if let site = request.headers[HTTPField.Name("Sec-Fetch-Site")!]?.lowercased() {
            return site == "same-origin" || site == "none"
        }
        guard let origin = request.headers[.origin] else { return true }
        guard let host = request.head.authority, let url = URL(string: origin), let originHost = url.host else {
            return false
        }
        let originAuthority = url.port.map { "\(originHost):\($0)" } ?? originHost
        return originAuthority.lowercased() == host.lowercased()
    }

    /// A JSON error in the API's shape.
    static func problem(status: HTTPResponse.Status, code: String, message: String) -> Response {
        let body = JSONValue.object(["error": .object(["code": .string(code), "message": .string(message)])])
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: .init(string: JSONSerializer.serialize(body))))
    }
}
