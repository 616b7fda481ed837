import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SameSideCore
import SameSideStore
import SameSideWeb
import Testing

/// The customer's own changes from the share page: what they change, what the seller then sees, and that nothing
/// else can be changed through a link.
@Suite("Share links: the contact's changes to their plan")
struct ShareChangeTests {
    static let dealA = ShareRouteTests.dealA
    static let dealB = ShareRouteTests.dealB
    static let now = ShareRouteTests.now
    static var today: Day { Day(ordinal: now / 86_400) }

    final class Shares: @unchecked Sendable {
        var a = "", b = "", revoked = "", expired = ""
        var store: (any PipelineStore)?
    }

    /// The app with the web fixture, a link to A, a link to B for Tom Becker, a revoked and an expired one.
    static func withShares(
        _ database: WebTestDatabase, configure: @escaping @Sendable (inout WebConfig) -> Void = { _ in },
        _ body: @escaping @Sendable (any TestClientProtocol, Shares) async throws -> Void
    ) async throws {
        let shares = Shares()
        try await database.with { appConfig in
            var config = WebConfig(app: appConfig, bcryptCost: 4, maxFailedSignIns: 3)
            configure(&config)
            let app = try await buildApplication(
                config: config, clock: { now },
                prepare: { store in
                    try await WebFixture.load(into: store)
                    func make(_ deal: DealID, _ contact: String, now: Int = now) async throws -> ShareLinks.Created {
                        try await ShareLinks.create(
                            deal: deal, contact: contact, days: 30, baseURL: "http://127.0.0.1:8080", in: store,
                            now: now)
                    }
                    shares.a = try await make(dealA, "Owen").token
                    shares.b = try await make(dealB, "Tom Becker").token
                    let revoked = try await make(dealB, "Tom Becker")
                    try await ShareLinks.revoke(id: revoked.link.id, in: store, now: now)
                    shares.revoked = revoked.token
                    shares.expired = try await make(dealB, "Tom Becker", now: now - 31 * 86_400).token
                    shares.store = store
                })
            try await app.test(.router) { client in try await body(client, shares) }
        }
    }

    static func deal(_ id: DealID, _ shares: Shares) async throws -> Versioned<Opportunity> {
        let store = try #require(shares.store)
        return try #require(try await store.opportunity(id))
    }

    @Test(
        "a contact marking their step done moves the buyer-verified stage, the stored review and the deal page",
        arguments: WebTestDatabase.available)
    func markingDoneMovesTheStage(database: WebTestDatabase) async throws {
        try await Self.withShares(database) { client, shares in
            let sam = try await client.token("sam@example.com")
            let before = try await Self.storedStage(client, sam)
            #expect(before == BuyerStage.closing.rawValue)
            let key = try await client.shareFormKey(shares.b)
            let response = try await client.postShare(
                "/share/\(shares.b)/steps/b7/done", form: [("key", key)])
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/share/\(shares.b)?saved=1")
            #expect(try await Self.storedStage(client, sam) == BuyerStage.committed.rawValue)
            let step = try #require(try await Self.deal(Self.dealB, shares).value.buyingProcess.first { $0.id == "b7" })
            #expect(step.status == .done && step.completed == Self.today)
            let page = try await client.get("/deals/\(Self.dealB)", token: sam).text
            #expect(page.contains("Tom Becker marked &quot;Supplier onboarding and PO&quot; done on the shared plan"))
            let after = try await client.get("/share/\(shares.b)?saved=1").text
            #expect(after.contains("your change is saved"))
            #expect(!after.contains("/steps/b7/done"), "a done step offers no second 'done'")
        }
    }

    @Test("a proposed date records the customer side, the day and the reason, and the review says why")
    func aProposedDateCarriesItsReason() async throws {
        try await Self.withShares(.memory) { client, shares in
            let first = try await client.postShare(
                "/share/\(shares.b)/steps/b6/date",
                json: #"{"due": "2027-02-01", "reason": "waiting-on-third-party"}"#)
            #expect(first.status == .ok)
            #expect(first.headers[.contentType] == "application/json; charset=utf-8")
            #expect(first.text.contains("2027-02-01"))
            let key = try await client.shareFormKey(shares.b)
            let second = try await client.postShare(
                "/share/\(shares.b)/steps/b6/date",
                form: [("key", key), ("due", "2027-02-15"), ("reason", ""), ("reasonText", "board meets later")])
            #expect(second.status == .seeOther)
            let step = try #require(try await Self.deal(Self.dealB, shares).value.buyingProcess.first { $0.id == "b6" })
            #expect(step.due == Day("2027-02-15"))
            #expect(
                step.dueChanges == [
                    DueDateChange(
                        from: Day("2026-12-09"), to: try #require(Day("2027-02-01")), changedOn: Self.today,
                        movedBy: .customer, reason: .waitingOnThirdParty),
                    DueDateChange(
                        from: Day("2027-02-01"), to: try #require(Day("2027-02-15")), changedOn: Self.today,
                        movedBy: .customer, reason: .other, reasonText: "board meets later"),
                ])
            let sam = try await client.token("sam@example.com")
            let review = try await client.get("/api/deals/\(Self.dealB)/review", token: sam).text
            #expect(review.contains("waiting on a third party"))
            #expect(review.contains("board meets later"))
            #expect(review.contains("moved twice, twice by Northwind Foods"))
            let page = try await client.get("/deals/\(Self.dealB)", token: sam).text
            #expect(page.contains("to 2027-02-15 (was 2027-02-01) on the shared plan: board meets later"))
        }
    }

    @Test("blocking, adding a step and commenting are inbound activities of the link's contact on the day")
    func changesAreRecordedAsTheContacts() async throws {
        try await Self.withShares(.memory) { client, shares in
            let key = try await client.shareFormKey(shares.b)
            for (path, fields) in [
                ("steps/b4/blocked", [("blocker", "waiting for the OT vendor's answers")]),
                ("steps", [("title", "IT signs off the network diagram"), ("due", "2027-01-30")]),
                ("comments", [("text", "Can you send the sensor data sheet?")]),
            ] {
                let response = try await client.postShare("/share/\(shares.b)/\(path)", form: [("key", key)] + fields)
                #expect(response.status == .seeOther, "\(path)")
            }
            let deal = try await Self.deal(Self.dealB, shares).value
            let new = deal.activities.suffix(3)
            #expect(new.allSatisfy { $0.direction == .inbound && $0.initiatedBy == .customer })
            #expect(new.allSatisfy { $0.stakeholderIds == ["s-nw-it"] && $0.date == Self.today })
            let blocked = try #require(deal.buyingProcess.first { $0.id == "b4" })
            #expect(blocked.status == .blocked && blocked.blocker == "waiting for the OT vendor's answers")
            let added = try #require(deal.buyingProcess.last)
            #expect(added.id == "c1" && added.owner == .customer && added.ownerStakeholderId == "s-nw-it")
            #expect(added.due == Day("2027-01-30"))
            let sam = try await client.token("sam@example.com")
            let page = try await client.get("/deals/\(Self.dealB)", token: sam).text
            #expect(page.contains("Can you send the sensor data sheet?"))
            let shared = try await client.get("/share/\(shares.b)").text
            #expect(shared.contains("IT signs off the network diagram"))
        }
    }

    @Test(
        "a token for deal A can never change deal B, and a bad token changes nothing, on every change route",
        arguments: WebTestDatabase.available)
    func aTokenChangesOnlyItsOwnDeal(database: WebTestDatabase) async throws {
        try await Self.withShares(database) { client, shares in
            let untouched = try await Self.deal(Self.dealB, shares)
            let keyA = try await client.shareFormKey(shares.a)
            let forged = String(repeating: "A", count: 43)
            // b4…b7 are only B's; b1 is A's internal step
            let stepRoutes = ["steps/b4/done", "steps/b7/blocked", "steps/b6/date", "steps/b1/done", "steps/b1/date"]
            let fields = [("blocker", "x"), ("due", "2027-03-01"), ("reason", "new-obstacle")]
            for route in stepRoutes {
                let form = try await client.postShare("/share/\(shares.a)/\(route)", form: [("key", keyA)] + fields)
                #expect(form.status == .notFound, "\(route)")
                #expect(form.text == "Not found\n")
                let json = try await client.postShare(
                    "/share/\(shares.a)/\(route)?deal=\(Self.dealB)",
                    json: #"{"blocker":"x","due":"2027-03-01","reason":"new-obstacle"}"#)
                #expect(json.status == .notFound, "\(route)")
            }
            for token in [shares.revoked, shares.expired, forged, shares.b + "x"] {
                for route in stepRoutes + ["steps/b4/done", "steps", "comments"] {
                    let response = try await client.postShare(
                        "/share/\(token)/\(route)", json: #"{"title":"x","text":"x","blocker":"x"}"#)
                    #expect(response.status == .notFound, "\(route)")
                    #expect(response.text == "Not found\n")
                }
            }
            // what A's token may add lands on A, never on B
            let comment = try await client.postShare(
                "/share/\(shares.a)/comments", json: #"{"text":"only for A","deal":"o-northwind-line3"}"#)
            #expect(comment.status == .ok)
            #expect(try await Self.deal(Self.dealB, shares) == untouched)
            let a = try await Self.deal(Self.dealA, shares).value
            #expect(a.activities.last?.summary == "Owen commented on the shared plan: only for A")
            #expect(a.buyingProcess.map(\.id) == ["b1"])
        }
    }

    @Test("a post without the form key, from another site or of another type is refused and changes nothing")
    func crossSitePostsAreRefused() async throws {
        try await Self.withShares(.memory) { client, shares in
            let before = try await Self.deal(Self.dealB, shares)
            let key = try await client.shareFormKey(shares.a)
            let path = "/share/\(shares.b)/steps/b7/done"
            #expect(try await client.postShare(path, form: []).status == .forbidden)
            #expect(try await client.postShare(path, form: [("key", key)]).status == .forbidden, "A's key on B")
            let bKey = try await client.shareFormKey(shares.b)
            let evil = try await client.postShare(
                path, form: [("key", bKey)], headers: [.origin: "https://evil.example"])
            #expect(evil.status == .forbidden)
            #expect(evil.text == "Forbidden\n")
            let crossSite = try await client.postShare(
                path, json: "{}", headers: [HTTPField.Name("Sec-Fetch-Site")!: "cross-site"])
            #expect(crossSite.status == .forbidden)
            let plain = try await client.execute(
                uri: path, method: .post, headers: [.contentType: "text/plain"], body: ByteBuffer(string: "{}"))
            #expect(plain.status == .unsupportedMediaType)
            #expect(try await Self.deal(Self.dealB, shares) == before)
            let nullOrigin = try await client.postShare(path, form: [("key", bKey)], headers: [.origin: "null"])
            #expect(nullOrigin.status == .forbidden, "Origin: null without Sec-Fetch-Site")
            let sameSiteName = try await client.postShare(
                path, form: [("key", bKey)], headers: [.origin: "null", HTTPField.Name("Sec-Fetch-Site")!: "same-site"])
            #expect(sameSiteName.status == .forbidden, "a sibling subdomain")
            #expect(try await Self.deal(Self.dealB, shares) == before)
            // a browser posting the share page's own form: no-referrer makes its Origin "null"
            let ownForm = try await client.postShare(
                path, form: [("key", bKey)],
                headers: [.origin: "null", HTTPField.Name("Sec-Fetch-Site")!: "same-origin"])
            #expect(ownForm.status == .seeOther)
            let sameHost = try await client.postShare(
                "/share/\(shares.b)/comments", form: [("key", bKey), ("text", "hi")],
                headers: [.origin: "http://localhost"])
            #expect(sameHost.status == .seeOther)
        }
    }

    @Test("bad input is a clear 422 that keeps what is stored")
    func badInputIsRefusedClearly() async throws {
        try await Self.withShares(.memory) { client, shares in
            let before = try await Self.deal(Self.dealB, shares)
            let key = try await client.shareFormKey(shares.b)
            let cases: [(String, [(String, String)], String)] = [
                ("steps/b4/blocked", [("blocker", "  ")], "Please fill in the blocker."),
                ("steps/b6/date", [("due", "2027-02-01")], "Please say why the date moves"),
                ("steps/b6/date", [("due", "next week"), ("reason", "new-obstacle")], "new date (YYYY-MM-DD)"),
                ("steps/b3/done", [], "done already"),
                ("steps/b6/date", [("due", "2026-12-09"), ("reason", "new-obstacle")], "already due that day"),
                ("comments", [("text", String(repeating: "x", count: 4_001))], "at most 4000 characters"),
            ]
            for (path, fields, message) in cases {
                let page = try await client.postShare("/share/\(shares.b)/\(path)", form: [("key", key)] + fields)
                #expect(page.status == .unprocessableContent, "\(path)")
                #expect(page.text.contains(message), "\(path)")
                #expect(page.headers[.contentType] == "text/html; charset=utf-8")
            }
            let json = try await client.postShare("/share/\(shares.b)/steps/b6/date", json: #"{"due":"2027-02-01"}"#)
            #expect(json.status == .unprocessableContent)
            #expect(try json.json["error"] != nil)
            #expect(try await Self.deal(Self.dealB, shares) == before)
        }
    }

    @Test("changes made at the same moment are all kept (a stale version is retried, never lost)")
    func concurrentChangesAreAllKept() async throws {
        try await Self.withShares(.sqliteFile) { client, shares in
            let texts = (1...4).map { "comment \($0)" }
            try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for text in texts {
                    group.addTask {
                        try await client.postShare("/share/\(shares.b)/comments", json: #"{"text":"\#(text)"}"#).status
                    }
                }
                for try await status in group { #expect(status == .ok) }
            }
            let summaries = try await Self.deal(Self.dealB, shares).value.activities.compactMap(\.summary)
            for text in texts { #expect(summaries.contains("Tom Becker commented on the shared plan: \(text)")) }
        }
    }

    @Test("the same token past its per-token limit gets 429 with Retry-After and no detail")
    func perTokenLimit() async throws {
        try await Self.withShares(.memory, configure: { $0.shareRequestsPerToken = 5 }) { client, shares in
            for _ in 1...5 { #expect(try await client.get("/share/\(shares.b)").status == .ok) }
            let limited = try await client.get("/share/\(shares.b)")
            #expect(limited.status == .tooManyRequests)
            #expect(limited.headers[.retryAfter] == "60")
            #expect(limited.text == "Too many requests\n")
            #expect(limited.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer")
            #expect(try await client.get("/share/\(shares.a)").status == .ok, "another token is not limited")
        }
    }

    static func storedStage(_ client: any TestClientProtocol, _ token: String) async throws -> String? {
        let body = try await client.get("/api/deals?per_page=200", token: token).json
        let deals = try #require(body["deals"] as? [[String: Any]])
        return deals.first { $0["id"] as? String == dealB.rawValue }?["buyerVerifiedStage"] as? String
    }
}

extension TestClientProtocol {
    /// The form key of the share page of `token`.
    func shareFormKey(_ token: String) async throws -> String {
        let page = try await get("/share/\(token)").text
        let marker = #"name="key" value=""#
        let start = try #require(page.range(of: marker)).upperBound
        return String(page[start...].prefix { $0 != "\"" })
    }

    /// Posts `form` to a share route as a browser without a session does.
    func postShare(_ uri: String, form: [(String, String)], headers: HTTPFields = [:]) async throws -> TestResponse {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let body = form.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }
            .joined(separator: "&")
        var all = headers
        all[.contentType] = "application/x-www-form-urlencoded"
        return try await execute(uri: uri, method: .post, headers: all, body: ByteBuffer(string: body))
    }

    /// Posts `json` to a share route.
    func postShare(_ uri: String, json: String, headers: HTTPFields = [:]) async throws -> TestResponse {
        var all = headers
        all[.contentType] = "application/json"
        return try await execute(uri: uri, method: .post, headers: all, body: ByteBuffer(string: json))
    }
}
