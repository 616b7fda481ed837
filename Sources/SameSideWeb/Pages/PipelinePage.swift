import Hummingbird

/// `GET /`: the pipeline table of the deals the user may see, filtered, sorted and paged on the server.
struct PipelinePage {
    let services: WebServices

    func addRoutes(to router: Router<WebContext>) {
        router.get("/", use: show)
    }

    @Sendable func show(_ request: Request, context: WebContext) async throws -> HTMLResponse {
        let user = try context.requireUser()
        let query = try PipelineQuery(parameters: DealsAPI.parameters(request))
        let slice = try await VisibleDeals(services: services).page(for: user, query: query)
        var view = PipelineView(slice: slice, chrome: PageChrome(title: "Pipeline", context: context))
        view.renderItems(with: services.fragments, library: services.templates)
        return HTMLResponse(html: services.templates.render(view, withTemplate: "pipeline") ?? "")
    }
}
