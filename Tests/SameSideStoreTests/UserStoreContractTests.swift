import SameSideStore
import Testing

/// The contract every ``UserStore`` keeps (users and sessions of the web app), run against each backend.
@Suite struct UserStoreContractTests {
    static func user(_ id: String, _ email: String, team: String? = "east") -> UserRecord {
        UserRecord(
            id: id, email: email, name: "Name \(id)", role: .rep, team: team, passwordHash: "$2b$04$hash-\(id)")
    }

    @Test(arguments: StoreBackend.available)
    func aUserIsFoundByEmailAndIdAndAnEmailIsTakenOnce(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            let users = try #require(store as? any UserStore)
            // given two users
            try await users.createUser(Self.user("u1", "a@example.com"))
            try await users.createUser(Self.user("u2", "b@example.com", team: nil))
            // when a third takes an email already in use
            await #expect(throws: StoreError.alreadyExists(kind: "user", id: "a@example.com")) {
                try await users.createUser(Self.user("u3", "a@example.com"))
            }
            // then the first two read back as stored, by email order, and the third is not stored
            #expect(try await users.user(email: "a@example.com") == Self.user("u1", "a@example.com"))
            #expect(try await users.user(id: "u2") == Self.user("u2", "b@example.com", team: nil))
            #expect(try await users.user(id: "u3") == nil)
            #expect(try await users.users().map(\.email) == ["a@example.com", "b@example.com"])
        }
    }

    @Test(arguments: StoreBackend.available)
    func aSessionIsFoundByItsTokenHashUntilDeleted(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            let users = try #require(store as? any UserStore)
            try await users.createUser(Self.user("u1", "a@example.com"))
            let session = SessionRecord(tokenHash: "abc123", userId: "u1", csrfToken: "csrf", expiresAt: 1_900_000_000)
            try await users.createSession(session)
            #expect(try await users.session(tokenHash: "abc123") == session)
            #expect(try await users.session(tokenHash: "other") == nil)
            try await users.deleteSession(tokenHash: "abc123")
            #expect(try await users.session(tokenHash: "abc123") == nil)
        }
    }

    @Test(arguments: StoreBackend.available)
    func anUpdateKeepsTheEmailAndEndingSessionsEndsOnlyThatUsers(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            let users = try #require(store as? any UserStore)
            // given two users with two and one sessions
            try await users.createUser(Self.user("u1", "a@example.com"))
            try await users.createUser(Self.user("u2", "b@example.com"))
            for (hash, user) in [("s1", "u1"), ("s2", "u1"), ("s3", "u2")] {
                try await users.createSession(
                    SessionRecord(tokenHash: hash, userId: user, csrfToken: "c", expiresAt: 1_900_000_000))
            }
            // when u1 is disabled with a new hash and a new team, and their sessions end
            var changed = Self.user("u1", "a@example.com")
            changed.disabled = true
            changed.passwordHash = "$2b$04$new"
            changed.team = "west"
            try await users.updateUser(changed)
            let ended = try await users.deleteSessions(userId: "u1")
            // then u1 reads back changed, u2's session stays, and an unknown user cannot be updated
            #expect(try await users.user(id: "u1") == changed)
            #expect(ended == 2)
            #expect(try await users.session(tokenHash: "s1") == nil)
            #expect(try await users.session(tokenHash: "s2") == nil)
            #expect(try await users.session(tokenHash: "s3") != nil)
            await #expect(throws: StoreError.notFound(kind: "user", id: "u9")) {
                try await users.updateUser(Self.user("u9", "z@example.com"))
            }
        }
    }
}
