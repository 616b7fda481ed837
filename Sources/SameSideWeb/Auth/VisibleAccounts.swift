import Hummingbird
import SameSideApp
import SameSideCore
import SameSideStore

/// An account a user may see, with the deals of it they may see: an admin sees every account; anyone else sees
/// an account when they may see at least one of its deals, and a manager also sees an account with no deal at
/// all (it is nobody's yet, like an unassigned deal, so a manager who created it can still open it). Otherwise
/// the account is "no account" (404), the same answer as for one that does not exist.
struct VisibleAccounts {
    let services: WebServices

    /// At most this many deals of one account are read for its page.
    static let dealLimit = 500

    /// The stored account `id` at its version, when `viewer` may change it: an admin always; anyone else when
    /// they may change one of its deals; a manager also one with no deal. 404 when they may not see it, 403 when
    /// they see but may not change it.
    func editable(_ id: AccountID, for viewer: UserRecord) async throws -> Versioned<Account> {
        let (_, deals) = try await account(id, for: viewer)
        let access = DealAccess(viewer: viewer)
        let dealless = viewer.role == .manager && deals.isEmpty
        guard viewer.role == .admin || dealless || deals.contains(where: { access.canEdit(ownedBy: $0.1) }) else {
            throw HTTPError(
                .forbidden,
                message: "only the owner of one of its deals, their manager or an admin can change this account")
        }
        guard let stored = try await services.store.account(id) else { throw AppError.notFound("no account \"\(id)\"") }
        return stored
    }

    func account(_ id: AccountID, for viewer: UserRecord) async throws -> (Account, [(Opportunity, UserRecord?)]) {
        guard let account = try await services.store.account(id) else {
            throw AppError.notFound("no account \"\(id)\"")
        }
        let directory = OwnerDirectory(users: try await services.users.users())
        let access = DealAccess(viewer: viewer)
        let stored = try await services.store.opportunities(ofAccount: id, limit: Self.dealLimit)
        let deals = stored.compactMap { stored -> (Opportunity, UserRecord?)? in
            let owner = directory.user(owning: stored.value.owner)
            return access.canSee(ownedBy: owner) ? (stored.value, owner) : nil
        }
        let dealless = viewer.role == .manager && stored.isEmpty
        guard viewer.role == .admin || dealless || !deals.isEmpty else {
            throw AppError.notFound("no account \"\(id)\"")
        }
        return (account.value, deals)
    }
}
