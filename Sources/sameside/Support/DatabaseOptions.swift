import ArgumentParser
import SameSideApp

/// `--database URL` for every command that uses stored data (else `SAMESIDE_DATABASE`, else
/// `sqlite:./sameside.db`).
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .customLong("database"),
        help: ArgumentHelp(
            "Database URL: sqlite:PATH, sqlite::memory: or postgres://user:pass@host:port/db.",
            discussion: "Default: $SAMESIDE_DATABASE, else sqlite:./sameside.db.", valueName: "url"))
    var database: String?

    /// The resolved configuration; a bad URL is bad usage (exit 2).
    func config() throws(AppError) -> AppConfig { try AppConfig.resolve(databaseFlag: database) }

    /// Opens the store (applying `schema`), runs `body`, and closes it.
    func withStore<T>(
        schema: StoreFactory.SchemaPolicy = .migrate, _ body: (StoreFactory.Store) async throws -> T
    ) async throws -> T {
        try await StoreFactory.withStore(try config(), schema: schema) { try await body($0) }
    }
}
