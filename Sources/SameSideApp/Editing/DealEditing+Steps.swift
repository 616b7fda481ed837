import SameSideCore
import SameSideStore

extension DealEditing {
    /// Saves the buying step `draft` on deal `id`, read at `version`: over step `stepId` when given, else as a
    /// new step at the end of the plan. A moved due date is logged on the step, dated `today`.
    /// - Throws: ``FieldErrors`` for a draft that is not valid, ``AppError/notFound(_:)`` for an unknown deal
    ///   or step, ``StoreError/conflict(kind:id:expected:actual:)`` when the deal changed since `version`.
    public static func saveStep(
        _ draft: StepDraft, stepId: StepID?, onDeal id: DealID, version: Int, today: Day, in store: any PipelineStore
    ) async throws -> (BuyingStep, Versioned<Opportunity>) {
        guard let deal = try await store.opportunity(id) else { throw AppError.notFound("no deal \"\(id)\"") }
        let people = try await store.account(deal.value.accountId)?.value.stakeholders ?? []
        var changed = deal.value
        let index: Int?
        if let stepId {
            guard let found = changed.buyingProcess.firstIndex(where: { $0.id == stepId }) else {
                throw AppError.notFound("no buying step \"\(stepId)\" in deal \"\(id)\"")
            }
            index = found
        } else {
            index = nil
        }
        let newId = stepId ?? newStepID(in: deal.value)
        let step: BuyingStep
        switch draft.apply(
            to: index.map { changed.buyingProcess[$0] }, id: newId, in: deal.value, stakeholders: people, today: today)
        {
        case .success(let valid): step = valid
        case .failure(let errors): throw errors
        }
        if let index {
            changed.buyingProcess[index] = step
        } else {
            changed.buyingProcess.append(step)
        }
        return (step, try await store.update(changed, expectedVersion: version))
    }

    /// A step id not used in `deal`: `b1`, `b2`, … after the highest such number there.
    static func newStepID(in deal: Opportunity) -> StepID {
        let used = Set(deal.buyingProcess.map(\.id.rawValue))
        var number = deal.buyingProcess.count + 1
        while used.contains("b\(number)") { number += 1 }
        return StepID("b\(number)")
    }
}
