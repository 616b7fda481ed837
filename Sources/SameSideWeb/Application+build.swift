import Foundation
import Hummingbird
import Logging
import Mustache
import SameSideApp
import SameSideStore
import ServiceLifecycle

/// Builds the web application for `config`: opens (and migrates) the store through ``StoreFactory``, adds its
/// lifecycle as a service (closed on graceful shutdown, SIGTERM or SIGINT), and composes the routes. The one
/// seam the tests use (`app.test(.router)`). `prepare` runs on the opened store before the server starts
/// (`serve --demo` loads the demo there; tests load their fixtures).
/// - Throws: ``AppError`` when the database cannot be opened, and whatever `prepare` throws.
public func buildApplication(
    config: WebConfig, logger: Logger = Logger(label: "sameside.web"),
    clock: @escaping @Sendable () -> Int = { Int(Date().timeIntervalSince1970) },
    prepare: (any PipelineStore) async throws -> Void = { _ in }
) async throws -> some ApplicationProtocol {
    let store = try await StoreFactory.open(config.app)
    let users: any UserStore
    let reviewList: ReviewList
    do {
        users = try UserAdministration.users(of: store)
        guard let list = (store as? ReviewKeepingStore)?.reviewList else {
            throw AppError.badConfiguration("this store keeps no stored reviews for the list pages")
        }
        reviewList = list
        try await prepare(store)
        // Reviews are stored before the first request (a new day or a new review version refreshes them here).
        _ = try await reviewList.current()
    } catch {
        try? await store.close()
        throw AppError.mapping(error, database: config.app.database)
    }
    let services = WebServices(
        store: store, users: users, config: config, templates: try await WebTemplates.load(),
        throttle: SignInThrottle(limit: config.maxFailedSignIns, window: config.throttleWindow),
        review: reviewList.review, reviewList: reviewList, totalsCache: ListTotalsCache(), metrics: RequestMetrics(),
        decoyHash: try await Passwords.hash(SessionTokens.random(), cost: config.bcryptCost),
        now: clock)
    let router = buildRouter(services, logger: logger)
    return Application(
        router: router,
        configuration: .init(address: .hostname(config.host, port: config.port), serverName: "SameSide"),
        services: [StoreService(store: store, logger: logger)],
        logger: logger)
}

/// The routes and middleware over `services`.
func buildRouter(_ services: WebServices, logger: Logger) -> Router<WebContext> {
    let router = Router(context: WebContext.self)
    router.addMiddleware {
        SecurityHeadersMiddleware()
        RequestLogMiddleware()
        MetricsMiddleware(metrics: services.metrics)
        ErrorMiddleware(templates: services.templates)
        AuthenticationMiddleware(services: services)
    }
    router.get("/healthz") { _, _ -> Response in
        _ = try await services.store.appliedMigrations()
        return Response(
            status: .ok, headers: [.contentType: "text/plain; charset=utf-8"],
            body: .init(byteBuffer: .init(string: "ok\n")))
    }
    router.get("/openapi.json") { _, _ in
        JSONResponse(OpenAPIDocument.json)
    }
    MetricsRoute(metrics: services.metrics).addRoutes(to: router)
    StaticFiles().addRoutes(to: router)
    AuthAPI(services: services).addRoutes(to: router)
    DealsAPI(services: services).addRoutes(to: router)
    SignInPages(services: services).addRoutes(to: router)
    PipelinePage(services: services).addRoutes(to: router)
    DealPage(services: services).addRoutes(to: router)
    CoachPage(services: services).addRoutes(to: router)
    CoachAPI(services: services).addRoutes(to: router)
    ImportPage(services: services).addRoutes(to: router)
    GoalForm(services: services).addRoutes(to: router)
    GoalsAPI(services: services).addRoutes(to: router)
    ActivitiesAPI(services: services).addRoutes(to: router)
    ImportAPI(services: services).addRoutes(to: router)
    DealPlanExport(services: services).addRoutes(to: router)
    DealForm(services: services).addRoutes(to: router)
    DealEditAPI(services: services).addRoutes(to: router)
    ActivityForm(services: services).addRoutes(to: router)
    StakeholderForm(services: services).addRoutes(to: router)
    StepForm(services: services).addRoutes(to: router)
    StepsAPI(services: services).addRoutes(to: router)
    TakeDeal(services: services).addRoutes(to: router)
    AccountForm(services: services).addRoutes(to: router)
    AdminUsersPage(services: services).addRoutes(to: router)
    AccountPage(services: services).addRoutes(to: router)
    SharePage(services: services).addRoutes(to: router)
    ShareLinksAPI(services: services).addRoutes(to: router)
    return router
}

/// Keeps the store for the server's life and closes it on graceful shutdown.
struct StoreService: Service {
    let store: any PipelineStore
    let logger: Logger

    func run() async throws {
        try? await gracefulShutdown()
        logger.info("closing the store")
        try await store.close()
    }
}
