import SameSideStore

/// The app's settings, read once here: command-line flags over environment over defaults.
public struct AppConfig: Equatable, Sendable {
    /// Used when neither `--database` nor `SAMESIDE_DATABASE` is given.
    public static let defaultDatabase = "sqlite:./sameside.db"
    /// The environment variable that names the database.
    public static let databaseVariable = "SAMESIDE_DATABASE"

    public var database: DatabaseURL

    public init(database: DatabaseURL) {
        self.database = database
    }

    /// Resolves the settings: `flag` (from `--database`) wins, then the environment, then the default.
    ///
    /// Throws ``StoreError/badConfiguration(_:)`` for a URL that cannot be parsed, naming where it came from.
    /// Pure: the environment is passed in.
    public static func resolve(databaseFlag flag: String?, environment: [String: String]) throws -> AppConfig {
        let (text, origin): (String, String)
        if let flag {
            (text, origin) = (flag, "--database")
        } else if let value = environment[databaseVariable], !value.isEmpty {
            (text, origin) = (value, databaseVariable)
        } else {
            (text, origin) = (defaultDatabase, "the default")
        }
        do {
            return AppConfig(database: try DatabaseURL(parsing: text))
        } catch let error as StoreError {
            throw StoreError.badConfiguration("\(origin): \(error)")
        }
    }

    /// A private in-memory SQLite database, for tests.
    public static let testing = AppConfig(database: .sqliteMemory)
}
