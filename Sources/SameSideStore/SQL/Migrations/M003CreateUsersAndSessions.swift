/// Users of the web app and their sessions (stored as token hashes), so any server of a team serves any user.
struct M003CreateUsersAndSessions: Migration {
    let number = 3
    let name = "create users and sessions"

    func statements(_ dialect: SQLStoreDialect) -> [String] {
        let id = dialect.idType
        return [
            """
            CREATE TABLE users (
                id \(id) PRIMARY KEY,
                email TEXT NOT NULL UNIQUE,
                name TEXT,
                role TEXT NOT NULL,
                team TEXT,
                password_hash TEXT NOT NULL,
                disabled BIGINT NOT NULL
            )
            """,
            """
            CREATE TABLE sessions (
                token_hash \(id) PRIMARY KEY,
                user_id \(id) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                csrf_token TEXT NOT NULL,
                expires_at BIGINT NOT NULL
            )
            """,
            "CREATE INDEX sessions_user_id ON sessions (user_id)",
        ]
    }
}
