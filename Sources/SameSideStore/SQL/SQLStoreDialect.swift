/// The two SQL databases the store speaks to, for the few places their SQL differs.
public enum SQLStoreDialect: String, Sendable {
    case sqlite, postgres

    /// The placeholder for the `index`-th (1-based) bind of a raw statement.
    func placeholder(_ index: Int) -> String {
        switch self {
        case .sqlite: return "?"
        case .postgres: return "$\(index)"
        }
    }

    /// A text column type whose ordering is by bytes, so ids sort the same on both databases.
    var idType: String {
        switch self {
        case .sqlite: return "TEXT COLLATE BINARY"
        case .postgres: return "TEXT COLLATE \"C\""
        }
    }
}
