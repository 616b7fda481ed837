/// What a person may do in the web app: see their team's deals (rep), see and edit their teams' deals
/// (manager), or everything (admin).
public enum UserRole: String, Sendable, CaseIterable, Codable {
    case rep, manager, admin
}

/// A person who signs in to the web app. The email is stored lower-cased and is unique.
public struct UserRecord: Sendable, Equatable {
    public var id: String
    public var email: String
    /// The name a CRM writes as a deal's owner, when it is not the email.
    public var name: String?
    public var role: UserRole
    public var team: String?
    /// A bcrypt hash; never the password.
    public var passwordHash: String
    public var disabled: Bool

    public init(
        id: String, email: String, name: String?, role: UserRole, team: String?, passwordHash: String,
        disabled: Bool = false
    ) {
        self.id = id
        self.email = email
        self.name = name
        self.role = role
        self.team = team
        self.passwordHash = passwordHash
        self.disabled = disabled
    }
}

/// A signed-in session. Only a hash of its token is stored, so a copy of the database signs nobody in.
public struct SessionRecord: Sendable, Equatable {
    /// The hex SHA-256 of the token the browser or API client holds.
    public var tokenHash: String
    public var userId: String
    /// The token every form of this session carries (double-submit is not needed: it is kept here).
    public var csrfToken: String
    /// Seconds since 1970 after which the session is no longer accepted.
    public var expiresAt: Int

    public init(tokenHash: String, userId: String, csrfToken: String, expiresAt: Int) {
        self.tokenHash = tokenHash
        self.userId = userId
        self.csrfToken = csrfToken
        self.expiresAt = expiresAt
    }
}

/// The storage port for users and their sessions, kept in the same database as the pipeline so that any
/// server of a team can serve any user. Implemented by ``InMemoryPipelineStore`` and ``SQLPipelineStore``.
/// Every method throws ``StoreError``.
public protocol UserStore: Sendable {
    /// Stores a new user; throws ``StoreError/alreadyExists(kind:id:)`` when the email is taken.
    func createUser(_ user: UserRecord) async throws
    /// The user with this (lower-cased) email.
    func user(email: String) async throws -> UserRecord?
    func user(id: String) async throws -> UserRecord?
    /// Every user, by email.
    func users() async throws -> [UserRecord]
    /// Replaces the stored user with the same id (role, team, name, password hash, disabled; the email stays);
    /// throws ``StoreError/notFound(kind:id:)`` for an unknown id.
    func updateUser(_ user: UserRecord) async throws
    /// Ends every session of the user (after disabling them or resetting their password); how many ended.
    @discardableResult func deleteSessions(userId: String) async throws -> Int

    func createSession(_ session: SessionRecord) async throws
    /// The session with this token hash, expired or not (the caller checks the time).
    func session(tokenHash: String) async throws -> SessionRecord?
    func deleteSession(tokenHash: String) async throws
}
