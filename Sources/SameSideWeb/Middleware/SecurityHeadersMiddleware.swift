import HTTPTypes
import Hummingbird

/// Adds the security headers to every response, errors included: a Content-Security-Policy that allows only
/// SameSide's own scripts and styles (no inline script) and no framing, no MIME sniffing, no referrer across sites.
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = WebContext

    static var policy: String {
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
    }

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var response = try await next(request, context)
        // A route may set a stricter policy of its own (the printable approval pack: no script at all).
        if response.headers[HTTPField.Name.securityPolicy] == nil {
            response.headers[HTTPField.Name.securityPolicy] = Self.policy
        }
        response.headers[HTTPField.Name.contentTypeOptions] = "nosniff"
        // A route with a stricter policy (the share page: no-referrer) keeps it.
        if response.headers[HTTPField.Name.referrerPolicy] == nil {
            response.headers[HTTPField.Name.referrerPolicy] = "same-origin"
        }
        response.headers[HTTPField.Name.frameOptions] = "DENY"
        return response
    }
}

extension HTTPField.Name {
    static let securityPolicy = HTTPField.Name("Content-Security-Policy")!
    static let contentTypeOptions = HTTPField.Name("X-Content-Type-Options")!
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
    static let frameOptions = HTTPField.Name("X-Frame-Options")!
    static let csrfToken = HTTPField.Name("X-CSRF-Token")!
}
