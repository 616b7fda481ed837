import SameSideStore

/// Opens the store a configuration names: the only place that chooses a storage backend, and the one place
/// that owns a store's lifecycle (open, which starts a PostgreSQL pool's run loop before any connection is
/// leased; use; close, which shuts the pool down cleanly). The CLI uses ``withStore(_:schema:_:)``; a server
/// opens the store at start-up with ``open(_:schema:)`` and closes it when its service group shuts down.
public enum StoreFactory {
    /// The store the use cases take: any implementation of the storage port. Callers outside the app layer
    /// (the CLI) name it by this alias and never see a storage module's types.
    public typealias Store = any PipelineStore

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

    /// Opens the database of `config`, then applies `schema`.
    /// - Throws: ``AppError`` (a store error about the configured database).
    public static func open(
        _ config: AppConfig, schema: SchemaPolicy = .migrate
    ) async throws(AppError)
        -> any PipelineStore
    {
        do {
            let store = try await openStore(config, schema: schema)
            // Every writer gets the stored reviews of the list pages kept current (see ReviewKeepingStore).
            return ReviewKeepingStore(store) ?? store
        } catch {
            throw AppError.mapping(error, database: config.database)
        }
    }

    /// Opens the store, runs `body` with it and closes it, whatever `body` does. Store errors become
    /// ``AppError``s that name the database; other errors pass through.
    public static func withStore<T>(
        _ config: AppConfig, schema: SchemaPolicy = .migrate, _ body: (any PipelineStore) async throws -> T
    ) async throws -> T {
        let store = try await open(config, schema: schema)
        do {
            let result = try await body(store)
            try? await store.close()
            return result
        } catch {
            try? await store.close()
            if let error = error as? StoreError { throw AppError.store(error, database: config.database) }
            throw error
        }
    }

    private static func openStore(_ config: AppConfig, schema: SchemaPolicy) async throws -> SQLPipelineStore {
        let store: SQLPipelineStore
        switch config.database {
        case .sqliteFile(let path):
            store = try await SQLPipelineStore.sqlite(path: path, bulkRows: config.importBulkRows)
        case .sqliteMemory: store = try await SQLPipelineStore.sqlite(path: nil, bulkRows: config.importBulkRows)
        case .postgres(let host, let port, let username, let password, let database, let requireTLS):
            store = await SQLPipelineStore.postgres(
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

extension AppError {
    /// `error` as an app error: store errors name `database`; app errors pass through; anything else is a
    /// failure worded by its description.
    public static func mapping(_ error: any Error, database: DatabaseURL) -> AppError {
        switch error {
        case let error as AppError: return error
        case let error as StoreError: return .store(error, database: database)
        default: return .failure("\(database): \(error)")
        }
    }
}
