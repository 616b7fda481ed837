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
