import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SameSideCore
import Testing

@Suite("Access rules on every route: anonymous, other team, own team, manager, admin")
struct AccessRuleTests {
    static let samsDeal = WebFixture.openDeals(ownedBy: ["Sam Rivera"]).first!.id.rawValue
    static let annasDeal = WebFixture.openDeals(ownedBy: ["Anna Kowal"]).first!.id.rawValue
    static let jamiesDeal = WebFixture.openDeals(ownedBy: ["Jamie Ortiz"]).first!.id.rawValue

    static func ids(_ response: TestResponse) throws -> Set<String> {
        let deals = try #require(try response.json["deals"] as? [[String: Any]])
        return Set(deals.compactMap { $0["id"] as? String })
    }

    static func expected(_ owners: Set<String>?) -> Set<String> {
        Set(WebFixture.openDeals(ownedBy: owners).map(\.id.rawValue))
    }

    @Test("anonymous: every API route is 401 and every page redirects to the sign-in page")
    func anonymous() async throws {
        try await WebFixture.withApp(.memory) { client in
            for uri in ["/api/deals", "/api/deals/\(Self.samsDeal)/review", "/api/deals/x/review"] {
                #expect(try await client.get(uri).status == .unauthorized, "\(uri)")
            }
            #expect(try await client.execute(uri: "/api/logout", method: .post).status == .unauthorized)
            for uri in ["/", "/deals/\(Self.samsDeal)"] {
                let response = try await client.get(uri)
                #expect(response.status == .seeOther, "\(uri)")
                #expect(response.headers[.location] == "/signin")
            }
            #expect(try await client.get("/api/deals", token: "not-a-token").status == .unauthorized)
        }
    }

    @Test(
        "a rep sees their team's deals only; another team's deal is 404 in the API and on pages",
        arguments: WebTestDatabase.available)
    func rep(database: WebTestDatabase) async throws {
        try await WebFixture.withApp(database) { client in
            let sam = try await client.token("sam@example.com")
            let list = try await client.get("/api/deals?per_page=200", token: sam)
            #expect(list.status == .ok)
            // Sam's team is east; Anna (west) is another team; Jamie is no user, so Jamie's deals are unassigned.
            #expect(try Self.ids(list) == Self.expected(["Sam Rivera"]))
            #expect(try await client.get("/api/deals/\(Self.samsDeal)/review", token: sam).status == .ok)
            for other in [Self.annasDeal, Self.jamiesDeal, "no-such-deal"] {
                let api = try await client.get("/api/deals/\(other)/review", token: sam)
                #expect(api.status == .notFound, "\(other)")
                #expect(try await client.get("/deals/\(other)", token: sam).status == .notFound, "\(other)")
            }
            // Unknown and forbidden look the same: same status, same body.
            let forbidden = try await client.get("/api/deals/\(Self.annasDeal)/review", token: sam)
            let unknown = try await client.get("/api/deals/no-such-deal/review", token: sam)
            #expect(forbidden.text == unknown.text)
        }
    }

    @Test(
        "a manager sees their team's deals and the unassigned ones; an admin sees all",
        arguments: WebTestDatabase.available)
    func managerAndAdmin(database: WebTestDatabase) async throws {
        try await WebFixture.withApp(database) { client in
            let morgan = try await client.token("morgan@example.com")
            let managed = try await client.get("/api/deals?per_page=200", token: morgan)
            #expect(try Self.ids(managed) == Self.expected(["Sam Rivera", "Jamie Ortiz"]))
            #expect(try await client.get("/deals/\(Self.samsDeal)", token: morgan).status == .ok)
            #expect(try await client.get("/api/deals/\(Self.jamiesDeal)/review", token: morgan).status == .ok)
            #expect(try await client.get("/api/deals/\(Self.annasDeal)/review", token: morgan).status == .notFound)

            let lee = try await client.token("lee@example.com")
            #expect(
                try Self.ids(try await client.get("/api/deals?per_page=200", token: lee))
                    == Self.expected(["Anna Kowal", "Jamie Ortiz"]))

            let admin = try await client.token("admin@example.com")
            #expect(try Self.ids(try await client.get("/api/deals?per_page=200", token: admin)) == Self.expected(nil))
        }
    }

    @Test(
        "a rep sees a teammate's deal but may not change it: no edit links; every write is 403, whatever the body",
        arguments: WebTestDatabase.available)
    func seeButNotEdit(database: WebTestDatabase) async throws {
        try await WebFixture.withApp(database) { client in
            // Morgan (east's manager) takes the unassigned deal: it is on Sam's team now, but not Sam's.
            let morgan = try await client.token("morgan@example.com")
            let deal = Self.jamiesDeal
            let taken = try await client.execute(
                uri: "/api/deals/\(deal)/take", method: .post, headers: [.authorization: "Bearer \(morgan)"])
            #expect(taken.status == .ok)
            let sam = try await client.token("sam@example.com")
            let (session, csrf) = try await CoachRouteTests.session(client, "sam@example.com")
            let before = try await client.get("/api/deals/\(deal)/review", token: sam)
            #expect(before.status == .ok)
            let page = try await client.get("/deals/\(deal)", cookie: "sameside_session=\(session)")
            #expect(page.status == .ok)
            for link in ["/edit", "/goals/new", "/steps/new", "/activities/new", "/share-links"] {
                #expect(!page.text.contains("/deals/\(deal)\(link)"), "\(link)")
            }
            for form in ["edit", "goals/new", "steps/new", "activities/new"] {
                let response = try await client.get("/deals/\(deal)/\(form)", cookie: "sameside_session=\(session)")
                #expect(response.status == .forbidden, "GET \(form)")
            }
            for action in ["", "/goals", "/steps", "/activities", "/share-links"] {
                let response = try await client.postForm(
                    "/deals/\(deal)\(action)", session: session,
                    [("csrf", csrf), ("statement", "x"), ("dealVersion", "1"), ("accountVersion", "1")])
                #expect(response.status == .forbidden, "POST \(action)")
            }
            // The API decides access before it reads the body: a valid and a malformed body get the same 403.
            let writes: [(HTTPRequest.Method, String)] = [
                (.patch, ""), (.post, "/goals"), (.post, "/steps"), (.patch, "/steps/s1"), (.post, "/activities"),
                (.post, "/share-links"), (.delete, "/share-links/l1"),
            ]
            for (method, path) in writes {
                for body in [#"{"version": 1, "statement": "x", "title": "x", "kind": "note"}"#, "{not json"] {
                    let response = try await client.execute(
                        uri: "/api/deals/\(deal)\(path)", method: method,
                        headers: [.authorization: "Bearer \(sam)", .contentType: "application/json"],
                        body: ByteBuffer(string: body))
                    #expect(response.status == .forbidden, "\(method) \(path) \(body)")
                }
            }
            #expect(try await client.get("/api/deals/\(deal)/review", token: sam).text == before.text)
        }
    }

    @Test("the review route answers the contract's review JSON for one deal")
    func reviewShape() async throws {
        try await WebFixture.withApp(.memory) { client in
            let sam = try await client.token("sam@example.com")
            let response = try await client.get("/api/deals/\(Self.samsDeal)/review", token: sam)
            let body = try response.json
            #expect(body["asOf"] is String)
            let deals = try #require(body["deals"] as? [[String: Any]])
            #expect(deals.count == 1)
            #expect(deals.first?["id"] as? String == Self.samsDeal)
            for key in ["verdict", "buyerVerifiedStage", "planStatus", "scores", "findings"] {
                #expect(deals.first?[key] != nil, "\(key)")
            }
            #expect((body["summary"] as? [String: Any])?["deals"] as? Int == 1)
        }
    }
}
