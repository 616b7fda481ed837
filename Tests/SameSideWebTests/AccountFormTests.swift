import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SameSideCore
import Testing

@Suite("Creating and editing accounts: who may, validation, conflicts, hostile text")
struct AccountFormTests {
    static let account = AccountPageTests.samsAccount

    @Test(
        "a manager adds an account from the pipeline and opens it; a rep gets 404 for the form and the save",
        arguments: WebTestDatabase.available)
    func create(database: WebTestDatabase) async throws {
        try await WebFixture.withApp(database) { client in
            let (morgan, csrf) = try await CoachRouteTests.session(client, "morgan@example.com")
            let pipeline = try await client.get("/", cookie: "sameside_session=\(morgan)")
            #expect(pipeline.text.contains(#"href="/accounts/new""#))
            #expect(try await client.get("/accounts/new", cookie: "sameside_session=\(morgan)").status == .ok)
            let saved = try await client.postForm(
                "/accounts", session: morgan,
                [
                    ("csrf", csrf), ("name", "Bluefin Foods"), ("industry", "Food processing"), ("region", "EMEA"),
                    ("employees", "1,200"), ("competitors", "Acme, Globex"), ("maxPaybackMonths", "18"),
                    ("hurdleRatePercent", "12"), ("budgetCycle", "yearly, set in October"),
                ])
            #expect(saved.status == .seeOther, "\(saved.text.prefix(300))")
            #expect(saved.headers[.location] == "/accounts/a-bluefin-foods")
            let page = try await client.get("/accounts/a-bluefin-foods", cookie: "sameside_session=\(morgan)")
            #expect(page.status == .ok)
            for text in ["Bluefin Foods", "Food processing", "1200", "Acme, Globex", "18 months", "12 %"] {
                #expect(page.text.contains(text), "\(text)")
            }
            let twin = try await client.postForm(
                "/accounts", session: morgan, [("csrf", csrf), ("name", "Bluefin Foods")])
            #expect(twin.headers[.location] == "/accounts/a-bluefin-foods-2")
            let (sam, samCSRF) = try await CoachRouteTests.session(client, "sam@example.com")
            #expect(try await client.get("/accounts/new", cookie: "sameside_session=\(sam)").status == .notFound)
            let refused = try await client.postForm("/accounts", session: sam, [("csrf", samCSRF), ("name", "Mine")])
            #expect(refused.status == .notFound)
            #expect(
                try await client.get("/accounts/a-bluefin-foods", cookie: "sameside_session=\(sam)").status == .notFound
            )
        }
    }

    @Test("the owner edits the account; bad numbers are named; a stale version is 409; another team gets 404")
    func edit() async throws {
        try await WebFixture.withApp(.memory) { client in
            let (sam, csrf) = try await CoachRouteTests.session(client, "sam@example.com")
            let accountPage = try await client.get("/accounts/\(Self.account.id)", cookie: "sameside_session=\(sam)")
            #expect(accountPage.text.contains("/accounts/\(Self.account.id)/edit"))
            let form = try await client.get("/accounts/\(Self.account.id)/edit", cookie: "sameside_session=\(sam)")
            #expect(form.status == .ok)
            let version = try #require(DealFormTests.version(form.text))
            let bad = try await client.postForm(
                "/accounts/\(Self.account.id)", session: sam,
                [
                    ("csrf", csrf), ("version", version), ("name", " "), ("employees", "many"),
                    ("maxPaybackMonths", "0"), ("hurdleRatePercent", "-4"),
                ])
            #expect(bad.status == .badRequest)
            for field in ["name", "employees", "maxPaybackMonths", "hurdleRatePercent"] {
                #expect(bad.text.contains(#"id="\#(field)-error""#), "\(field)")
            }
            let saved = try await client.postForm(
                "/accounts/\(Self.account.id)", session: sam,
                [("csrf", csrf), ("version", version), ("strategy", "Own the <b>premium</b> segment")])
            #expect(saved.status == .seeOther)
            let page = try await client.get("/accounts/\(Self.account.id)", cookie: "sameside_session=\(sam)")
            #expect(page.text.contains("Own the &lt;b&gt;premium&lt;/b&gt; segment"))
            #expect(page.text.contains(WebFixture.escaped(Self.account.name)), "the name left out is kept")
            let stale = try await client.postForm(
                "/accounts/\(Self.account.id)", session: sam, [("csrf", csrf), ("version", version), ("name", "Late")])
            #expect(stale.status == .conflict)
            #expect(stale.text.contains(#"value="Late""#))
            let (anna, annaCSRF) = try await CoachRouteTests.session(client, "anna@example.com")
            #expect(
                try await client.get("/accounts/\(Self.account.id)/edit", cookie: "sameside_session=\(anna)").status
                    == .notFound)
            let refused = try await client.postForm(
                "/accounts/\(Self.account.id)", session: anna, [("csrf", annaCSRF), ("version", "2"), ("name", "x")])
            #expect(refused.status == .notFound)
        }
    }

    @Test("hostile text in every text field is stored and shown escaped; a malformed form is 400, nothing changed")
    func hostileText() async throws {
        try await WebFixture.withApp(.memory) { client in
            let (morgan, csrf) = try await CoachRouteTests.session(client, "morgan@example.com")
            let hostile =
                "<script>alert('a')</script> \u{05E9}\u{200D}\u{202E}acct " + String(repeating: "q", count: 100_000)
            let fields = ["name", "industry", "region", "markets", "competitors", "strategy", "budgetCycle"]
            let saved = try await client.postForm(
                "/accounts", session: morgan, [("csrf", csrf)] + fields.map { ($0, hostile) })
            #expect(saved.status == .seeOther)
            let location = try #require(saved.headers[.location])
            let page = try await client.get(location, cookie: "sameside_session=\(morgan)")
            #expect(page.text.contains(WebFixture.escaped(hostile)))
            #expect(!page.text.contains("<script>alert('a')"))
            let edit = try await client.get(location + "/edit", cookie: "sameside_session=\(morgan)")
            #expect(edit.text.components(separatedBy: WebFixture.escaped(hostile)).count >= fields.count + 1)
            let version = try #require(DealFormTests.version(edit.text))
            let malformed = try await client.execute(
                uri: location, method: .post,
                headers: [.contentType: "application/x-www-form-urlencoded", .cookie: "sameside_session=\(morgan)"],
                body: ByteBuffer(string: "csrf=\(csrf)&version=\(version)&name=%ZZ&name[x]=1"))
            #expect(malformed.status == .badRequest)
            #expect(malformed.text.contains("the form is not valid"))
            let twice = try await client.postForm(
                location, session: morgan, [("csrf", csrf), ("version", version), ("name", "a"), ("name", "b")])
            #expect(twice.status == .badRequest)
            let again = try await client.get(location + "/edit", cookie: "sameside_session=\(morgan)")
            #expect(DealFormTests.version(again.text) == version)
        }
    }
}
