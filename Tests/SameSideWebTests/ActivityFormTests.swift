import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SameSideCore
import Testing

@Suite("Logging a touch on a deal: people of the account only, the coach's marks, errors, conflicts")
struct ActivityFormTests {
    static let deal = AccessRuleTests.samsDeal
    static let account = WebFixture.pipeline.accounts.first { account in
        WebFixture.pipeline.opportunities.contains { $0.id.rawValue == deal && $0.accountId == account.id }
    }!

    static func post(
        _ client: any TestClientProtocol, _ session: String, _ fields: [(String, String)]
    ) async throws
        -> TestResponse
    {
        try await client.postForm("/deals/\(deal)/activities", session: session, fields)
    }

    @Test(
        "an outbound email with its people is logged; the timeline shows it with the coach's mark",
        arguments: WebTestDatabase.available)
    func log(database: WebTestDatabase) async throws {
        try await WebFixture.withApp(database) { client in
            let (session, csrf) = try await CoachRouteTests.session(client, "sam@example.com")
            let before = try await client.get("/deals/\(Self.deal)", cookie: "sameside_session=\(session)")
            let marksBefore = before.text.components(separatedBy: "<mark>").count
            let form = try await client.get("/deals/\(Self.deal)/activities/new", cookie: "sameside_session=\(session)")
            #expect(form.status == .ok)
            let version = try #require(DealFormTests.version(form.text))
            let person = try #require(Self.account.stakeholders.first)
            let saved = try await Self.post(
                client, session,
                [
                    ("csrf", csrf), ("version", version), ("date", "2026-11-20"), ("type", "email"),
                    ("direction", "outbound"), ("initiatedBy", "seller"), ("stakeholderIds[]", person.id.rawValue),
                    ("summary", "Chased the <b>signature</b>"),
                    ("text", "Just checking in again: we need your signature by Friday to keep the discount."),
                ])
            #expect(saved.status == .seeOther, "\(saved.text.prefix(400))")
            let page = try await client.get("/deals/\(Self.deal)", cookie: "sameside_session=\(session)")
            #expect(page.text.contains("Chased the &lt;b&gt;signature&lt;/b&gt;"))
            #expect(page.text.components(separatedBy: "<mark>").count > marksBefore)
        }
    }

    @Test("missing fields, a stranger as a participant and a stale version are refused; nothing is logged")
    func refused() async throws {
        try await WebFixture.withApp(.memory) { client in
            let (session, csrf) = try await CoachRouteTests.session(client, "sam@example.com")
            let form = try await client.get("/deals/\(Self.deal)/activities/new", cookie: "sameside_session=\(session)")
            let version = try #require(DealFormTests.version(form.text))
            let bad = try await Self.post(
                client, session,
                [
                    ("csrf", csrf), ("version", version), ("date", "yesterday"), ("direction", "sideways"),
                    ("stakeholderIds[]", "someone-else"), ("summary", ""),
                ])
            #expect(bad.status == .badRequest)
            for field in ["date-error", "direction-error", "summary-error"] {
                #expect(bad.text.contains(#"id="\#(field)""#), "\(field)")
            }
            #expect(bad.text.contains("Pick people of this account only."))
            let stale = try await Self.post(
                client, session,
                [
                    ("csrf", csrf), ("version", "999"), ("date", "2026-11-20"), ("direction", "inbound"),
                    ("summary", "x"),
                ])
            #expect(stale.status == .conflict)
            let page = try await client.get("/deals/\(Self.deal)", cookie: "sameside_session=\(session)")
            #expect(!page.text.contains("<td>yesterday"))
            let (anna, annaCSRF) = try await CoachRouteTests.session(client, "anna@example.com")
            #expect(
                try await Self.post(client, anna, [("csrf", annaCSRF), ("version", version), ("summary", "x")]).status
                    == .notFound)
        }
    }
}
