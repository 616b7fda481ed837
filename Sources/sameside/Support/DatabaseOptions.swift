import ArgumentParser
import Foundation
import SameSideApp
import SameSideStore

/// `--database URL` for every command that uses stored data (else `SAMESIDE_DATABASE`, else
/// `sqlite:./sameside.db`), and the one way commands open the store.
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .customLong("database"),
        help: ArgumentHelp(
            "Database URL: sqlite:PATH, sqlite::memory: or postgres://user:pass@host:port/db.",
            discussion: "Default: $SAMESIDE_DATABASE, else sqlite:./sameside.db.", valueName: "url"))
    var database: String?

    /// The resolved configuration; a bad URL is bad usage (exit 2).
    func config() throws -> AppConfig {
        do {
            return try AppConfig.resolve(databaseFlag: database, environment: ProcessInfo.processInfo.environment)
        } catch let error as StoreError {
            throw CLIError.badInput(error.description)
        }
    }

    /// Opens the store (applying `schema`), runs `body`, and closes it; store errors
    /// become one clear message: configuration problems exit 2, the database being unusable 1.
    func withStore<T>(
        schema: StoreFactory.SchemaPolicy = .migrate, _ body: (SQLPipelineStore) async throws -> T
    ) async throws -> T {
        let config = try config()
        let store: SQLPipelineStore
        do {
            store = try await StoreFactory.open(config, schema: schema)
        } catch let error as StoreError {
            throw Self.cliError(error, database: config.database)
        }
        do {
            let result = try await body(store)
            try? await store.close()
            return result
        } catch let error as StoreError {
            try? await store.close()
            throw Self.cliError(error, database: config.database)
        } catch {
            try? await store.close()
            throw error
        }
    }

    static func cliError(_ error: StoreError, database: DatabaseURL) -> CLIError {
        switch error {
        case .badConfiguration, .missingReference, .notMigrated, .schemaTooNew, .conflict, .alreadyExists, .notFound:
            return .badInput("\(database): \(error)")
        case .corrupt, .unavailable:
            return .failure("\(database): \(error)")
        }
    }
}
