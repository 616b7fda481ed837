import Foundation
import SameSideApp
import SameSideStore

/// Adding and listing users (`sameside user add|list`, demo users, the admin's users page), with the checks
/// that keep bad accounts out.
public enum UserAdministration {
    /// The shortest password accepted.
    public static let minimumPasswordLength = 10

    /// Adds a user after checking the email, the password and the role's team.
    /// - Throws: ``AppError/badInput(_:)`` for a malformed email, a short password or a rep without a team;
    ///   ``AppError/conflict(_:)`` when the email is taken; ``StoreError`` for the database.
    @discardableResult
    public static func add(
        email rawEmail: String, role: UserRole, team: String?, name: String?, password: String,
        into users: any UserStore, cost: UInt8 = 12
    ) async throws -> UserRecord {
        let email = rawEmail.trimmingCharacters(in: .whitespaces).lowercased()
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
            !email.contains(where: { $0.isWhitespace || $0.isNewline })
        else { throw AppError.badInput("\"\(rawEmail)\" is not an email address (name@example.com)") }
        guard password.count >= minimumPasswordLength else {
            throw AppError.badInput("the password must have at least \(minimumPasswordLength) characters")
        }
        let team = team?.trimmingCharacters(in: .whitespaces)
        if role != .admin, team?.isEmpty ?? true {
            throw AppError.badInput("a \(role.rawValue) needs --team NAME (whose deals they see)")
        }
        let user = UserRecord(
            id: UUID().uuidString.lowercased(), email: email,
            name: name.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 },
            role: role, team: team.flatMap { $0.isEmpty ? nil : $0 },
            passwordHash: try await Passwords.hash(password, cost: cost))
        do {
            try await users.createUser(user)
        } catch StoreError.alreadyExists {
            throw AppError.conflict("a user with the email \(email) already exists")
        }
        return user
    }

    /// Disables (or enables again) the user with `email`; disabling ends every session of theirs at once.
    /// Returns the user as stored and how many sessions ended.
    /// - Throws: ``AppError/notFound(_:)`` for an unknown email; ``StoreError`` for the database.
    @discardableResult
    public static func setDisabled(
        _ disabled: Bool, email rawEmail: String, in users: any UserStore
    ) async throws -> (UserRecord, Int) {
        var user = try await existing(rawEmail, in: users)
        user.disabled = disabled
        try await users.updateUser(user)
        let ended = disabled ? try await users.deleteSessions(userId: user.id) : 0
        return (user, ended)
    }

    /// Sets a new password for the user with `email` and ends every session of theirs (a stolen session does
    /// not outlive the reset). Returns how many sessions ended.
    /// - Throws: ``AppError/badInput(_:)`` for a short password, ``AppError/notFound(_:)`` for an unknown
    ///   email; ``StoreError`` for the database.
    @discardableResult
    public static func resetPassword(
        email rawEmail: String, password: String, in users: any UserStore, cost: UInt8 = 12
    ) async throws -> Int {
        guard password.count >= minimumPasswordLength else {
            throw AppError.badInput("the password must have at least \(minimumPasswordLength) characters")
        }
        var user = try await existing(rawEmail, in: users)
        user.passwordHash = try await Passwords.hash(password, cost: cost)
        try await users.updateUser(user)
        return try await users.deleteSessions(userId: user.id)
    }

    /// Sets the role and team of the user with id `id`, as an admin's page does; a rep or a manager needs a
    /// team. Returns the user as stored.
    /// - Throws: ``AppError/badInput(_:)`` for a missing team, ``AppError/notFound(_:)`` for an unknown id;
    ///   ``StoreError`` for the database.
    @discardableResult
    public static func setAccess(
        userId: String, role: UserRole, team rawTeam: String?, in users: any UserStore
    ) async throws -> UserRecord {
        guard var user = try await users.user(id: userId) else { throw AppError.notFound("no user \"\(userId)\"") }
        let team = rawTeam?.trimmingCharacters(in: .whitespacesAndNewlines)
        if role != .admin, team?.isEmpty ?? true {
            throw AppError.badInput("a \(role.rawValue) needs a team (whose deals they see)")
        }
        if let team, team.count > 200 { throw AppError.badInput("keep the team's name under 200 characters") }
        user.role = role
        user.team = team.flatMap { $0.isEmpty ? nil : $0 }
        try await users.updateUser(user)
        return user
    }

    private static func existing(_ rawEmail: String, in users: any UserStore) async throws -> UserRecord {
        let email = rawEmail.trimmingCharacters(in: .whitespaces).lowercased()
        guard let user = try await users.user(email: email) else {
            throw AppError.notFound("no user with the email \(email) (see `sameside user list`)")
        }
        return user
    }

    /// The role called `name` (`rep`, `manager`, `admin`).
    public static func role(named name: String) throws(AppError) -> UserRole {
        guard let role = UserRole(rawValue: name.lowercased()) else {
            throw AppError.badInput("role \"\(name)\" is not rep, manager or admin")
        }
        return role
    }

    /// The users store of `store`, or a configuration error for a store that keeps none.
    public static func users(of store: any PipelineStore) throws(AppError) -> any UserStore {
        guard let users = store as? any UserStore else {
            throw AppError.badConfiguration("this store keeps no users")
        }
        return users
    }
}
