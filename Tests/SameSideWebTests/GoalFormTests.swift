import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SameSideCore
import Testing

@Suite("Adding a customer goal through the deal's form: access, validation, conflicts, hostile text")
struct GoalFormTests {
    static let deal = AccessRuleTests.samsDeal

    static func versions(_ html: String) -> [(String, String)] {
        ["dealVersion", "accountVersion"].compactMap { name in
            guard let range = html.range(of: #"name="\#(name)" value=""#) else { return nil }
            let rest = html[range.upperBound...]
            return rest.firstIndex(of: "\"").map { (name, String(rest[..<$0])) }
        }
    }

    static func open(_ client: any TestClientProtocol, _ session: String) async throws -> [(String, String)] {
        let form = try await client.get("/deals/\(deal)/goals/new", cookie: "sameside_session=\(session)")
        #expect(form.status == .ok)
        return versions(form.text)
    }

    static func post(
        _ client: any TestClientProtocol, _ session: String, _ fields: [(String, String)]
    ) async throws
        -> TestResponse
    {
        try await client.postForm("/deals/\(deal)/goals", session: session, fields)
    }

    static func review(_ client: any TestClientProtocol, _ token: String) async throws -> String {
        try await client.get("/api/deals/\(deal)/review", token: token).text
    }

    @Test(
        "the owner adds a measurable goal: the deal page lists it and the review changes",
        arguments: WebTestDatabase.available)
    func addGoal(database: WebTestDatabase) async throws {
        try await WebFixture.withApp(database) { client in
            let (session, csrf) = try await CoachRouteTests.session(client, "sam@example.com")
            let token = try await client.token("sam@example.com")
            let before = try await Self.review(client, token)
            let page = try await client.get("/deals/\(Self.deal)", cookie: "sameside_session=\(session)")
            #expect(page.text.contains("/deals/\(Self.deal)/goals/new"))
            let versions = try await Self.open(client, session)
            #expect(versions.count == 2)
            let saved = try await Self.post(
                client, session,
                [
                    ("csrf", csrf), ("statement", "Cut unplanned downtime on line 4 before the spring audit"),
                    ("metric", "downtime hours a month"), ("baseline", "42"), ("target", "12"), ("due", "2027-04-30"),
                    ("category", "operational-efficiency"), ("source", "customer-stated"),
                ] + versions)
            #expect(saved.status == .seeOther)
            #expect(saved.headers[.location] == "/deals/\(Self.deal)#goals-h")
            let after = try await client.get("/deals/\(Self.deal)", cookie: "sameside_session=\(session)")
            #expect(after.text.contains("Cut unplanned downtime on line 4 before the spring audit"))
            #expect(after.text.contains("downtime hours a month: 42 → 12"))
            #expect(try await Self.review(client, token) != before)
        }
    }

    @Test("another team's rep gets 404 for the form and the save; nothing changes")
    func access() async throws {
        try await WebFixture.withApp(.memory) { client in
            let (anna, csrf) = try await CoachRouteTests.session(client, "anna@example.com")
            #expect(
                try await client.get("/deals/\(Self.deal)/goals/new", cookie: "sameside_session=\(anna)").status
                    == .notFound)
            let refused = try await Self.post(
                client, anna, [("csrf", csrf), ("statement", "x"), ("dealVersion", "1"), ("accountVersion", "1")])
            #expect(refused.status == .notFound)
            let (morgan, _) = try await CoachRouteTests.session(client, "morgan@example.com")
            #expect(
                try await client.get("/deals/\(Self.deal)/goals/new", cookie: "sameside_session=\(morgan)").status
                    == .ok)
        }
    }

    @Test("bad fields come back beside themselves with 400, the input kept, and nothing is stored")
    func validation() async throws {
        try await WebFixture.withApp(.memory) { client in
            let (session, csrf) = try await CoachRouteTests.session(client, "sam@example.com")
            let versions = try await Self.open(client, session)
            let response = try await Self.post(
                client, session,
                [
                    ("csrf", csrf), ("statement", "  "), ("target", "lots"), ("due", "31/04/2027"),
                    ("metric", "kept <b>"),
                ]
                    + versions)
            #expect(response.status == .badRequest)
            let html = response.text
            #expect(html.contains(#"id="statement-error""#))
            #expect(html.contains(#"id="target-error""#) && html.contains("Write a number"))
            #expect(html.contains(#"id="due-error""#) && html.contains("YYYY-MM-DD"))
            #expect(html.contains(#"aria-invalid="true""#))
            #expect(html.contains(#"value="kept &lt;b&gt;""#))
            #expect(try await Self.open(client, session).map(\.1) == versions.map(\.1))

            let forged = try await Self.post(client, session, [("csrf", "no"), ("statement", "ok")] + versions)
            #expect(forged.status == .forbidden)
            let noVersions = try await Self.post(client, session, [("csrf", csrf), ("statement", "ok")])
            #expect(noVersions.status == .badRequest)
            #expect(try await Self.open(client, session).map(\.1) == versions.map(\.1))
        }
    }

    @Test("a save over someone else's change is a 409 that keeps the input and shows what is stored now")
    func conflict() async throws {
        try await WebFixture.withApp(.memory) { client in
            let (sam, samCSRF) = try await CoachRouteTests.session(client, "sam@example.com")
            let (morgan, morganCSRF) = try await CoachRouteTests.session(client, "morgan@example.com")
            let stale = try await Self.open(client, sam)
            let first = try await Self.post(
                client, morgan, [("csrf", morganCSRF), ("statement", "Morgan's goal: pass the audit")] + stale)
            #expect(first.status == .seeOther)
            let second = try await Self.post(
                client, sam, [("csrf", samCSRF), ("statement", "Sam's goal: faster changeovers")] + stale)
            #expect(second.status == .conflict)
            #expect(second.text.contains("Sam&#39;s goal: faster changeovers"))
            #expect(second.text.contains("Morgan&#39;s goal: pass the audit"))
            #expect(Self.versions(second.text).map(\.1) != stale.map(\.1))
            let page = try await client.get("/deals/\(Self.deal)", cookie: "sameside_session=\(sam)")
            #expect(!page.text.contains("faster changeovers"))
        }
    }

    @Test("script tags, right-to-left and zero-width text and 100 kB are stored and shown escaped")
    func hostileText() async throws {
        try await WebFixture.withApp(.memory) { client in
            let (session, csrf) = try await CoachRouteTests.session(client, "sam@example.com")
            let hostile =
                "<script>alert('g')</script> \u{05E9}\u{200D}\u{202E}goal " + String(repeating: "y", count: 100_000)
            let saved = try await Self.post(
                client, session, [("csrf", csrf), ("statement", hostile)] + (try await Self.open(client, session)))
            #expect(saved.status == .seeOther)
            let page = try await client.get("/deals/\(Self.deal)", cookie: "sameside_session=\(session)")
            #expect(page.text.contains(WebFixture.escaped(hostile)))
            #expect(!page.text.contains("<script>alert('g')"))
        }
    }
}

@Suite("POST /api/deals/{id}/goals: the same change as the form, in JSON")
struct GoalsAPITests {
    static func post(
        _ client: any TestClientProtocol, token: String, deal: String, _ body: String
    ) async throws
        -> TestResponse
    {
        try await client.execute(
            uri: "/api/deals/\(deal)/goals", method: .post,
            headers: [.authorization: "Bearer \(token)", .contentType: "application/json"],
            body: ByteBuffer(string: body))
    }

    @Test("201 with the goal and new versions; stale versions 409; bad fields 400; other team 404")
    func api() async throws {
        try await WebFixture.withApp(.memory) { client in
            let sam = try await client.token("sam@example.com")
            let deal = AccessRuleTests.samsDeal
            let created = try await Self.post(
                client, token: sam, deal: deal,
                #"{"statement":"Halve audit preparation time","metric":"days","baseline":20,"target":10}"#)
            #expect(created.status == .created)
            let json = try created.json
            let goal = try #require(json["goal"] as? [String: Any])
            #expect(goal["target"] as? Double == 10)
            let dealVersion = try #require(json["dealVersion"] as? Int)
            let stale = try await Self.post(
                client, token: sam, deal: deal,
                #"{"statement":"Another","dealVersion":\#(dealVersion - 1),"accountVersion":1}"#)
            #expect(stale.status == .conflict)
            let bad = try await Self.post(client, token: sam, deal: deal, #"{"statement":"x","due":"tomorrow"}"#)
            #expect(bad.status == .badRequest)
            #expect(
                try bad.json["error"].flatMap { ($0 as? [String: Any])?["message"] as? String }?.contains("due") == true
            )
            let malformed = try await Self.post(client, token: sam, deal: deal, #"{"statement": 12"#)
            #expect(malformed.status == .badRequest)
            let anna = try await client.token("anna@example.com")
            #expect(try await Self.post(client, token: anna, deal: deal, #"{"statement":"x"}"#).status == .notFound)
        }
    }
}
