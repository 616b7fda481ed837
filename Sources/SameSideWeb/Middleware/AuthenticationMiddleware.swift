import Foundation
import HTTPTypes
import Hummingbird
import SameSideStore

/// Finds the session of a request (a bearer token, else the session cookie), checks it against the store and
/// its expiry, and puts its user in the context. Then applies the one rule about anonymous requests: `/api/…`
/// answers 401 and pages redirect to the sign-in page, except the few public paths. API writes made with the
/// cookie must carry the session's CSRF token in `X-CSRF-Token` (a bearer token cannot be sent by another site).
struct AuthenticationMiddleware: RouterMiddleware {
    typealias Context = WebContext
    let services: WebServices

    static let publicPaths: Set<String> = ["/healthz", "/openapi.json", "/signin", "/api/login"]

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var context = context
        if let (token, fromCookie) = Self.token(of: request),
            let session = try await services.users.session(tokenHash: SessionTokens.hash(token))
        {
            if session.expiresAt <= services.now() {
                try await services.users.deleteSession(tokenHash: session.tokenHash)
            } else if let user = try await services.users.user(id: session.userId), !user.disabled {
                context.user = user
                context.session = session
                context.sessionFromCookie = fromCookie
            }
        }
        let path = request.uri.path
        // A share link's token is its own access: `SharePage` checks it.
        let isPublic = Self.publicPaths.contains(path) || path.hasPrefix("/static/") || path.hasPrefix("/share/")
        if context.user == nil, !isPublic {
            if ErrorMiddleware.isAPI(request) || path == MetricsRoute.path {
                throw HTTPError(.unauthorized, message: "sign in first (POST /api/login)")
            }
            return .seeOther("/signin")
        }
        if let session = context.session, context.sessionFromCookie, ErrorMiddleware.isAPI(request),
            request.method != .get, request.method != .head
        {
            let sent = request.headers[.csrfToken] ?? ""
            guard SessionTokens.constantTimeEqual(sent, session.csrfToken) else {
                throw HTTPError(.forbidden, message: "missing or wrong X-CSRF-Token for a cookie-authenticated write")
            }
        }
        return try await next(request, context)
    }

    /// The session token of `request` and whether it came from the cookie.
    static func token(of request: Request) -> (String, Bool)? {
        if let header = request.headers[.authorization], header.lowercased().hasPrefix("bearer ") {
            let token = String(header.dropFirst("bearer ".count)).trimmingCharacters(in: .whitespaces)
            return token.isEmpty ? nil : (token, false)
        }
        if let cookie = request.cookies[SignIn.cookieName]?.value, !cookie.isEmpty { return (cookie, true) }
        return nil
    }
}
