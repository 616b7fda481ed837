/// The header (seller catalogue), accounts and deals. Nested parts live in JSON text columns of
/// their aggregate; every editable row has a `version` for optimistic concurrency.
struct M001CreatePipelineTables: Migration {
    let number = 1
    let name = "create pipeline tables"

    func statements(_ dialect: SQLStoreDialect) -> [String] {
        let id = dialect.idType
        // SQLite: keep rows in their primary-key b-tree (one insert per row instead of two).
        let clustered = dialect == .sqlite ? " WITHOUT ROWID" : ""
        return [
            """
            CREATE TABLE pipeline_header (
                id BIGINT PRIMARY KEY CHECK (id = 1),
                as_of TEXT,
                currency TEXT NOT NULL,
                seller TEXT,
                extra TEXT NOT NULL,
                version BIGINT NOT NULL
            )
            """,
            """
            CREATE TABLE accounts (
                id \(id) PRIMARY KEY,
                name TEXT NOT NULL,
                industry TEXT,
                employees BIGINT,
                region TEXT,
                detail TEXT NOT NULL,
                source TEXT NOT NULL,
                version BIGINT NOT NULL
            )\(clustered)
            """,
            """
            CREATE TABLE opportunities (
                id \(id) PRIMARY KEY,
                account_id \(id) NOT NULL REFERENCES accounts (id),
                name TEXT NOT NULL,
                owner TEXT,
                amount DOUBLE PRECISION,
                stage TEXT,
                status TEXT NOT NULL,
                created_date TEXT,
                close_date TEXT,
                extra TEXT NOT NULL,
                detail TEXT NOT NULL,
                source TEXT NOT NULL,
                version BIGINT NOT NULL
            )\(clustered)
            """,
        ]
    }
}
