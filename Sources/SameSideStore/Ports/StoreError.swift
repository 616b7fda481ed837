import SameSideCore

/// Why a store operation failed. Specific, so callers can answer a conflict differently from an outage.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A write was based on `expected`, but the stored record is at `actual` (nil: it is gone).
    case conflict(kind: String, id: String, expected: Int, actual: Int?)
    /// A create found the record already there.
    case alreadyExists(kind: String, id: String)
    /// The record does not exist.
    case notFound(kind: String, id: String)
    /// A record refers to one that does not exist (a deal to a missing account).
    case missingReference(String)
    /// The database URL or its settings are wrong.
    case badConfiguration(String)
    /// The database is newer than this program (it has migrations this version does not know).
    case schemaTooNew(known: Int, found: Int)
    /// The database has not been migrated; run `sameside migrate`.
    case notMigrated
    /// Stored data could not be read back.
    case corrupt(String)
    /// The database could not be reached or refused the operation.
    case unavailable(String)

    public var description: String {
        switch self {
        case .conflict(let kind, let id, let expected, let actual):
            let now = actual.map { "is now at version \($0)" } ?? "was deleted"
            return "\(kind) \"\(id)\" was changed by someone else: you edited version \(expected), it \(now); "
                + "reload and apply your change again"
        case .alreadyExists(let kind, let id): return "\(kind) \"\(id)\" already exists"
        case .notFound(let kind, let id): return "no \(kind) \"\(id)\""
        case .missingReference(let what): return what
        case .badConfiguration(let what): return what
        case .schemaTooNew(let known, let found):
            return "the database schema is at migration \(found), newer than this program knows (\(known)); "
                + "upgrade sameside"
        case .notMigrated: return "the database has no SameSide tables; run `sameside migrate` first"
        case .corrupt(let what): return "stored data is damaged: \(what)"
        case .unavailable(let what): return "the database is unavailable: \(what)"
        }
    }
}
