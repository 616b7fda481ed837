import SameSideCore
import SameSideStore

extension DealEditing {
    /// Makes `owner` (a user's email) the owner of deal `id` when its owner is no user (`isUser` says which
    /// owner texts match a user), so an imported deal leaves the unassigned list.
    /// - Throws: ``AppError/notFound(_:)`` for an unknown deal, ``AppError/conflict(_:)`` when the deal is
    ///   already someone's, ``StoreError/conflict(kind:id:expected:actual:)`` when it changed meanwhile.
    public static func takeDeal(
        _ id: DealID, owner: String, isUser: (String?) -> Bool, in store: any PipelineStore
    ) async throws -> Versioned<Opportunity> {
        guard let deal = try await store.opportunity(id) else { throw AppError.notFound("no deal \"\(id)\"") }
        guard !isUser(deal.value.owner) else {
            throw AppError.conflict("deal \"\(id)\" already has an owner; only an unassigned deal can be taken")
        }
        var changed = deal.value
        changed.owner = owner
        return try await store.update(changed, expectedVersion: deal.version)
    }
}
