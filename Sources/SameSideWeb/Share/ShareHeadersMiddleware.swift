import HTTPTypes
import Hummingbird

/// The share page's headers on every answer, 404s included: no referrer (the token is in the URL), never kept
/// by a shared cache, not indexed.
struct ShareHeadersMiddleware: RouterMiddleware {
    typealias Context = WebContext

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            response = SharePage.notFound
        }
        response.headers[.referrerPolicy] = "no-referrer"
        response.headers[.cacheControl] = "private, no-store"
        response.headers[.robotsTag] = "noindex, nofollow"
        return response
    }
}

extension HTTPField.Name {
    static let robotsTag = HTTPField.Name("X-Robots-Tag")!
}
