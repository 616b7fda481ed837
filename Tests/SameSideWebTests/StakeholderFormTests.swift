import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SameSideCore
import Testing

@Suite("Adding a person to an account: roles, stance, errors, access")
struct StakeholderFormTests {
    static let account = AccountPageTests.samsAccount

    static func post(
        _ client: any TestClientProtocol, _ session: String, _ fields: [(String, String)]
    ) async throws
        -> TestResponse
    {
        try await client.postForm("/accounts/\(account.id)/people", session: session, fields)
    }

    @Test("the deal owner adds an economic buyer; the account page lists them; hostile text is escaped")
    func add() async throws {
        try await WebFixture.withApp(.memory) { client in
            let (session, csrf) = try await CoachRouteTests.session(client, "sam@example.com")
            let form = try await client.get(
                "/accounts/\(Self.account.id)/people/new", cookie: "sameside_session=\(session)")
            #expect(form.status == .ok)
            let version = try #require(DealFormTests.version(form.text))
            let saved = try await Self.post(
                client, session,
                [
                    ("csrf", csrf), ("version", version), ("name", "Priya <em>Nair</em>"), ("title", "CFO"),
                    ("roles[]", "economic-buyer"), ("roles[]", "decision-maker"), ("stance", "skeptic"),
                    ("lastContact", "2026-11-02"),
                ])
            #expect(saved.status == .seeOther, "\(saved.text.prefix(300))")
            let page = try await client.get("/accounts/\(Self.account.id)", cookie: "sameside_session=\(session)")
            #expect(
                page.text.contains(
                    "Priya &lt;em&gt;Nair&lt;/em&gt;, CFO — Economic buyer, Decision maker; stance Skeptic"))
        }
    }

    @Test("bad roles, stance and date are named; a stale version is 409; another team's rep gets 404")
    func refused() async throws {
        try await WebFixture.withApp(.memory) { client in
            let (session, csrf) = try await CoachRouteTests.session(client, "sam@example.com")
            let form = try await client.get(
                "/accounts/\(Self.account.id)/people/new", cookie: "sameside_session=\(session)")
            let version = try #require(DealFormTests.version(form.text))
            let bad = try await Self.post(
                client, session,
                [
                    ("csrf", csrf), ("version", version), ("name", ""), ("roles[]", "kingmaker"), ("stance", "angry"),
                    ("lastContact", "May"),
                ])
            #expect(bad.status == .badRequest)
            for text in ["name-error", "lastContact-error", "stance-error", "Pick roles from"] {
                #expect(bad.text.contains(text), "\(text)")
            }
            let stale = try await Self.post(client, session, [("csrf", csrf), ("version", "99"), ("name", "Late")])
            #expect(stale.status == .conflict)
            let (anna, annaCSRF) = try await CoachRouteTests.session(client, "anna@example.com")
            #expect(
                try await Self.post(client, anna, [("csrf", annaCSRF), ("version", version), ("name", "x")]).status
                    == .notFound)
        }
    }

    @Test(
        "the owner edits a person's roles, stance and last contact; hostile text is escaped; unknown person 404",
        arguments: WebTestDatabase.available)
    func edit(database: WebTestDatabase) async throws {
        try await WebFixture.withApp(database) { client in
            let (session, csrf) = try await CoachRouteTests.session(client, "sam@example.com")
            let person = try #require(Self.account.stakeholders.first)
            let base = "/accounts/\(Self.account.id)/people/\(person.id)"
            let page = try await client.get("/accounts/\(Self.account.id)", cookie: "sameside_session=\(session)")
            #expect(page.text.contains(base + "/edit"))
            let form = try await client.get(base + "/edit", cookie: "sameside_session=\(session)")
            #expect(form.status == .ok)
            #expect(form.text.contains(WebFixture.escaped(person.name)))
            let version = try #require(DealFormTests.version(form.text))
            let hostile = "<script>x()</script> \u{05E9}\u{200D}\u{202E}" + String(repeating: "w", count: 100_000)
            let saved = try await client.postForm(
                base, session: session,
                [
                    ("csrf", csrf), ("version", version), ("name", person.name), ("title", hostile),
                    ("roles[]", "blocker"), ("stance", "opponent"), ("lastContact", "2027-01-10"),
                    ("personalWin", hostile),
                ])
            #expect(saved.status == .seeOther, "\(saved.text.prefix(300))")
            let after = try await client.get("/accounts/\(Self.account.id)", cookie: "sameside_session=\(session)")
            #expect(
                after.text.contains(
                    WebFixture.escaped(person.name) + ", " + WebFixture.escaped(hostile)
                        + " — Blocker; stance Opponent; last contact 2027-01-10"))
            #expect(!after.text.contains("<script>x()"))
            #expect(
                after.text.components(separatedBy: "<li>" + WebFixture.escaped(person.name)).count == 2,
                "changed in place, not added")
            let stale = try await client.postForm(
                base, session: session, [("csrf", csrf), ("version", version), ("name", "Stale")])
            #expect(stale.status == .conflict)
            #expect(stale.text.contains(#"value="Stale""#))
            let missing = try await client.get(
                "/accounts/\(Self.account.id)/people/nobody/edit", cookie: "sameside_session=\(session)")
            #expect(missing.status == .notFound)
            let (anna, annaCSRF) = try await CoachRouteTests.session(client, "anna@example.com")
            #expect(
                try await client.postForm(base, session: anna, [("csrf", annaCSRF), ("version", "2"), ("name", "x")])
                    .status == .notFound)
        }
    }
}
