import SameSideStore

/// Every error a use case reports: what kind of failure it is (for the CLI's exit status and the web's HTTP
/// status) and one clear message for people, naming the file, line or record and what was expected.
///
/// The CLI maps it in one place (`CLIExit`): the user's input or usage at fault exits 2, anything else 1. The
/// web maps it in one middleware: ``badInput`` and ``importRejected(_:)`` 400/422, ``notFound`` 404,
/// ``conflict`` 409, ``unavailable`` 503, the rest 500 with a generic message.
public enum AppError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The input or the request is wrong (a bad file, an unknown deal named by the user, a bad option).
    case badInput(String)
    /// A record the caller asked for does not exist.
    case notFound(String)
    /// A write was based on a stale version, or would create a record that exists.
    case conflict(String)
    /// The configuration (database URL, settings) is wrong, or the database is not at this program's schema.
    case badConfiguration(String)
    /// A CRM import stored nothing because of these bad rows (for the report of every bad row).
    case importRejected(ImportFailure)
    /// The database could not be reached or refused the operation.
    case unavailable(String)
    /// Anything else: a file that cannot be written, stored data that cannot be read back.
    case failure(String)

    /// The message for people.
    public var description: String {
        switch self {
        case .badInput(let message), .notFound(let message), .conflict(let message),
            .badConfiguration(let message), .unavailable(let message), .failure(let message):
            return message
        case .importRejected(let failure): return failure.description
        }
    }

    /// Whether the caller's input, request or configuration is at fault (CLI exit status 2), rather than the
    /// program or its surroundings (exit status 1).
    public var isCallersFault: Bool {
        switch self {
        case .badInput, .notFound, .conflict, .badConfiguration, .importRejected: return true
        case .unavailable, .failure: return false
        }
    }

    /// A store error about `database`, worded `DATABASE: what`. Pure.
    public static func store(_ error: StoreError, database: DatabaseURL) -> AppError {
        let message = "\(database): \(error)"
        switch error {
        case .badConfiguration, .notMigrated, .schemaTooNew: return .badConfiguration(message)
        case .missingReference: return .badInput(message)
        case .conflict, .alreadyExists: return .conflict(message)
        case .notFound: return .notFound(message)
        case .unavailable: return .unavailable(message)
        case .corrupt: return .failure(message)
        }
    }
}
