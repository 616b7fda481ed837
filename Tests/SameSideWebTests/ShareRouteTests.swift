import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SameSideCore
import SameSideStore
import SameSideWeb
import Testing

/// The customer's share page: a token opens its own deal's plan and nothing else, with no session.
@Suite("Share links: the customer's plan page")
struct ShareRouteTests {
    /// Deal A has an internal step ("Send proposal"); deal B is another customer's deal.
    static let dealA: DealID = "o-granite-oee"
    static let dealB: DealID = "o-northwind-line3"
    static let now = 1_800_000_000
    static let routes = ["", "/plan.ics", "/feed.ics", "/plan.md", "/plan.json"]

    final class Tokens: @unchecked Sendable {
        var a = "", b = "", revoked = "", expired = ""
    }

    static func name(_ id: DealID) -> String { WebFixture.pipeline.opportunity(id)?.name ?? "" }

    /// The app on `database` with the web fixture and four links: to A, to B, a revoked one and an expired one.
    static func withShares(
        _ database: WebTestDatabase, _ body: @escaping @Sendable (any TestClientProtocol, Tokens) async throws -> Void
    ) async throws {
        let tokens = Tokens()
        try await database.with { appConfig in
            let config = WebConfig(app: appConfig, bcryptCost: 4, maxFailedSignIns: 3)
            let app = try await buildApplication(
                config: config, clock: { now },
                prepare: { store in
                    try await WebFixture.load(into: store)
                    func make(_ deal: DealID, now: Int = now) async throws -> ShareLinks.Created {
                        try await ShareLinks.create(
                            deal: deal, contact: "someone", days: 30, baseURL: "http://127.0.0.1:8080", in: store,
                            now: now)
                    }
                    tokens.a = try await make(dealA).token
                    tokens.b = try await make(dealB).token
                    let revoked = try await make(dealA)
                    try await ShareLinks.revoke(id: revoked.link.id, in: store, now: now)
                    tokens.revoked = revoked.token
                    tokens.expired = try await make(dealA, now: now - 31 * 86_400).token
                })
            try await app.test(.router) { client in try await body(client, tokens) }
        }
    }

    @Test(
        "a token opens its own deal's plan on every share route, without a session",
        arguments: WebTestDatabase.available)
    func aTokenOpensOnlyItsOwnDeal(database: WebTestDatabase) async throws {
        try await Self.withShares(database) { client, tokens in
            for (token, mine, other) in [(tokens.a, Self.dealA, Self.dealB), (tokens.b, Self.dealB, Self.dealA)] {
                for route in Self.routes {
                    // even when the URL names the other deal
                    let response = try await client.get("/share/\(token)\(route)?deal=\(other)&id=\(other)")
                    #expect(response.status == .ok, "\(route)")
                    let text = response.text
                    #expect(text.contains(Self.name(mine)), "\(route)")
                    #expect(!text.contains(Self.name(other)), "\(route) shows the other deal")
                    #expect(!text.contains(PlanCalendar.uid(deal: other, step: "b1")), "\(route)")
                    #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer")
                    #expect(response.headers[.cacheControl] == "private, no-store")
                }
            }
        }
    }

    @Test("a revoked, expired, forged or malformed token is the same bare 404 on every route")
    func badTokensAreABare404() async throws {
        try await Self.withShares(.memory) { client, tokens in
            let forged = String(repeating: "A", count: 43)
            var bodies = Set<String>()
            for token in [tokens.revoked, tokens.expired, forged, "x", tokens.a + "x"] {
                for route in Self.routes {
                    let response = try await client.get("/share/\(token)\(route)")
                    #expect(response.status == .notFound, "\(token)\(route)")
                    #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer")
                    #expect(response.headers[.cacheControl] == "private, no-store")
                    bodies.insert(response.text)
                }
            }
            #expect(bodies == ["Not found\n"])
        }
    }

    @Test("internal steps and our amounts never reach the share page or its downloads")
    func internalStepsNeverAppear() async throws {
        try await Self.withShares(.memory) { client, tokens in
            let amount = try #require(WebFixture.pipeline.opportunity(Self.dealA)?.amount)
            for route in Self.routes {
                let text = try await client.get("/share/\(tokens.a)\(route)").text
                #expect(!text.contains("Send proposal"), "\(route)")
                #expect(!text.contains(ReviewNumber.grouped(amount)), "\(route)")
            }
        }
    }

    @Test("the page shows the goals, the steps and the downloads")
    func thePageShowsThePlan() async throws {
        try await Self.withShares(.memory) { client, tokens in
            let page = try await client.get("/share/\(tokens.b)")
            #expect(page.headers[.contentType] == "text/html; charset=utf-8")
            #expect(page.text.contains("Cut unplanned downtime on line 3"))
            #expect(page.text.contains("<td>OT security review</td><td>Tom Becker (Northwind Foods)</td>"))
            #expect(page.text.contains("/share/\(tokens.b)/plan.ics"))
            let calendar = try await client.get("/share/\(tokens.b)/plan.ics")
            #expect(calendar.headers[.contentType] == "text/calendar; charset=utf-8")
            #expect(calendar.text.hasPrefix("BEGIN:VCALENDAR\r\n"))
            #expect(page.text.contains("webcal://localhost/share/\(tokens.b)/feed.ics"))
            let feed = try await client.get("/share/\(tokens.b)/feed.ics")
            #expect(feed.headers[.contentType] == "text/calendar; charset=utf-8")
            #expect(
                feed.text.contains("METHOD:PUBLISH\r\nREFRESH-INTERVAL;VALUE=DURATION:PT6H\r\nX-PUBLISHED-TTL:PT6H\r\n")
            )
            let events = { (text: String) in text.components(separatedBy: "BEGIN:VEVENT").dropFirst() }
            #expect(Array(events(feed.text)) == Array(events(calendar.text)), "the feed has the download's events")
        }
    }
}

/// `186,000` as the pages write a whole amount.
enum ReviewNumber {
    static func grouped(_ value: Double) -> String {
        let digits = String(Int(value))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }
}
