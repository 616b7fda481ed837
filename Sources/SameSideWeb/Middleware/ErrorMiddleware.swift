import Hummingbird
import Logging
import Mustache
import NIOCore
import SameSideApp
import SameSideCore
import SameSideStore

/// The one place errors become responses: `{"error":{"code","message"}}` under `/api` and for `/openapi.json`,
/// an HTML error page with the same status for pages. App and store errors keep their message (it names the
/// record, never a secret); anything unknown is logged with the request's metadata and answered with a
/// generic 500.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = WebContext
    let templates: MustacheLibrary

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let problem = WebProblem(error)
            if problem.status == .internalServerError {
                context.logger.error(
                    "request failed",
                    metadata: [
                        "path": .string(request.uri.path), "method": .string(request.method.rawValue),
                        "error": .string(String(reflecting: error)),
                    ])
            }
            return try problem.response(api: Self.isAPI(request), templates: templates, headers: problem.headers)
        }
    }

    static func isAPI(_ request: Request) -> Bool {
        request.uri.path.hasPrefix("/api/") || request.uri.path == "/api"
    }
}

/// An error as the web answers it: status, a stable code and a message for people.
struct WebProblem {
    var status: HTTPResponse.Status
    var code: String
    var message: String
    var headers: HTTPFields = [:]

    init(status: HTTPResponse.Status, code: String, message: String) {
        self.status = status
        self.code = code
        self.message = message
    }

    init(_ error: any Error) {
        switch error {
        case let error as AppError: self.init(appError: error)
        case let error as StoreError: self.init(storeError: error)
        case let error as FieldErrors:
            self.init(
                status: .badRequest, code: "invalid",
                message: error.messages.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
                    .joined(separator: " "))
        case let error as HTTPError:
            self.init(
                status: error.status, code: Self.code(error.status), message: error.body ?? error.status.reasonPhrase)
            headers = error.headers
        case let error as NIOTooManyBytesError:
            self.init(
                status: .contentTooLarge, code: "too_large",
                message:
                    "the request body is larger than \(error.maxBytes.map { "\($0 / 1024) KB" } ?? "this route takes")")
        case is DecodingError:
            self.init(
                status: .badRequest, code: "bad_request", message: "the request body is not what was expected: \(error)"
            )
        default:
            self.init(status: .internalServerError, code: "internal", message: "something went wrong on our side")
        }
    }

    private init(appError: AppError) {
        switch appError {
        case .badInput(let message): self.init(status: .badRequest, code: "bad_request", message: message)
        case .importRejected:
            self.init(status: .unprocessableContent, code: "import_rejected", message: appError.description)
        case .notFound: self.init(status: .notFound, code: "not_found", message: "not found")
        case .conflict(let message): self.init(status: .conflict, code: "conflict", message: message)
        case .unavailable:
            self.init(
                status: .serviceUnavailable, code: "unavailable",
                message: "the database is unavailable; try again shortly")
        case .badConfiguration, .failure:
            self.init(status: .internalServerError, code: "internal", message: "something went wrong on our side")
        }
    }

    /// Store errors reach here without naming the database (its URL is not for the browser).
    private init(storeError: StoreError) {
        switch storeError {
        case .notFound: self.init(status: .notFound, code: "not_found", message: "not found")
        case .conflict, .alreadyExists: self.init(status: .conflict, code: "conflict", message: storeError.description)
        case .missingReference: self.init(status: .badRequest, code: "bad_request", message: storeError.description)
        case .unavailable:
            self.init(
                status: .serviceUnavailable, code: "unavailable",
                message: "the database is unavailable; try again shortly")
        case .badConfiguration, .notMigrated, .schemaTooNew, .corrupt:
            self.init(status: .internalServerError, code: "internal", message: "something went wrong on our side")
        }
    }

    static func code(_ status: HTTPResponse.Status) -> String {
        switch status.code {
        case 400: return "bad_request"
        case 401: return "unauthorized"
        case 403: return "forbidden"
        case 404: return "not_found"
        case 405: return "method_not_allowed"
        case 409: return "conflict"
        case 413: return "too_large"
        case 422: return "unprocessable"
        case 429: return "too_many_requests"
        default: return status.code >= 500 ? "internal" : "error"
        }
    }

    func response(api: Bool, templates: MustacheLibrary, headers extra: HTTPFields) throws -> Response {
        var response: Response
        if api {
            var error = JSONObject()
            error["code"] = .string(code)
            error["message"] = .string(message)
            var body = JSONObject()
            body["error"] = .object(error)
            response = Response(
                status: status, headers: [.contentType: "application/json; charset=utf-8"],
                body: .init(byteBuffer: .init(string: JSONSerializer.serialize(.object(body)))))
        } else {
            let page = ErrorPageView(status: Int(status.code), title: status.reasonPhrase, message: message)
            let html = templates.render(page, withTemplate: "error") ?? "\(status.code) \(status.reasonPhrase)"
            response = Response(
                status: status, headers: [.contentType: "text/html; charset=utf-8"],
                body: .init(byteBuffer: .init(string: html)))
        }
        for field in extra { response.headers.append(field) }
        return response
    }
}
