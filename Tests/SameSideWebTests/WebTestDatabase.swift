import Foundation
import SameSideApp
import Testing

/// Where a web test keeps its data: a private in-memory SQLite database, an SQLite file in a temporary
/// folder, or (when `DATABASE_URL` is set, as in CI) a new PostgreSQL database made with `psql` and dropped.
enum WebTestDatabase: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case memory, sqliteFile, postgres

    var testDescription: String { rawValue }

    static var adminURL: String? {
        let url = ProcessInfo.processInfo.environment["DATABASE_URL"] ?? ""
        return url.isEmpty ? nil : url
    }

    /// Both SQLite forms always; PostgreSQL when `DATABASE_URL` is set.
    static var available: [WebTestDatabase] { adminURL == nil ? [.memory, .sqliteFile] : allCases }

    /// Runs `body` with the configuration of a new empty database, removed afterwards.
    func with<T>(_ body: (AppConfig) async throws -> T) async throws -> T {
        switch self {
        case .memory:
            return try await body(AppConfig(database: .sqliteMemory))
        case .sqliteFile:
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sameside-web-\(UUID())")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            let path = directory.appendingPathComponent("web.db").path
            return try await body(AppConfig(database: .sqliteFile(path: path)))
        case .postgres:
            let admin = try #require(Self.adminURL)
            let name = "sameside_web_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
            try Self.psql(admin, "CREATE DATABASE \(name)")
            defer { try? Self.psql(admin, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)") }
            var components = try #require(URLComponents(string: admin))
            components.path = "/" + name
            return try await body(AppConfig(database: try DatabaseURL(parsing: try #require(components.string))))
        }
    }

    static func psql(_ url: String, _ sql: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["psql", url, "-q", "-v", "ON_ERROR_STOP=1", "-c", sql]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "psql \(sql)")
    }
}
