import Foundation
import Hummingbird
import NIOCore

/// The sign-in page (`GET /signin`, `POST /signin`) and sign-out (`POST /signout`).
///
/// Before a session exists the sign-in form is protected by a double-submit token: a random value in a
/// SameSite=Strict cookie that the form must repeat. Sign-out checks the session's own CSRF token.
struct SignInPages {
    let services: WebServices

    static let csrfCookie = "sameside_signin"

    struct SignInView: Sendable {
        var chrome: PageChrome
        var email: String
        var csrfToken: String
        var error: String?
    }

    struct SignInForm: Decodable {
        var email: String?
        var password: String?
        var csrf: String?
    }

    struct CSRFForm: Decodable {
        var csrf: String?
    }

    func addRoutes(to router: Router<WebContext>) {
        router.get("/signin", use: show)
        router.post("/signin", use: submit)
        router.post("/signout", use: signOut)
    }

    @Sendable func show(_ request: Request, context: WebContext) async throws -> Response {
        if context.user != nil { return .seeOther("/") }
        return try page(email: "", error: nil, status: .ok, request: request, context: context)
    }

    @Sendable func submit(_ request: Request, context: WebContext) async throws -> Response {
        let form = try await FormBody.decode(SignInForm.self, from: request, context: context)
        let expected = request.cookies[Self.csrfCookie]?.value ?? ""
        guard !expected.isEmpty, SessionTokens.constantTimeEqual(form.csrf ?? "", expected) else {
            throw HTTPError(.forbidden, message: "the form had expired; reload the sign-in page and try again")
        }
        let email = form.email ?? ""
        do {
            let started = try await SignIn(services: services).start(email: email, password: form.password ?? "")
            // A new session id at every sign-in; the one the browser held before (if any) ends here.
            if let old = request.cookies[SignIn.cookieName]?.value, !old.isEmpty {
                try await services.users.deleteSession(tokenHash: SessionTokens.hash(old))
            }
            var response = Response.seeOther("/")
            response.setCookie(SignIn(services: services).cookie(started.token))
            return response
        } catch let error as HTTPError where error.status == .unauthorized || error.status == .tooManyRequests {
            var response = try page(
                email: email, error: error.body ?? "sign-in failed", status: error.status, request: request,
                context: context)
            for field in error.headers { response.headers.append(field) }
            return response
        }
    }

    @Sendable func signOut(_ request: Request, context: WebContext) async throws -> Response {
        let form = try await FormBody.decode(CSRFForm.self, from: request, context: context)
        try CSRF.check(form.csrf, context: context)
        if let session = context.session { try await services.users.deleteSession(tokenHash: session.tokenHash) }
        var response = Response.seeOther("/signin")
        response.setCookie(SignIn(services: services).clearedCookie())
        return response
    }

    private func page(
        email: String, error: String?, status: HTTPResponse.Status, request: Request, context: WebContext
    ) throws -> Response {
        let sent = request.cookies[Self.csrfCookie]?.value ?? ""
        let token = SessionTokens.isWellFormed(sent) ? sent : SessionTokens.random()
        let view = SignInView(
            chrome: PageChrome(title: "Sign in", context: context), email: email, csrfToken: token, error: error)
        var response = try HTMLResponse(
            html: services.templates.render(view, withTemplate: "signin") ?? "", status: status
        ).response(from: request, context: context)
        response.setCookie(
            Cookie(
                name: Self.csrfCookie, value: token, path: "/signin", secure: services.config.secureCookies,
                httpOnly: true, sameSite: .strict))
        return response
    }
}

/// Checks the CSRF token a page form carries against the session's.
enum CSRF {
    static func check(_ sent: String?, context: WebContext) throws {
        guard let session = context.session, SessionTokens.constantTimeEqual(sent ?? "", session.csrfToken) else {
            throw HTTPError(.forbidden, message: "the form had expired; reload the page and try again")
        }
    }
}

/// Decoding `application/x-www-form-urlencoded` bodies with a clear 400.
enum FormBody {
    /// The record version an edit form carries (the one the person saw); a 400 when it is missing.
    static func version(_ text: String?) throws -> Int {
        guard let version = text.flatMap({ Int($0) }) else {
            throw HTTPError(.badRequest, message: "the form is not valid: version is required")
        }
        return version
    }

    static func decode<T: Decodable>(
        _ type: T.Type, from request: Request, context: WebContext, limit: Int = 1024 * 1024
    ) async throws -> T {
        let buffer = try await request.body.collect(upTo: limit)
        do {
            return try URLEncodedFormDecoder().decode(T.self, from: String(buffer: buffer))
        } catch let error as DecodingError {
            throw HTTPError(.badRequest, message: "the form is not valid: \(APIBody.describe(error))")
        } catch let error as URLEncodedFormError {
            // A body that is not a form at all (a bad %-escape, a key given twice where one is taken).
            throw HTTPError(.badRequest, message: "the form is not valid: \(error.description)")
        }
    }
}
