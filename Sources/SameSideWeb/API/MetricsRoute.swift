import Hummingbird

/// `GET /metrics`: request counts and latencies in Prometheus text format, for signed-in admins (a scraper
/// sends an admin's bearer token). Anonymous: 401; any other role: 404, as for a page that does not exist.
struct MetricsRoute {
    static let path = "/metrics"
    let metrics: RequestMetrics

    func addRoutes(to router: Router<WebContext>) {
        router.get(RouterPath(Self.path)) { _, context -> Response in
            let user = try context.requireUser()
            guard user.role == .admin else { throw HTTPError(.notFound, message: "no such page") }
            return Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(byteBuffer: .init(string: metrics.text())))
        }
    }
}
