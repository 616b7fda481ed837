import Foundation
import Testing

/// A fresh database for one CLI test: an SQLite file in a temporary folder, or (when
/// `DATABASE_URL` is set) a new PostgreSQL database made with `psql` and dropped afterwards.
enum ImportTestDatabase: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite, postgres

    var testDescription: String { rawValue }

    static var adminURL: String? {
        let url = ProcessInfo.processInfo.environment["DATABASE_URL"] ?? ""
        return url.isEmpty ? nil : url
    }

    /// SQLite always; PostgreSQL when `DATABASE_URL` is set.
    static var available: [ImportTestDatabase] { adminURL == nil ? [.sqlite] : allCases }

    /// Runs `body` with the `--database` URL of a new empty database.
    func with(_ body: (String) throws -> Void) throws {
        switch self {
        case .sqlite:
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sameside-cli-\(UUID())")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            try body("sqlite:" + directory.appendingPathComponent("test.db").path)
        case .postgres:
            let admin = try #require(Self.adminURL)
            let name = "sameside_cli_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
            try Self.psql(admin, "CREATE DATABASE \(name)")
            defer { try? Self.psql(admin, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)") }
            var components = try #require(URLComponents(string: admin))
            components.path = "/" + name
            try body(try #require(components.string))
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

    /// A temporary file with `bytes`, removed after `body`.
    static func withFile(_ bytes: [UInt8], suffix: String = ".csv", _ body: (String) throws -> Void) throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sameside-\(UUID())\(suffix)")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        try body(url.path)
    }
}
