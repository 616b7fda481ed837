import Hummingbird
import SameSideCore

/// `GET /accounts/{id}`: an account the user may see (404 otherwise), with its open deals reviewed through the
/// review use case.
struct AccountPage {
    let services: WebServices

    func addRoutes(to router: Router<WebContext>) {
        router.get("/accounts/{id}", use: show)
    }

    @Sendable func show(_ request: Request, context: WebContext) async throws -> HTMLResponse {
        let user = try context.requireUser()
        let id = AccountID(try context.parameters.require("id"))
        let (account, deals) = try await VisibleAccounts(services: services).account(id, for: user)
        let scope = try await services.review.scope(of: services.store, asOf: nil)
        let rows = deals.map { deal, owner in
            (deal, owner, deal.status == .open ? services.review.review(deal, account: account, scope: scope) : nil)
        }
        let view = AccountView(
            account: account, seller: scope.header.seller, deals: rows, currency: scope.header.currency,
            chrome: PageChrome(title: account.name, context: context))
        return HTMLResponse(html: services.templates.render(view, withTemplate: "account") ?? "")
    }
}
