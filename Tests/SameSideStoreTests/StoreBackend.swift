import Foundation
import PostgresNIO
import SameSideApp
import SameSideCore
import SameSideStore
import Testing

/// The backends the contract suite runs on: in-memory and SQLite always, PostgreSQL when
/// `DATABASE_URL` is set (as in CI). Each test gets a fresh, migrated database.
enum StoreBackend: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case memory, sqlite, postgres

    var testDescription: String { rawValue }

    /// Every backend available here.
    static var available: [StoreBackend] {
        ProcessInfo.processInfo.environment["DATABASE_URL"].map { !$0.isEmpty } == true ? allCases : [.memory, .sqlite]
    }

    /// The backends that speak SQL.
    static var sql: [StoreBackend] { available.filter { $0 != .memory } }

    /// Runs `body` with a new, migrated store of this kind, and removes it afterwards.
    func withStore(_ body: (any PipelineStore) async throws -> Void) async throws {
        switch self {
        case .memory:
            let store = InMemoryPipelineStore()
            _ = try await store.migrate()
            try await body(store)
        case .sqlite:
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sameside-store-\(UUID())")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            let store = try await StoreFactory.open(
                AppConfig(database: .sqliteFile(path: directory.appendingPathComponent("test.db").path)))
            do {
                try await body(store)
            } catch {
                try? await store.close()
                throw error
            }
            try await store.close()
        case .postgres:
            try await PostgresScratch.withDatabase { url in
                let store = try await StoreFactory.open(AppConfig(database: url))
                do {
                    try await body(store)
                } catch {
                    try? await store.close()
                    throw error
                }
                try await store.close()
            }
        }
    }
}

/// A throwaway PostgreSQL database per test, created and dropped through an admin connection.
enum PostgresScratch {
    static func withDatabase(_ body: (DatabaseURL) async throws -> Void) async throws {
        let text = ProcessInfo.processInfo.environment["DATABASE_URL"] ?? ""
        guard
            case .postgres(let host, let port, let user, let password, let database, _) = try DatabaseURL(parsing: text)
        else { throw StoreError.badConfiguration("DATABASE_URL is not a postgres:// URL") }
        let name = "sameside_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try await admin(host: host, port: port, user: user, password: password, database: database) { connection in
            try await connection.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"), logger: logger)
        }
        do {
            try await body(
                .postgres(host: host, port: port, username: user, password: password, database: name, requireTLS: false)
            )
        } catch {
            try? await drop(name, host: host, port: port, user: user, password: password, database: database)
            throw error
        }
        try await drop(name, host: host, port: port, user: user, password: password, database: database)
    }

    /// A URL of a new empty database (for CLI tests); the caller drops it with ``drop(url:)``.
    static func create() async throws -> DatabaseURL {
        let text = ProcessInfo.processInfo.environment["DATABASE_URL"] ?? ""
        guard
            case .postgres(let host, let port, let user, let password, let database, _) = try DatabaseURL(parsing: text)
        else { throw StoreError.badConfiguration("DATABASE_URL is not a postgres:// URL") }
        let name = "sameside_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try await admin(host: host, port: port, user: user, password: password, database: database) { connection in
            try await connection.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"), logger: logger)
        }
        return .postgres(host: host, port: port, username: user, password: password, database: name, requireTLS: false)
    }

    private static func drop(
        _ name: String, host: String, port: Int, user: String, password: String?, database: String?
    ) async throws {
        try await admin(host: host, port: port, user: user, password: password, database: database) { connection in
            try await connection.query(
                PostgresQuery(unsafeSQL: "DROP DATABASE IF EXISTS \(name) WITH (FORCE)"), logger: logger)
        }
    }

    static let logger = Logger(label: "sameside.tests.postgres")

    private static func admin(
        host: String, port: Int, user: String, password: String?, database: String?,
        _ body: (PostgresConnection) async throws -> Void
    ) async throws {
        let configuration = PostgresConnection.Configuration(
            host: host, port: port, username: user, password: password, database: database, tls: .disable)
        let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
        do {
            try await body(connection)
        } catch {
            try? await connection.close()
            throw error
        }
        try await connection.close()
    }
}
