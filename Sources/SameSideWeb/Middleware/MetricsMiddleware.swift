import Hummingbird
import Prometheus

/// Request counts and latencies for `GET /metrics`, in a registry of this application (no process-wide
/// bootstrap, so tests can build many applications). Labels are the method, the route as registered (such as
/// `/deals/{id}`, never the path a client typed, so their number stays bounded) and the status code.
struct RequestMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()
    /// Upper bounds of the latency buckets.
    static let buckets: [Duration] = [
        .microseconds(500), .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10),
        .milliseconds(25), .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500),
        .seconds(1), .seconds(2.5), .seconds(5),
    ]
    private static var requests: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "sameside", subsystem: "http", metricName: "requests", unitName: "total",
            helpText: "HTTP requests answered, by method, route and status")
    }
    private static var duration: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "sameside", subsystem: "http", metricName: "request_duration", unitName: "seconds",
            helpText: "Time from receiving a request to having its response, by method and route")
    }

    func record(method: String, route: String, status: Int, elapsed: Duration) {
        registry.makeCounter(
            descriptor: Self.requests, labels: [("method", method), ("route", route), ("status", String(status))]
        ).increment()
        registry.makeDurationHistogram(
            descriptor: Self.duration, labels: [("method", method), ("route", route)], buckets: Self.buckets
        ).record(elapsed)
    }

    /// The Prometheus text exposition of everything recorded so far.
    func text() -> String { registry.emitToString() }
}

/// Records every request's method, route, status and latency into ``RequestMetrics``.
struct MetricsMiddleware: RouterMiddleware {
    typealias Context = WebContext
    let metrics: RequestMetrics

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let start = ContinuousClock.now
        do {
            let response = try await next(request, context)
            record(request, context: context, status: Int(response.status.code), start: start)
            return response
        } catch {
            let status = (error as? any HTTPResponseError)?.status.code ?? 500
            record(request, context: context, status: Int(status), start: start)
            throw error
        }
    }

    private func record(_ request: Request, context: Context, status: Int, start: ContinuousClock.Instant) {
        metrics.record(
            method: request.method.rawValue, route: context.endpointPath ?? "unmatched", status: status,
            elapsed: ContinuousClock.now - start)
    }
}
