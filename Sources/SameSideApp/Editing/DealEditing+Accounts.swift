import SameSideCore
import SameSideStore

extension DealEditing {
    /// Creates the account `draft` under a new id made from its name.
    /// - Throws: ``FieldErrors`` for a draft that is not valid, ``StoreError``s for the database.
    public static func createAccount(
        _ draft: AccountDraft, in store: any PipelineStore
    ) async throws -> Versioned<Account> {
        let base = AccountDraft.baseID(for: draft.name)
        var id = AccountID(base)
        var number = 2
        while try await store.account(id) != nil {
            id = AccountID("\(base)-\(number)")
            number += 1
        }
        switch draft.apply(to: Account(id: id, name: "")) {
        case .success(let account): return try await store.create(account)
        case .failure(let errors): throw errors
        }
    }

    /// Saves the fields of `draft` over account `id`, read at `version`.
    /// - Throws: ``FieldErrors``, ``AppError/notFound(_:)``, ``StoreError/conflict(kind:id:expected:actual:)``
    ///   when the account changed since `version`.
    public static func updateAccount(
        _ draft: AccountDraft, id: AccountID, version: Int, in store: any PipelineStore
    ) async throws -> Versioned<Account> {
        guard let account = try await store.account(id) else { throw AppError.notFound("no account \"\(id)\"") }
        switch draft.apply(to: account.value) {
        case .success(let changed): return try await store.update(changed, expectedVersion: version)
        case .failure(let errors): throw errors
        }
    }

    /// Saves the person `draft` over stakeholder `personId` of account `id`, read at `version`.
    /// - Throws: ``FieldErrors``, ``AppError/notFound(_:)`` for an unknown account or person,
    ///   ``StoreError/conflict(kind:id:expected:actual:)`` when the account changed since `version`.
    public static func updateStakeholder(
        _ draft: StakeholderDraft, id personId: StakeholderID, ofAccount id: AccountID, version: Int,
        in store: any PipelineStore
    ) async throws -> (Stakeholder, Versioned<Account>) {
        guard let account = try await store.account(id) else { throw AppError.notFound("no account \"\(id)\"") }
        guard let index = account.value.stakeholders.firstIndex(where: { $0.id == personId }) else {
            throw AppError.notFound("no person \"\(personId)\" at account \"\(id)\"")
        }
        let person: Stakeholder
        switch draft.validated(id: personId) {
        case .success(let valid): person = valid
        case .failure(let errors): throw errors
        }
        var changed = account.value
        changed.stakeholders[index] = person
        return (person, try await store.update(changed, expectedVersion: version))
    }
}
