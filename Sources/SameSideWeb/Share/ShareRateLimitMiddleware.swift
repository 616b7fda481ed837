import HTTPTypes
import Hummingbird

/// Limits `/share/…` per token and per client address (the connection's peer: behind a reverse proxy that is
/// the proxy). Over either limit: 429 with `Retry-After` and no detail, before the token is even looked up.
struct ShareRateLimitMiddleware: RouterMiddleware {
    typealias Context = WebContext

    let perToken: ShareRateLimiter
    let perAddress: ShareRateLimiter
    let now: @Sendable () -> Int

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let time = now()
        let parts = request.uri.path.split(separator: "/", omittingEmptySubsequences: true)
        let token = parts.count > 1 ? String(parts[1].prefix(64)) : ""
        let address = context.clientAddress ?? "unknown"
        if let wait = await perAddress.admit(address, now: time) { return Self.tooMany(wait) }
        if let wait = await perToken.admit(token, now: time) { return Self.tooMany(wait) }
        return try await next(request, context)
    }

    static func tooMany(_ seconds: Int) -> Response {
        Response(
            status: .tooManyRequests,
            headers: [.contentType: "text/plain; charset=utf-8", .retryAfter: String(seconds)],
            body: .init(byteBuffer: .init(string: "Too many requests\n")))
    }
}
