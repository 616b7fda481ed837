import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SameSideApp
import SameSideCore
import SameSideStore
import SameSideWeb
import Testing

/// The demo pipeline and users behind every web test, with one hostile deal name, and Jamie Ortiz left
/// without a user account so that Jamie's deals are unassigned.
enum WebFixture {
    static let hostileName = "<script>alert('x')</script> Renewal"
    static let password = "correct horse battery"
    /// Right-to-left text with a zero-width joiner and a right-to-left override, then 100 kB of text.
    static let longName =
        "\u{05E9}\u{05DC}\u{05D5}\u{05DD}\u{200D}\u{202E}deal & <b>" + String(repeating: "x", count: 100_000)

    /// The demo pipeline, with the first open deal of Anna Kowal renamed to ``hostileName``.
    static let pipeline: Pipeline = {
        var pipeline = DemoPipeline.make()
        if let index = pipeline.opportunities.firstIndex(where: { $0.owner == "Anna Kowal" && $0.status == .open }) {
            pipeline.opportunities[index].name = hostileName
        }
        if let index = pipeline.opportunities.lastIndex(where: { $0.owner == "Sam Rivera" && $0.status == .open }) {
            pipeline.opportunities[index].name = longName
        }
        return pipeline
    }()

    /// Users: `(email, role, team, name)`. Nobody is named Jamie Ortiz.
    static let users: [(String, String, String?, String?)] = [
        ("sam@example.com", "rep", "east", "Sam Rivera"),
        ("anna@example.com", "rep", "west", "Anna Kowal"),
        ("morgan@example.com", "manager", "east", "Morgan Lee"),
        ("lee@example.com", "manager", "west", "Lee Park"),
        ("admin@example.com", "admin", nil, nil),
    ]
    /// The team of each deal owner in the fixture (Jamie's deals are unassigned).
    static let teamOfOwner = ["Sam Rivera": "east", "Anna Kowal": "west"]

    /// `text` as Mustache escapes it in HTML.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }

    static func openDeals(ownedBy owners: Set<String>?) -> [Opportunity] {
        pipeline.opportunities.filter { $0.status == .open && (owners == nil || owners!.contains($0.owner ?? "")) }
    }

    static func load(into store: any PipelineStore) async throws {
        var records =
            pipeline.accounts.map(PipelineRecord.account) + pipeline.opportunities.map(PipelineRecord.opportunity)
        records.reverse()
        _ = try await PipelineImport().run(header: pipeline.header, into: store, next: { records.popLast() })
        let userStore = try UserAdministration.users(of: store)
        for (email, role, team, name) in users {
            try await UserAdministration.add(
                email: email, role: try UserAdministration.role(named: role), team: team, name: name,
                password: password, into: userStore, cost: 4)
        }
    }

    /// Runs `body` against the app on `database`, loaded with the fixture; `clock` is the server's time.
    static func withApp(
        _ database: WebTestDatabase, clock: @escaping @Sendable () -> Int = { 1_800_000_000 },
        _ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void
    ) async throws {
        try await database.with { appConfig in
            let config = WebConfig(app: appConfig, bcryptCost: 4, maxFailedSignIns: 3)
            let app = try await buildApplication(
                config: config, clock: clock, prepare: { store in try await load(into: store) })
            try await app.test(.router) { client in try await body(client) }
        }
    }
}

/// Small helpers for requests and responses.
extension TestClientProtocol {
    /// Signs in through the API and returns the bearer token.
    func token(_ email: String, password: String = WebFixture.password) async throws -> String {
        let response = try await execute(
            uri: "/api/login", method: .post, headers: [.contentType: "application/json"],
            body: ByteBuffer(string: #"{"email":"\#(email)","password":"\#(password)"}"#))
        #expect(response.status == .ok, "sign-in of \(email)")
        let object = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]
        return try #require(object?["token"] as? String)
    }

    /// Posts `fields` as an HTML form does (`application/x-www-form-urlencoded`) with the session cookie.
    func postForm(_ uri: String, session: String, _ fields: [(String, String)]) async throws -> TestResponse {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let body = fields.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }
            .joined(separator: "&")
        return try await execute(
            uri: uri, method: .post,
            headers: [.contentType: "application/x-www-form-urlencoded", .cookie: "sameside_session=\(session)"],
            body: ByteBuffer(string: body))
    }

    func get(_ uri: String, token: String? = nil, cookie: String? = nil) async throws -> TestResponse {
        var headers: HTTPFields = [:]
        if let token { headers[.authorization] = "Bearer \(token)" }
        if let cookie { headers[.cookie] = cookie }
        return try await execute(uri: uri, method: .get, headers: headers)
    }
}

extension TestResponse {
    var text: String { String(decoding: body.readableBytesView, as: UTF8.self) }

    var json: [String: Any] {
        get throws {
            try #require(try JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [String: Any])
        }
    }

    /// The value of the cookie `name` set by this response.
    func cookie(_ name: String) -> String? {
        for header in headers[values: .setCookie] {
            let pair = header.split(separator: ";").first ?? ""
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == name { return String(parts[1]) }
        }
        return nil
    }

    func setCookieHeader(_ name: String) -> String? {
        headers[values: .setCookie].first { $0.hasPrefix(name + "=") }
    }
}
