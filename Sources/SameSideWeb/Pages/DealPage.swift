import Hummingbird
import SameSideApp
import SameSideCore
import SameSideStore

/// `GET /deals/{id}`: one deal the user may see (404 otherwise), reviewed through the review use case.
struct DealPage {
    let services: WebServices

    func addRoutes(to router: Router<WebContext>) {
        router.get("/deals/{id}", use: show)
        router.get("/deals/{id}/approval-pack", use: approvalPack)
        ShareLinkForm(services: services).addRoutes(to: router)
    }

    /// The printable approval pack of a deal the user may see (a self-contained page: inline styles, no
    /// script, so its own Content-Security-Policy allows inline styles only), or the draft listing the numbers
    /// still needed, as plain text.
    @Sendable func approvalPack(_ request: Request, context: WebContext) async throws -> Response {
        let user = try context.requireUser()
        let id = DealID(try context.parameters.require("id"))
        let (deal, account, _) = try await VisibleDeals(services: services).deal(id, for: user)
        guard let account else { throw AppError.notFound("no account for deal \"\(id)\"") }
        let scope = try await services.review.scope(of: services.store, asOf: nil)
        let selected = SelectedDeal(header: scope.header, account: account, deal: deal, asOf: scope.asOf)
        if let draft = BusinessCaseUseCase.draft(for: selected) {
            return Response(
                status: .ok, headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"],
                body: .init(byteBuffer: .init(string: BusinessCaseUseCase.render(draft, format: .text))))
        }
        let pack = try BusinessCaseUseCase.approvalPack(for: selected, source: "deal \"\(id)\"")
        var response = Response(
            status: .ok, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: .init(string: BusinessCaseUseCase.render(pack, format: .html))))
        response.headers[.securityPolicy] =
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; "
            + "form-action 'none'"
        return response
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
            chrome: PageChrome(title: deal.name, context: context),
            coach: { text in
                guard text.utf8.count <= CoachRun.maxBytes else { return nil }
                return services.coach.coach(text, kind: .email)
            })
        view.canEdit = DealAccess(viewer: user).canEdit(ownedBy: owner)
        view.canTake = owner == nil
        if let links = services.store as? any ShareLinkStore {
            view.shareLinks = try await links.shareLinks(deal: deal.id).map { link in
                var row = DealView.ShareLinkRow(link, now: services.now())
                if let account { row.contact = PlanContact(link: link.contact, in: account).name }
                return row
            }
            view.hasShareLinks = !view.shareLinks.isEmpty
            if view.canEdit, let account, let csrf = context.session?.csrfToken {
                view.shareForm = DealShareFormView(deal: deal, account: account, csrfToken: csrf)
                for index in view.shareLinks.indices where view.shareLinks[index].status == "Active" {
                    view.shareLinks[index].revokeAction =
                        "/deals/\(PathEscaping.segment(deal.id.rawValue))/share-links/"
                        + "\(PathEscaping.segment(view.shareLinks[index].id))/revoke"
                    view.shareLinks[index].csrfToken = csrf
                }
            }
        }
        if let account {
            let selected = SelectedDeal(header: scope.header, account: account, deal: deal, asOf: scope.asOf)
            view.businessCase = DealCaseView(
                selected: selected, link: "/deals/\(PathEscaping.segment(deal.id.rawValue))/approval-pack")
            view.callPlan = DealCallPlanView(CallPlanUseCase().plan(for: selected, meeting: nil))
        }
        view.renderItems(with: services.fragments, library: services.templates)
        return HTMLResponse(html: services.templates.render(view, withTemplate: "deal") ?? "")
    }
}
