import SameSideStore

/// Opens the store a configuration names. The only place that chooses a storage backend.
public enum StoreFactory {
    /// What to do about the schema when opening.
    public enum SchemaPolicy: Sendable {
        /// Apply the migrations that are missing (commands that use data).
        case migrate
        /// Refuse a database that is not at this program's schema (``StoreError/notMigrated``,
        /// ``StoreError/schemaTooNew(known:found:)``).
        case requireCurrent
        /// Touch nothing (`sameside migrate` itself, backups).
        case leaveAsIs
    }

    /// Opens the database of `config`, then applies `schema`. Throws ``StoreError``.
    public static func open(_ config: AppConfig, schema: SchemaPolicy = .migrate) async throws -> SQLPipelineStore {
        let store: SQLPipelineStore
        switch config.database {
        case .sqliteFile(let path):
            store = try await SQLPipelineStore.sqlite(path: path, bulkRows: config.importBulkRows)
        case .sqliteMemory: store = try await SQLPipelineStore.sqlite(path: nil, bulkRows: config.importBulkRows)
        case .postgres(let host, let port, let username, let password, let database, let requireTLS):
            store = SQLPipelineStore.postgres(
                host: host, port: port, username: username, password: password, database: database,
                requireTLS: requireTLS)
        }
        do {
            switch schema {
            case .migrate: _ = try await store.migrate()
            case .requireCurrent: try await store.checkSchema()
            case .leaveAsIs: break
            }
            return store
        } catch {
            try? await store.close()
            throw error
        }
    }
}
