import Foundation
import SameSideStore

/// The app's settings, read once here: command-line flags over environment over defaults.
public struct AppConfig: Equatable, Sendable {
    /// Used when neither `--database` nor `SAMESIDE_DATABASE` is given.
    public static let defaultDatabase = "sqlite:./sameside.db"
    /// The environment variable that names the database.
    public static let databaseVariable = "SAMESIDE_DATABASE"

    /// The environment variable that sets from how many rows an SQLite import drops the deal
    /// indexes and rebuilds them once at the end (default 100,000; tests set it low to reach that path).
    public static let bulkRowsVariable = "SAMESIDE_IMPORT_BULK_ROWS"

    public var database: DatabaseURL
    /// From how many rows an SQLite import rebuilds the deal indexes at the end.
    public var importBulkRows: Int

    public init(database: DatabaseURL, importBulkRows: Int = SQLPipelineStore.defaultBulkRows) {
        self.database = database
        self.importBulkRows = importBulkRows
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
        var bulkRows = SQLPipelineStore.defaultBulkRows
        if let value = environment[bulkRowsVariable], !value.isEmpty {
            guard let number = Int(value), number > 0 else {
                throw StoreError.badConfiguration(
                    "\(bulkRowsVariable): \"\(value)\" is not a row count; expected a whole number above 0")
            }
            bulkRows = number
        }
        do {
            return AppConfig(database: try DatabaseURL(parsing: text), importBulkRows: bulkRows)
        } catch let error as StoreError {
            throw StoreError.badConfiguration("\(origin): \(error)")
        }
    }

    /// The settings of this process: `flag` (from `--database`) over its environment over the defaults.
    /// - Throws: ``AppError/badConfiguration(_:)`` for a URL or setting that cannot be parsed.
    public static func resolve(databaseFlag flag: String?) throws(AppError) -> AppConfig {
        do {
            return try resolve(databaseFlag: flag, environment: ProcessInfo.processInfo.environment)
        } catch let error as StoreError {
            throw AppError.badConfiguration(error.description)
        } catch {
            throw AppError.badConfiguration("\(error)")
        }
    }

    /// A private in-memory SQLite database, for tests.
    public static let testing = AppConfig(database: .sqliteMemory)
}
