import Foundation
import Hummingbird
import NIOFoundationCompat
import SameSideCore

/// `POST /api/login` and `POST /api/logout`.
struct AuthAPI {
    let services: WebServices

    struct Credentials: Decodable {
        var email: String
        var password: String
    }

    func addRoutes(to router: Router<WebContext>) {
        router.post("/api/login", use: login)
        router.post("/api/logout", use: logout)
    }

    /// 200 with the session cookie and `{"token": "…"}`; 401 for wrong credentials; 400 for a malformed body.
    @Sendable func login(_ request: Request, context: WebContext) async throws -> Response {
        let credentials = try await APIBody.decode(Credentials.self, from: request, context: context)
        let started = try await SignIn(services: services).start(
            email: credentials.email, password: credentials.password)
        var body = JSONObject()
        body["token"] = .string(started.token)
        body["csrfToken"] = .string(started.session.csrfToken)
        var response = try JSONResponse(.object(body)).response(from: request, context: context)
        response.setCookie(SignIn(services: services).cookie(started.token))
        return response
    }

    /// Ends the session the request carries; 204.
    @Sendable func logout(_ request: Request, context: WebContext) async throws -> Response {
        if let session = context.session { try await services.users.deleteSession(tokenHash: session.tokenHash) }
        var response = Response(status: .noContent)
        response.setCookie(SignIn(services: services).clearedCookie())
        return response
    }
}

/// Decoding JSON request bodies with a clear 400 when they are not what a route takes.
enum APIBody {
    static let limit = 1024 * 1024

    static func decode<T: Decodable>(_ type: T.Type, from request: Request, context: WebContext) async throws -> T {
        let buffer = try await request.body.collect(upTo: limit)
        let decoder = JSONDecoder()
        do {
            return try decoder.decode(T.self, from: Data(buffer: buffer))
        } catch let error as DecodingError {
            throw HTTPError(.badRequest, message: "the request body is not valid: \(describe(error))")
        }
    }

    static func describe(_ error: DecodingError) -> String {
        switch error {
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty
                ? "not JSON" : "\(path(context.codingPath)): \(context.debugDescription)"
        case .keyNotFound(let key, let context):
            return "missing \"\(path(context.codingPath + [key]))\""
        case .typeMismatch(let type, let context):
            return "\"\(path(context.codingPath))\" should be \(type == String.self ? "a string" : "\(type)")"
        case .valueNotFound(_, let context):
            return "\"\(path(context.codingPath))\" is null"
        @unknown default:
            return "not what was expected"
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
    }
}
