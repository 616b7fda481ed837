import Foundation
import SameSideStore

/// Matches a deal's owner text (as a CRM writes it) to a user: by email first, then by name, ignoring case
/// and surrounding spaces. An owner that matches nobody leaves the deal unassigned.
struct OwnerDirectory: Sendable {
    private var byEmail: [String: UserRecord] = [:]
    private var byName: [String: UserRecord] = [:]

    init(users: [UserRecord]) {
        for user in users {
            byEmail[Self.key(user.email)] = user
            if let name = user.name, !Self.key(name).isEmpty, byName[Self.key(name)] == nil {
                byName[Self.key(name)] = user
            }
        }
    }

    /// The user who owns a deal whose owner field is `owner`, or `nil` (unassigned).
    func user(owning owner: String?) -> UserRecord? {
        guard let owner else { return nil }
        let key = Self.key(owner)
        guard !key.isEmpty else { return nil }
        return byEmail[key] ?? byName[key]
    }

    private static func key(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }
}

extension OwnerDirectory {
    /// Every owner text (as a stored review's owner key: trimmed, lower-cased) that matches a user, with that user.
    var keyedUsers: [(key: String, user: UserRecord)] {
        var keys = Set(byEmail.keys)
        keys.formUnion(byName.keys)
        return keys.sorted().compactMap { key in user(owning: key).map { (key, $0) } }
    }

    /// Which stored reviews whose owner passes `include` (a user, or `nil` for unassigned) are meant, as a
    /// store query over owner keys. Pure.
    func owners(where include: (UserRecord?) -> Bool) -> ReviewListQuery.Owners {
        let keyed = keyedUsers
        return .keys(
            keyed.filter { include($0.user) }.map(\.key), unassigned: include(nil), knownKeys: keyed.map(\.key))
    }
}
