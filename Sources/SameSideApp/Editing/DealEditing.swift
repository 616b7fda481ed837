import SameSideCore
import SameSideStore

/// Changes a person makes to a stored deal through a form or the API, each checked against the versions the
/// person saw, so that a change someone else made meanwhile is never overwritten silently.
public enum DealEditing {
    /// What a goal added to a deal left in the store.
    public struct GoalAdded: Sendable {
        public var goal: Goal
        public var account: Versioned<Account>
        public var deal: Versioned<Opportunity>
    }

    /// Adds the goal `draft` to the account of deal `id` and links it to the deal.
    ///
    /// `dealVersion` and `accountVersion` are the versions the person's form was drawn from. Both are checked
    /// before anything is written; when the deal write still loses a race after the account was written, the
    /// account is put back, so the store never keeps half of the change.
    /// - Throws: ``FieldErrors`` for a draft that is not valid, ``AppError/notFound(_:)`` for an unknown deal,
    ///   ``StoreError/conflict(kind:id:expected:actual:)`` when either record changed since the form was drawn,
    ///   other ``StoreError``s for the database.
    public static func addGoal(
        _ draft: GoalDraft, toDeal id: DealID, dealVersion: Int, accountVersion: Int, in store: any PipelineStore
    ) async throws -> GoalAdded {
        guard let deal = try await store.opportunity(id) else { throw AppError.notFound("no deal \"\(id)\"") }
        guard let account = try await store.account(deal.value.accountId) else {
            throw AppError.notFound("no account \"\(deal.value.accountId)\" for deal \"\(id)\"")
        }
        let goalId = newGoalID(in: account.value)
        let goal: Goal
        switch draft.validated(id: goalId) {
        case .success(let valid): goal = valid
        case .failure(let errors): throw errors
        }
        guard deal.version == dealVersion else {
            throw StoreError.conflict(kind: "deal", id: id.rawValue, expected: dealVersion, actual: deal.version)
        }
        guard account.version == accountVersion else {
            throw StoreError.conflict(
                kind: "account", id: account.value.id.rawValue, expected: accountVersion, actual: account.version)
        }
        var changedAccount = account.value
        changedAccount.goals.append(goal)
        let savedAccount = try await store.update(changedAccount, expectedVersion: accountVersion)
        var changedDeal = deal.value
        changedDeal.goalIds.append(goalId)
        do {
            let savedDeal = try await store.update(changedDeal, expectedVersion: dealVersion)
            return GoalAdded(goal: goal, account: savedAccount, deal: savedDeal)
        } catch {
            _ = try? await store.update(account.value, expectedVersion: savedAccount.version)
            throw error
        }
    }

    /// Saves the deal fields of `draft` over deal `id`, read at `version` by the person who typed them; a new
    /// stage or close date goes into the deal's history dated `today`.
    /// - Throws: ``FieldErrors`` for a draft that is not valid, ``AppError/notFound(_:)`` for an unknown deal,
    ///   ``StoreError/conflict(kind:id:expected:actual:)`` when the deal changed since `version`.
    public static func updateDeal(
        _ draft: DealDraft, id: DealID, version: Int, today: Day, in store: any PipelineStore
    ) async throws -> Versioned<Opportunity> {
        guard let deal = try await store.opportunity(id) else { throw AppError.notFound("no deal \"\(id)\"") }
        let changed: Opportunity
        switch draft.apply(to: deal.value, today: today) {
        case .success(let valid): changed = valid
        case .failure(let errors): throw errors
        }
        return try await store.update(changed, expectedVersion: version)
    }

    /// Logs `draft` on deal `id`, read at `version`; the people it names must be the account's.
    /// - Throws: ``FieldErrors``, ``AppError/notFound(_:)``, ``StoreError/conflict(kind:id:expected:actual:)``
    ///   when the deal changed since `version`.
    public static func logActivity(
        _ draft: ActivityDraft, onDeal id: DealID, version: Int, in store: any PipelineStore
    ) async throws -> Versioned<Opportunity> {
        guard let deal = try await store.opportunity(id) else { throw AppError.notFound("no deal \"\(id)\"") }
        let people = try await store.account(deal.value.accountId)?.value.stakeholders ?? []
        var changed = deal.value
        switch draft.validated(stakeholders: people) {
        case .success(let activity): changed.activities.append(activity)
        case .failure(let errors): throw errors
        }
        return try await store.update(changed, expectedVersion: version)
    }

    /// Adds the person `draft` to account `id`, read at `version`.
    /// - Throws: ``FieldErrors``, ``AppError/notFound(_:)``, ``StoreError/conflict(kind:id:expected:actual:)``
    ///   when the account changed since `version`.
    public static func addStakeholder(
        _ draft: StakeholderDraft, toAccount id: AccountID, version: Int, in store: any PipelineStore
    ) async throws -> (Stakeholder, Versioned<Account>) {
        guard let account = try await store.account(id) else { throw AppError.notFound("no account \"\(id)\"") }
        let used = Set(account.value.stakeholders.map(\.id.rawValue))
        var number = account.value.stakeholders.count + 1
        while used.contains("s\(number)") { number += 1 }
        let person: Stakeholder
        switch draft.validated(id: StakeholderID("s\(number)")) {
        case .success(let valid): person = valid
        case .failure(let errors): throw errors
        }
        var changed = account.value
        changed.stakeholders.append(person)
        return (person, try await store.update(changed, expectedVersion: version))
    }

    /// A goal id not used in `account`: `g1`, `g2`, … after the highest such number there.
    static func newGoalID(in account: Account) -> GoalID {
        let used = Set(account.goals.map(\.id.rawValue))
        var number = account.goals.count + 1
        while used.contains("g\(number)") { number += 1 }
        return GoalID("g\(number)")
    }
}
