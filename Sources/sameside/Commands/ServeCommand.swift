import ArgumentParser
import Foundation
import Hummingbird
import SameSideApp
import SameSideWeb

/// `sameside serve`: the web app and JSON API (see docs/web.md).
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the web app and JSON API; stops cleanly on SIGTERM or SIGINT.",
        discussion: """
            --demo loads the demo pipeline and demo users into a fresh database (a new temporary SQLite \
            file unless --database names an empty one) and prints the sign-ins.
            """)

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port = 8080

    @Flag(help: "Load the demo pipeline and demo users into a fresh database first.")
    var demo = false

    @Flag(help: "Mark cookies Secure (set this when users reach the server over HTTPS).")
    var secureCookies = false

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        try await CLIExit.guarding {
            var appConfig = try database.config()
            if demo, database.database == nil {
                let path = FileManager.default.temporaryDirectory
                    .appendingPathComponent("sameside-demo-\(UUID().uuidString.prefix(8)).db").path
                appConfig = AppConfig(database: .sqliteFile(path: path), importBulkRows: appConfig.importBulkRows)
            }
            let config = WebConfig(app: appConfig, host: host, port: port, secureCookies: secureCookies)
            let demo = self.demo
            let app = try await buildApplication(
                config: config,
                prepare: { store in
                    guard demo else { return }
                    try await DemoSetup.requireFresh(store)
                    try await DemoSetup.load(into: store)
                })
            // Written straight to stdout, so the URL and sign-ins show before the server's log, also when piped.
            let out = StdoutWriter()
            out.write("SameSide is at http://\(host):\(port)/ (database \(appConfig.database))\n")
            if demo {
                out.write("Demo sign-ins:\n")
                for user in DemoSetup.signIns {
                    let team = user.team.map { ", team \($0)" } ?? ""
                    out.write("  \(user.email)  \(user.password)  (\(user.role.rawValue)\(team))\n")
                }
            }
            out.flush()
            try await app.runService()
        }
    }
}
