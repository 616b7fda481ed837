import Hummingbird
import SameSideCore

/// `GET /deals/{id}`: one deal the user may see (404 otherwise), reviewed through the review use case.
struct DealPage {
    let services: WebServices

    func addRoutes(to router: Router<WebContext>) {
        router.get("/deals/{id}", use: show)
    }

    @Sendable func show(_ request: Request, context: WebContext) async throws -> HTMLResponse {
        let user = try context.requireUser()
        let id = DealID(try context.parameters.require("id"))
        let (deal, account, owner) = try await VisibleDeals(services: services).deal(id, for: user)
        let scope = try await services.review.scope(of: services.store, asOf: nil)
        let review = services.review.review(deal, account: account, scope: scope)
        var view = DealView(
            deal: deal, account: account, owner: owner, review: review,
            currency: review.currency ?? scope.header.currency,
            chrome: PageChrome(title: deal.name, context: context))
        view.canEdit = DealAccess(viewer: user).canEdit(ownedBy: owner)
        return HTMLResponse(html: services.templates.render(view, withTemplate: "deal") ?? "")
    }
}
