import SameSideCore
import SameSideStore

/// Stores a change the customer's contact made on the share page (``ContactChange``) through the pipeline store,
/// so the deal's stored review is redone like after any other edit.
public enum SharedPlanEditing {
    /// How often a change is made again on a fresh read when someone saved the deal meanwhile.
    public static let attempts = 4

    /// Makes `change` on deal `id` as the link's `contact` (as typed on the link) on `today`, and returns the deal
    /// as stored.
    ///
    /// The change is a delta, not a form of the whole deal: when another write wins the race, the deal is read
    /// again and the change made on what is stored now, up to ``attempts`` times, so nobody's change is lost.
    /// - Throws: ``ContactChangeError`` when the change cannot be made, ``AppError/notFound(_:)`` for a deal or
    ///   account not stored, ``StoreError/conflict(kind:id:expected:actual:)`` when every attempt lost a race.
    public static func apply(
        _ change: ContactChange, toDeal id: DealID, contact: String, today: Day, in store: any PipelineStore
    ) async throws -> Versioned<Opportunity> {
        var attempt = 1
        while true {
            guard let deal = try await store.opportunity(id) else { throw AppError.notFound("no deal \"\(id)\"") }
            guard let account = try await store.account(deal.value.accountId) else {
                throw AppError.notFound("no account \"\(deal.value.accountId)\" for deal \"\(id)\"")
            }
            let changed: Opportunity
            switch change.applied(to: deal.value, by: PlanContact(link: contact, in: account.value), on: today) {
            case .success(let valid): changed = valid
            case .failure(let error): throw error
            }
            do {
                return try await store.update(changed, expectedVersion: deal.version)
            } catch StoreError.conflict(let kind, let conflictId, let expected, let actual) {
                guard attempt < attempts else {
                    throw StoreError.conflict(kind: kind, id: conflictId, expected: expected, actual: actual)
                }
                attempt += 1
            }
        }
    }
}
