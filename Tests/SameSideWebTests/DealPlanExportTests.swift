import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import SameSideWeb

@Suite("The deal's plan for download: calendar, Markdown and JSON, ours or the customer's")
struct DealPlanExportTests {
    /// A fixture deal with an internal step ("Send proposal").
    static let dealWithInternalStep = "o-granite-oee"

    @Test(
        "ours lists every step, the customer's leaves internal ones out; others' deals 404, strangers 401",
        arguments: WebTestDatabase.available)
    func downloads(database: WebTestDatabase) async throws {
        try await WebFixture.withApp(database) { client in
            let admin = try await client.token("admin@example.com")
            let deal = Self.dealWithInternalStep
            let ours = try await client.get("/deals/\(deal)/plan.ics", token: admin)
            #expect(ours.status == .ok)
            #expect(ours.headers[.contentType]?.hasPrefix("text/calendar") == true)
            #expect(ours.text.hasPrefix("BEGIN:VCALENDAR") && ours.text.contains("Send proposal"))
            let theirs = try await client.get("/deals/\(deal)/plan.ics?audience=customer", token: admin)
            #expect(theirs.text.hasPrefix("BEGIN:VCALENDAR") && !theirs.text.contains("Send proposal"))
            let markdown = try await client.get("/deals/\(deal)/plan.md", token: admin)
            #expect(markdown.headers[.contentType]?.hasPrefix("text/markdown") == true)
            let json = try await client.get("/api/deals/\(deal)/plan?audience=customer", token: admin)
            #expect(json.status == .ok)
            #expect(try JSONSerialization.jsonObject(with: Data(json.text.utf8)) is [String: Any])
            #expect(!json.text.contains("Send proposal"))
            #expect(try await client.get("/api/deals/\(deal)/plan?format=pdf", token: admin).status == .badRequest)
            #expect(
                try await client.get("/deals/\(deal)/plan.ics?audience=everyone", token: admin).status == .badRequest)

            let page = try await client.get("/deals/\(deal)", token: admin)
            #expect(page.text.contains(#"<a href="/deals/\#(deal)/plan.ics">"#))

            let anna = try await client.get(
                "/deals/\(AccessRuleTests.samsDeal)/plan.ics", token: try await client.token("anna@example.com"))
            #expect(anna.status == .notFound)
            let sam = try await client.get(
                "/api/deals/\(AccessRuleTests.samsDeal)/plan?format=ics",
                token: try await client.token("sam@example.com"))
            #expect(sam.status == .ok)
            #expect(try await client.get("/api/deals/\(deal)/plan").status == .unauthorized)
        }
    }
}
