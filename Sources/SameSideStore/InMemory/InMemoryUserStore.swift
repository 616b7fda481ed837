extension InMemoryPipelineStore: UserStore {
    public func createUser(_ user: UserRecord) async throws {
        try await lock.withLock {
            guard !box.state.users.values.contains(where: { $0.email == user.email }) else {
                throw StoreError.alreadyExists(kind: "user", id: user.email)
            }
            box.state.users[user.id] = user
        }
    }

    public func user(email: String) async throws -> UserRecord? {
        try await lock.withLock { box.state.users.values.first { $0.email == email } }
    }

    public func user(id: String) async throws -> UserRecord? {
        try await lock.withLock { box.state.users[id] }
    }

    public func users() async throws -> [UserRecord] {
        try await lock.withLock { box.state.users.values.sorted { $0.email < $1.email } }
    }

    public func updateUser(_ user: UserRecord) async throws {
        try await lock.withLock {
            guard let stored = box.state.users[user.id] else { throw StoreError.notFound(kind: "user", id: user.id) }
            var changed = user
            changed.email = stored.email
            box.state.users[user.id] = changed
        }
    }

    @discardableResult
    public func deleteSessions(userId: String) async throws -> Int {
        try await lock.withLock {
            let ended = box.state.sessions.values.filter { $0.userId == userId }.map(\.tokenHash)
            for hash in ended { box.state.sessions[hash] = nil }
            return ended.count
        }
    }

    public func createSession(_ session: SessionRecord) async throws {
        try await lock.withLock {
            guard box.state.users[session.userId] != nil else {
                throw StoreError.missingReference("session for unknown user \"\(session.userId)\"")
            }
            box.state.sessions[session.tokenHash] = session
        }
    }

    public func session(tokenHash: String) async throws -> SessionRecord? {
        try await lock.withLock { box.state.sessions[tokenHash] }
    }

    public func deleteSession(tokenHash: String) async throws {
        try await lock.withLock { box.state.sessions[tokenHash] = nil }
    }
}
