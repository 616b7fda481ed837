import SQLKit

extension SQLPipelineStore: UserStore {
    private static let userColumns = ["id", "email", "name", "role", "team", "password_hash", "disabled"]

    public func createUser(_ user: UserRecord) async throws {
        try await mapped {
            try await backend.withTransaction { session in
                let taken = try await session.sql.select().column("id").from("users")
                    .where("email", .equal, user.email).first()
                if taken != nil { throw StoreError.alreadyExists(kind: "user", id: user.email) }
                try await session.sql.insert(into: "users").columns(Self.userColumns)
                    .values(
                        SQLBind(user.id), SQLBind(user.email), SQLBind(user.name), SQLBind(user.role.rawValue),
                        SQLBind(user.team), SQLBind(user.passwordHash), SQLBind(user.disabled ? 1 : 0)
                    ).run()
            }
        }
    }

    public func user(email: String) async throws -> UserRecord? {
        try await oneUser(where: "email", equals: email)
    }

    public func user(id: String) async throws -> UserRecord? {
        try await oneUser(where: "id", equals: id)
    }

    public func users() async throws -> [UserRecord] {
        try await mapped {
            try await backend.withSession { session in
                let rows = try await session.sql.select().columns(Self.userColumns).from("users").orderBy("email")
                    .all()
                return try rows.map(Self.user)
            }
        }
    }

    public func updateUser(_ user: UserRecord) async throws {
        try await mapped {
            try await backend.withTransaction { session in
                let found = try await session.sql.select().column("id").from("users").where("id", .equal, user.id)
                    .first()
                guard found != nil else { throw StoreError.notFound(kind: "user", id: user.id) }
                try await session.sql.update("users")
                    .set("name", to: SQLBind(user.name)).set("role", to: SQLBind(user.role.rawValue))
                    .set("team", to: SQLBind(user.team)).set("password_hash", to: SQLBind(user.passwordHash))
                    .set("disabled", to: SQLBind(user.disabled ? 1 : 0))
                    .where("id", .equal, user.id).run()
            }
        }
    }

    @discardableResult
    public func deleteSessions(userId: String) async throws -> Int {
        try await mapped {
            try await backend.withTransaction { session in
                let rows = try await session.sql.select().column("token_hash").from("sessions")
                    .where("user_id", .equal, userId).all()
                try await session.sql.delete(from: "sessions").where("user_id", .equal, userId).run()
                return rows.count
            }
        }
    }

    public func createSession(_ record: SessionRecord) async throws {
        try await mapped {
            try await backend.withTransaction { session in
                try await session.sql.insert(into: "sessions")
                    .columns("token_hash", "user_id", "csrf_token", "expires_at")
                    .values(
                        SQLBind(record.tokenHash), SQLBind(record.userId), SQLBind(record.csrfToken),
                        SQLBind(record.expiresAt)
                    ).run()
            }
        }
    }

    public func session(tokenHash: String) async throws -> SessionRecord? {
        try await mapped {
            try await backend.withSession { session in
                guard
                    let row = try await session.sql.select()
                        .columns("token_hash", "user_id", "csrf_token", "expires_at").from("sessions")
                        .where("token_hash", .equal, tokenHash).first()
                else { return nil }
                return SessionRecord(
                    tokenHash: try row.decode(column: "token_hash", as: String.self),
                    userId: try row.decode(column: "user_id", as: String.self),
                    csrfToken: try row.decode(column: "csrf_token", as: String.self),
                    expiresAt: try row.decode(column: "expires_at", as: Int.self))
            }
        }
    }

    public func deleteSession(tokenHash: String) async throws {
        try await mapped {
            try await backend.withTransaction { session in
                try await session.sql.delete(from: "sessions").where("token_hash", .equal, tokenHash).run()
            }
        }
    }

    private func oneUser(where column: String, equals value: String) async throws -> UserRecord? {
        try await mapped {
            try await backend.withSession { session in
                guard
                    let row = try await session.sql.select().columns(Self.userColumns).from("users")
                        .where(SQLIdentifier(column), .equal, SQLBind(value)).first()
                else { return nil }
                return try Self.user(row)
            }
        }
    }

    private static func user(_ row: any SQLRow) throws -> UserRecord {
        let roleText = try row.decode(column: "role", as: String.self)
        guard let role = UserRole(rawValue: roleText) else {
            throw StoreError.corrupt("user role \"\(roleText)\" is not rep, manager or admin")
        }
        return UserRecord(
            id: try row.decode(column: "id", as: String.self),
            email: try row.decode(column: "email", as: String.self),
            name: try row.decode(column: "name", as: String?.self),
            role: role,
            team: try row.decode(column: "team", as: String?.self),
            passwordHash: try row.decode(column: "password_hash", as: String.self),
            disabled: try row.decode(column: "disabled", as: Int.self) != 0)
    }
}
