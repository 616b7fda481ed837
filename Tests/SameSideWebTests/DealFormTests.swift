import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SameSideCore
import Testing

@Suite("Editing a deal's own fields: access, validation, history, conflicts, hostile text")
struct DealFormTests {
    static let deal = AccessRuleTests.samsDeal

    static func version(_ html: String) -> String? {
        guard let range = html.range(of: #"name="version" value=""#) else { return nil }
        let rest = html[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    static func post(
        _ client: any TestClientProtocol, _ session: String, _ fields: [(String, String)]
    ) async throws
        -> TestResponse
    {
        try await client.postForm("/deals/\(deal)", session: session, fields)
    }

    static func form(_ client: any TestClientProtocol, _ session: String) async throws -> TestResponse {
        try await client.get("/deals/\(deal)/edit", cookie: "sameside_session=\(session)")
    }

    @Test(
        "the owner moves the close date and pauses the deal; the page and the review show it",
        arguments: WebTestDatabase.available)
    func edit(database: WebTestDatabase) async throws {
        try await WebFixture.withApp(database) { client in
            let (session, csrf) = try await CoachRouteTests.session(client, "sam@example.com")
            let form = try await Self.form(client, session)
            #expect(form.status == .ok)
            let version = try #require(Self.version(form.text))
            let original = try #require(WebFixture.pipeline.opportunities.first { $0.id.rawValue == Self.deal })
            let saved = try await Self.post(
                client, session,
                [
                    ("csrf", csrf), ("version", version), ("name", "Renamed <i>deal</i>"),
                    ("stage", original.stage ?? "proposal"), ("amount", "150,000"), ("closeDate", "2027-06-30"),
                    ("owner", "Sam Rivera"), ("pausedUntil", "2027-12-01"),
                    ("pauseReason", "Budget freeze until the new year."),
                ])
            #expect(saved.status == .seeOther)
            let page = try await client.get("/deals/\(Self.deal)", cookie: "sameside_session=\(session)")
            #expect(page.text.contains("Renamed &lt;i&gt;deal&lt;/i&gt;"))
            #expect(page.text.contains("closes 2027-06-30"))
            #expect(page.text.contains("until 2027-12-01: Budget freeze until the new year."))
            let token = try await client.token("sam@example.com")
            let review = try await client.get("/api/deals/\(Self.deal)/review", token: token).text
            #expect(review.contains("2027-12-01"))
        }
    }

    @Test("bad fields come back beside themselves; a stale version is a 409 keeping the input; nothing half-saved")
    func validationAndConflict() async throws {
        try await WebFixture.withApp(.memory) { client in
            let (sam, samCSRF) = try await CoachRouteTests.session(client, "sam@example.com")
            let stale = try #require(Self.version(try await Self.form(client, sam).text))
            let bad = try await Self.post(
                client, sam,
                [
                    ("csrf", samCSRF), ("version", stale), ("name", " "), ("amount", "-5"), ("closeDate", "soon"),
                    ("pausedUntil", "2027-01-10"),
                ])
            #expect(bad.status == .badRequest)
            for field in ["name", "amount", "closeDate", "pauseReason"] {
                #expect(bad.text.contains(#"id="\#(field)-error""#), "\(field)")
            }
            let (morgan, morganCSRF) = try await CoachRouteTests.session(client, "morgan@example.com")
            let first = try await Self.post(
                client, morgan, [("csrf", morganCSRF), ("version", stale), ("name", "Morgan's name")])
            #expect(first.status == .seeOther)
            let second = try await Self.post(
                client, sam, [("csrf", samCSRF), ("version", stale), ("name", "Sam's name")])
            #expect(second.status == .conflict)
            #expect(second.text.contains(#"value="Sam&#39;s name""#))
            #expect(second.text.contains("Morgan&#39;s name"))
            #expect(Self.version(second.text) != stale)
            let forged = try await Self.post(client, sam, [("csrf", "x"), ("version", stale), ("name", "Forged")])
            #expect(forged.status == .forbidden)
            let page = try await client.get("/deals/\(Self.deal)", cookie: "sameside_session=\(sam)")
            #expect(page.text.contains("Morgan&#39;s name") && !page.text.contains("Forged"))
        }
    }

    @Test("another team's rep gets 404 on the form and the save")
    func access() async throws {
        try await WebFixture.withApp(.memory) { client in
            let (anna, csrf) = try await CoachRouteTests.session(client, "anna@example.com")
            #expect(try await Self.form(client, anna).status == .notFound)
            let refused = try await Self.post(client, anna, [("csrf", csrf), ("version", "1"), ("name", "x")])
            #expect(refused.status == .notFound)
        }
    }
}

@Suite("PATCH /api/deals/{id}: the edit form's change in JSON")
struct DealEditAPITests {
    static func patch(_ client: any TestClientProtocol, token: String, _ body: String) async throws -> TestResponse {
        try await client.execute(
            uri: "/api/deals/\(DealFormTests.deal)", method: .patch,
            headers: [.authorization: "Bearer \(token)", .contentType: "application/json"],
            body: ByteBuffer(string: body))
    }

    @Test("left-out fields stay, null clears, a stale version is 409, bad fields 400, other team 404")
    func patch() async throws {
        try await WebFixture.withApp(.memory) { client in
            let sam = try await client.token("sam@example.com")
            let saved = try await Self.patch(client, token: sam, #"{"version":1,"amount":99000,"stage":null}"#)
            #expect(saved.status == .ok, "\(saved.text)")
            let json = try saved.json
            #expect(json["amount"] as? Double == 99000)
            #expect(json["stage"] is NSNull)
            #expect(json["owner"] as? String == "Sam Rivera")
            #expect(json["version"] as? Int == 2)
            #expect(try await Self.patch(client, token: sam, #"{"version":1,"name":"late"}"#).status == .conflict)
            let bad = try await Self.patch(client, token: sam, #"{"version":2,"closeDate":"next week"}"#)
            #expect(bad.status == .badRequest)
            #expect(try await Self.patch(client, token: sam, #"{"name":"no version"}"#).status == .badRequest)
            let anna = try await client.token("anna@example.com")
            #expect(try await Self.patch(client, token: anna, #"{"version":2,"name":"x"}"#).status == .notFound)
        }
    }
}
