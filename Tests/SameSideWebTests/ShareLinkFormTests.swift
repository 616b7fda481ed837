import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SameSideCore
import SameSideStore
import SameSideWeb
import Testing

/// The seller makes and revokes share links from the deal page and the JSON API.
@Suite("Share links made and revoked by the seller")
struct ShareLinkFormTests {
    static let deal = ShareRouteTests.dealB

    @Test("the deal page makes a link for one of the account's people, shows its URL once, and revokes it")
    func pageMakesAndRevokes() async throws {
        try await WebFixture.withApp(.memory) { client in
            let (session, csrf) = try await CoachRouteTests.session(client, "sam@example.com")
            let cookie = "sameside_session=\(session)"
            let page = try await client.get("/deals/\(Self.deal)", cookie: cookie).text
            #expect(page.contains(#"<option value="s-nw-it">Tom Becker"#))
            let made = try await client.postForm(
                "/deals/\(Self.deal)/share-links", session: session,
                [("csrf", csrf), ("contact", "s-nw-it"), ("days", "14")])
            #expect(made.status == .created)
            #expect(made.text.contains("For Tom Becker"))
            let marker = "value=\"http://localhost/share/"
            let start = try #require(made.text.range(of: marker)).upperBound
            let token = String(made.text[start...].prefix { $0 != "\"" })
            #expect(try await client.get("/share/\(token)").status == .ok)
            let listed = try await client.get("/deals/\(Self.deal)", cookie: cookie).text
            #expect(listed.contains("<td>Tom Becker</td>"))
            #expect(!listed.contains(token), "the deal page never shows the token again")
            let action = try #require(
                listed.range(
                    of: #"action="/deals/\#(Self.deal)/share-links/[^"]+/revoke""#, options: .regularExpression)
            )
            let path = String(listed[action].dropFirst(8).dropLast())
            let forged = try await client.postForm(path, session: session, [("csrf", "nope")])
            #expect(forged.status == .forbidden)
            let revoked = try await client.postForm(path, session: session, [("csrf", csrf)])
            #expect(revoked.status == .seeOther)
            #expect(try await client.get("/share/\(token)").status == .notFound)
            let bad = try await client.postForm(
                "/deals/\(Self.deal)/share-links", session: session,
                [("csrf", csrf), ("contact", "someone-else"), ("days", "14")])
            #expect(bad.status == .badRequest)
        }
    }

    @Test("only users who may change the deal make links; anyone else gets 404 for a deal they cannot see")
    func onlyEditors() async throws {
        try await WebFixture.withApp(.memory) { client in
            let (session, csrf) = try await CoachRouteTests.session(client, "anna@example.com")
            let refused = try await client.postForm(
                "/deals/\(Self.deal)/share-links", session: session,
                [("csrf", csrf), ("contact", "s-nw-it"), ("days", "14")])
            #expect(refused.status == .notFound)
            let anna = try await client.token("anna@example.com")
            for (method, path) in [
                (HTTPRequest.Method.get, "/api/deals/\(Self.deal)/share-links"),
                (.post, "/api/deals/\(Self.deal)/share-links"),
                (.delete, "/api/deals/\(Self.deal)/share-links/sl-anything"),
            ] {
                let response = try await client.execute(
                    uri: path, method: method,
                    headers: [.authorization: "Bearer \(anna)", .contentType: "application/json"],
                    body: ByteBuffer(string: #"{"contact":"s-nw-it"}"#))
                #expect(response.status == .notFound, "\(method) \(path)")
            }
        }
    }

    @Test("the API makes a link (token and URL this once), lists it without the token and revokes it")
    func apiMakesListsRevokes() async throws {
        try await WebFixture.withApp(.memory) { client in
            let sam = try await client.token("sam@example.com")
            func call(_ method: HTTPRequest.Method, _ path: String, _ body: String = "") async throws -> TestResponse {
                try await client.execute(
                    uri: path, method: method,
                    headers: [.authorization: "Bearer \(sam)", .contentType: "application/json"],
                    body: ByteBuffer(string: body))
            }
            let made = try await call(.post, "/api/deals/\(Self.deal)/share-links", #"{"contact":"s-nw-it","days":7}"#)
            #expect(made.status == .created)
            let link = try made.json
            let token = try #require(link["token"] as? String)
            #expect(link["url"] as? String == "http://localhost/share/\(token)")
            #expect(link["status"] as? String == "active")
            #expect((link["expiresAt"] as? Int).map { $0 - (link["createdAt"] as? Int ?? 0) } == 7 * 86_400)
            let list = try await call(.get, "/api/deals/\(Self.deal)/share-links")
            #expect(list.status == .ok)
            #expect(!list.text.contains(token))
            let id = try #require(link["id"] as? String)
            #expect(list.text.contains(id))
            let revoked = try await call(.delete, "/api/deals/\(Self.deal)/share-links/\(id)")
            #expect(try revoked.json["status"] as? String == "revoked")
            #expect(try await call(.delete, "/api/deals/o-granite-oee/share-links/\(id)").status == .notFound)
            for body in [#"{"contact":"nobody"}"#, #"{"contact":"s-nw-it","days":0}"#, #"{"days":3}"#, "not json"] {
                #expect(
                    try await call(.post, "/api/deals/\(Self.deal)/share-links", body).status == .badRequest, "\(body)")
            }
        }
    }
}
