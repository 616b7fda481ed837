import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SameSideCore
import Testing

@Suite("Taking an unassigned deal: it becomes the taker's and leaves the unassigned list")
struct TakeDealTests {
    /// An open deal of Jamie Ortiz, who is no user: unassigned.
    static let deal = WebFixture.openDeals(ownedBy: ["Jamie Ortiz"]).first!.id.rawValue

    static func unassignedIds(_ client: any TestClientProtocol, token: String) async throws -> [String] {
        let list = try await client.get("/api/deals?owner=unassigned&per_page=200", token: token).json
        return (list["deals"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
    }

    @Test(
        "a manager takes it from the deal page; it is theirs, listed under them, and no longer unassigned",
        arguments: WebTestDatabase.available)
    func takeFromPage(database: WebTestDatabase) async throws {
        try await WebFixture.withApp(database) { client in
            let (morgan, csrf) = try await CoachRouteTests.session(client, "morgan@example.com")
            let token = try await client.token("morgan@example.com")
            #expect(try await Self.unassignedIds(client, token: token).contains(Self.deal))
            let page = try await client.get("/deals/\(Self.deal)", cookie: "sameside_session=\(morgan)")
            #expect(page.text.contains(#"action="/deals/\#(Self.deal)/take""#))
            let forged = try await client.postForm("/deals/\(Self.deal)/take", session: morgan, [("csrf", "x")])
            #expect(forged.status == .forbidden)
            let taken = try await client.postForm("/deals/\(Self.deal)/take", session: morgan, [("csrf", csrf)])
            #expect(taken.status == .seeOther)
            let after = try await client.get("/deals/\(Self.deal)", cookie: "sameside_session=\(morgan)")
            #expect(after.text.contains("owner Morgan Lee"))
            #expect(!after.text.contains("/take"))
            #expect(try await !Self.unassignedIds(client, token: token).contains(Self.deal))
            let mine = try await client.get("/api/deals?owner=morgan@example.com&per_page=200", token: token).json
            let ids = (mine["deals"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            #expect(ids.contains(Self.deal))
            let again = try await client.postForm("/deals/\(Self.deal)/take", session: morgan, [("csrf", csrf)])
            #expect(again.status == .conflict)
        }
    }

    @Test("through the API: 200 with the new owner; a rep gets 404; an owned deal is 409; the other team 404")
    func takeThroughAPI() async throws {
        try await WebFixture.withApp(.memory) { client in
            let sam = try await client.token("sam@example.com")
            let take = { (token: String, deal: String) in
                try await client.execute(
                    uri: "/api/deals/\(deal)/take", method: .post, headers: [.authorization: "Bearer \(token)"])
            }
            #expect(try await take(sam, Self.deal).status == .notFound)
            let lee = try await client.token("lee@example.com")
            #expect(try await take(lee, AccessRuleTests.samsDeal).status == .notFound)
            let admin = try await client.token("admin@example.com")
            #expect(try await take(admin, AccessRuleTests.samsDeal).status == .conflict)
            let taken = try await take(lee, Self.deal)
            #expect(taken.status == .ok)
            #expect(try taken.json["owner"] as? String == "lee@example.com")
            // Lee manages west; Morgan (east) no longer sees the deal once it is Lee's.
            let morgan = try await client.token("morgan@example.com")
            #expect(try await client.get("/api/deals/\(Self.deal)/review", token: morgan).status == .notFound)
        }
    }
}
