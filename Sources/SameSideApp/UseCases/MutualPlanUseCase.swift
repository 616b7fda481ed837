import SameSideCore
import SameSideStore

/// The deal's mutual plan: apply a template, and export the plan for the customer or for us.
public struct MutualPlanUseCase: Sendable {
    /// The forms a plan is exported in.
    public enum Format: String, CaseIterable, Sendable {
        case ics, markdown, json
    }

    public var playbook: Playbook

    public init(playbook: Playbook = .standard) { self.playbook = playbook }

    /// The plan of `selected` as `audience` sees it. Pure.
    public func view(of selected: SelectedDeal, audience: PlanAudience) -> PlanView {
        let input = ReviewInput(
            deal: selected.deal, account: selected.account, seller: selected.header.seller, playbook: playbook,
            asOf: selected.asOf, currency: selected.header.currency)
        return PlanView(input: input, audience: audience)
    }

    /// The plan of `selected` in `format` for `audience`; `stamp` is the moment of export (iCalendar's DTSTAMP).
    /// Pure.
    public func export(
        _ selected: SelectedDeal, format: Format, audience: PlanAudience, stamp: CalendarStamp
    ) -> String {
        let plan = view(of: selected, audience: audience)
        switch format {
        case .ics: return PlanCalendar.ics(plan, stamp: stamp)
        case .markdown: return PlanExport.markdown(plan)
        case .json: return JSONSerializer.serialize(.object(PlanExport.json(plan)), pretty: true) + "\n"
        }
    }

    /// The template `name` applied to `selected`'s plan (recorded steps unchanged). Pure.
    /// - Throws: ``AppError/badInput(_:)`` for an unknown template, or a close date that cannot be planned from.
    public func apply(
        template name: String, from anchor: PlanAnchor, to selected: SelectedDeal
    ) throws(AppError)
        -> PlanApplication
    {
        guard let template = playbook.planTemplate(named: name) else {
            let known = playbook.planTemplateNames.joined(separator: ", ")
            throw AppError.badInput("--template: no plan template \"\(name)\"; the playbook has \(known)")
        }
        do {
            return try template.apply(to: selected.deal, anchor: anchor, asOf: selected.asOf)
        } catch {
            throw AppError.badInput(error.message)
        }
    }

    /// Applies the template to the stored deal and saves it, unless someone changed the deal meanwhile.
    /// - Throws: ``AppError`` as ``apply(template:from:to:)``, ``AppError/notFound(_:)`` for an unknown deal,
    ///   ``StoreError/conflict(kind:id:expected:actual:)`` when the deal changed since it was read.
    public func applyStored(
        template name: String, from anchor: PlanAnchor, deal id: DealID, in store: any PipelineStore,
        named storeName: String, asOf requested: Day?, clock: any DayClock
    ) async throws -> PlanApplication {
        guard let stored = try await store.opportunity(id) else {
            throw AppError.notFound("\(storeName): no deal \"\(id)\" stored")
        }
        let selected = try await DealLookup.find(id, in: store, named: storeName, asOf: requested, clock: clock)
        let result = try apply(template: name, from: anchor, to: selected)
        guard !result.added.isEmpty else { return result }
        var deal = stored.value
        deal.buyingProcess = result.steps
        _ = try await store.update(deal, expectedVersion: stored.version)
        return result
    }
}
