import SameSideStore

/// Opens the store a configuration names. The only place that chooses a storage backend.
public enum StoreFactory {
    /// Opens the database of `config`. With `migrate` the schema is brought up to date first;
    /// otherwise a database that is not migrated is an error (``StoreError/notMigrated``),
    /// except a new SQLite file, which is migrated on first use.
    public static func open(_ config: AppConfig, migrate: Bool = true) async throws -> SQLPipelineStore {
        let store: SQLPipelineStore
        switch config.database {
        case .sqliteFile(let path): store = try await SQLPipelineStore.sqlite(path: path)
        case .sqliteMemory: store = try await SQLPipelineStore.sqlite(path: nil)
        case .postgres(let host, let port, let username, let password, let database, let requireTLS):
            store = SQLPipelineStore.postgres(
                host: host, port: port, username: username, password: password, database: database,
                requireTLS: requireTLS)
        }
        do {
            if migrate {
                _ = try await store.migrate()
            } else {
                try await store.checkSchema()
            }
            return store
        } catch {
            try? await store.close()
            throw error
        }
    }
}
