import SameSideApp
import SameSideStore
import Testing

@Suite struct AppConfigTests {
    @Test func theFlagWinsOverTheEnvironmentWhichWinsOverTheDefault() throws {
        let env = ["SAMESIDE_DATABASE": "sqlite:/env.db"]
        #expect(
            try AppConfig.resolve(databaseFlag: "sqlite:/flag.db", environment: env).database
                == .sqliteFile(path: "/flag.db"))
        #expect(try AppConfig.resolve(databaseFlag: nil, environment: env).database == .sqliteFile(path: "/env.db"))
        #expect(
            try AppConfig.resolve(databaseFlag: nil, environment: [:]).database == .sqliteFile(path: "./sameside.db"))
        #expect(
            try AppConfig.resolve(databaseFlag: nil, environment: ["SAMESIDE_DATABASE": ""]).database
                == .sqliteFile(path: "./sameside.db"))
    }

    @Test(arguments: [
        ("sqlite::memory:", DatabaseURL.sqliteMemory),
        ("sqlite:data/x.db", .sqliteFile(path: "data/x.db")),
        ("sqlite:///abs/x.db", .sqliteFile(path: "/abs/x.db")),
        (
            "postgres://u:p%40ss@db.example:6543/sales",
            .postgres(
                host: "db.example", port: 6543, username: "u", password: "p@ss", database: "sales", requireTLS: false)
        ),
        (
            "postgresql://u@localhost/sales?sslmode=require",
            .postgres(
                host: "localhost", port: 5432, username: "u", password: nil, database: "sales", requireTLS: true)
        ),
    ])
    func databaseURLsAreParsed(_ text: String, _ expected: DatabaseURL) throws {
        #expect(try DatabaseURL(parsing: text) == expected)
    }

    @Test(arguments: ["mysql://x", "sqlite:", "postgres://host/db", "postgres:///db", "./file.db"])
    func badURLsSayWhatWasExpectedAndWhereTheyCameFrom(_ text: String) {
        #expect {
            _ = try AppConfig.resolve(databaseFlag: nil, environment: ["SAMESIDE_DATABASE": text])
        } throws: { error in
            guard case StoreError.badConfiguration(let message) = error else { return false }
            return message.hasPrefix("SAMESIDE_DATABASE: ") && message.contains("expected sqlite:PATH")
        }
    }

    @Test func passwordsNeverAppearInDescriptions() throws {
        let url = try DatabaseURL(parsing: "postgres://u:secret@h:1/d")
        #expect(!url.description.contains("secret"))
        #expect {
            _ = try DatabaseURL(parsing: "postgres://u:secret@")
        } throws: { error in
            !"\(error)".contains("secret")
        }
    }
}
