import SameSideStore

/// Who may see and edit a deal, decided in this one place from small values: the viewer's role and team, and
/// the user the deal's owner matched (``OwnerDirectory``), if any.
///
/// - admin: every deal.
/// - manager: the deals whose owner is on the manager's team, and unassigned deals (so nothing imported
///   becomes invisible); sees and edits them.
/// - rep: sees the deals whose owner is on the rep's team; edits only their own.
///
/// A deal a user may not see is answered 404 everywhere, never 403, so ids cannot be probed.
struct DealAccess: Sendable {
    let viewer: UserRecord

    /// Whether the viewer may see a deal owned by `owner` (`nil`: unassigned).
    func canSee(ownedBy owner: UserRecord?) -> Bool {
        switch viewer.role {
        case .admin: return true
        case .manager: return owner.map(sharesTeam) ?? true
        case .rep: return owner.map(sharesTeam) ?? false
        }
    }

    /// Whether the viewer may change a deal owned by `owner`.
    func canEdit(ownedBy owner: UserRecord?) -> Bool {
        switch viewer.role {
        case .admin: return true
        case .manager: return canSee(ownedBy: owner)
        case .rep: return owner?.id == viewer.id
        }
    }

    private func sharesTeam(_ owner: UserRecord) -> Bool {
        if owner.id == viewer.id { return true }
        guard let team = viewer.team, let theirs = owner.team else { return false }
        return team == theirs
    }
}
