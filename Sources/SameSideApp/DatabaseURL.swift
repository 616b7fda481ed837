import Foundation
import SameSideStore

/// Where the data lives: `sqlite:PATH`, `sqlite::memory:` or `postgres://user:pass@host:port/db`.
public enum DatabaseURL: Equatable, Sendable, CustomStringConvertible {
    case sqliteFile(path: String)
    case sqliteMemory
    case postgres(host: String, port: Int, username: String, password: String?, database: String?, requireTLS: Bool)

    /// Parses a database URL. Throws ``StoreError/badConfiguration(_:)`` saying what was expected. Pure.
    public init(parsing text: String) throws {
        let expected = "expected sqlite:PATH, sqlite::memory: or postgres://user:pass@host:port/db"
        if text == "sqlite::memory:" {
            self = .sqliteMemory
            return
        }
        if text.hasPrefix("sqlite:") {
            var path = String(text.dropFirst("sqlite:".count))
            if path.hasPrefix("//") { path = String(path.dropFirst(2)) }
            guard !path.isEmpty else {
                throw StoreError.badConfiguration("database URL \"\(text)\" has no path; \(expected)")
            }
            self = .sqliteFile(path: path)
            return
        }
        guard text.hasPrefix("postgres://") || text.hasPrefix("postgresql://"), let url = URLComponents(string: text),
            let host = url.host, !host.isEmpty
        else {
            throw StoreError.badConfiguration("database URL \"\(Self.redacted(text))\" is not understood; \(expected)")
        }
        guard let user = url.user, !user.isEmpty else {
            throw StoreError.badConfiguration("database URL \"\(Self.redacted(text))\" has no user name; \(expected)")
        }
        let path = url.path.hasPrefix("/") ? String(url.path.dropFirst()) : url.path
        let sslmode = url.queryItems?.first { $0.name == "sslmode" }?.value
        self = .postgres(
            host: host, port: url.port ?? 5432, username: user.removingPercentEncoding ?? user,
            password: url.password.map { $0.removingPercentEncoding ?? $0 }, database: path.isEmpty ? nil : path,
            requireTLS: sslmode == "require" || sslmode == "verify-full")
    }

    /// The URL with any password hidden, for messages and logs.
    public var description: String {
        switch self {
        case .sqliteFile(let path): return "sqlite:\(path)"
        case .sqliteMemory: return "sqlite::memory:"
        case .postgres(let host, let port, let username, let password, let database, _):
            return "postgres://\(username)\(password == nil ? "" : ":***")@\(host):\(port)/\(database ?? "")"
        }
    }

    static func redacted(_ text: String) -> String {
        guard let at = text.lastIndex(of: "@"), let scheme = text.range(of: "://"),
            let colon = text[scheme.upperBound..<at].firstIndex(of: ":")
        else { return text }
        return String(text[..<text.index(after: colon)]) + "***" + String(text[at...])
    }
}
