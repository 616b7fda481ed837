import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// One structured log line per request: method, path (no query string, which may hold search text), status
/// and duration. Never headers, cookies or bodies, so no password or token reaches the log.
struct RequestLogMiddleware: RouterMiddleware {
    typealias Context = WebContext

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
        context.logger.info(
            "request",
            metadata: [
                "method": .string(request.method.rawValue), "path": .string(request.uri.path),
                "status": .stringConvertible(response.status.code),
                "ms": .string(String(format: "%.1f", milliseconds)),
            ])
        return response
    }
}
