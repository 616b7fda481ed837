import Foundation
import Hummingbird
import HummingbirdTesting
import SameSideCore
import Testing

@Suite("Pipeline and deal: pagination, totals, filters, pages, escaping")
struct PipelineRouteTests {
    @Test("a page of deals carries the total and the per-currency sums over all matching deals")
    func paginationAndTotals() async throws {
        try await WebFixture.withApp(.memory) { client in
            let admin = try await client.token("admin@example.com")
            let open = WebFixture.openDeals(ownedBy: nil)
            let first = try await client.get("/api/deals?per_page=2&sort=name", token: admin).json
            let second = try await client.get("/api/deals?per_page=2&sort=name&page=2", token: admin).json
            let firstDeals = try #require(first["deals"] as? [[String: Any]])
            let secondDeals = try #require(second["deals"] as? [[String: Any]])
            #expect(firstDeals.count == 2 && secondDeals.count == 2)
            #expect(
                Set(firstDeals.compactMap { $0["id"] as? String }).isDisjoint(
                    with: secondDeals.compactMap { $0["id"] as? String }))
            #expect(first["total"] as? Int == open.count)
            let totals = try #require(first["totals"] as? [[String: Any]])
            #expect(totals.count == 1)
            #expect(totals.first?["currency"] as? String == WebFixture.pipeline.currency)
            let sum = open.compactMap(\.amount).reduce(0, +)
            #expect(abs((totals.first?["amount"] as? Double ?? -1) - sum) < 0.01)
            #expect(totals.first?["deals"] as? Int == open.count)
        }
    }

    @Test("filters narrow the list and the total; a bad filter value is a 400 naming it")
    func filters() async throws {
        try await WebFixture.withApp(.memory) { client in
            let admin = try await client.token("admin@example.com")
            let all = try #require(
                try await client.get("/api/deals?per_page=200", token: admin).json["deals"] as? [[String: Any]])
            let verdict = try #require(all.first?["verdict"] as? String)
            let filtered = try await client.get("/api/deals?per_page=200&verdict=\(verdict)", token: admin).json
            let deals = try #require(filtered["deals"] as? [[String: Any]])
            #expect(deals.allSatisfy { $0["verdict"] as? String == verdict })
            #expect(filtered["total"] as? Int == all.filter { $0["verdict"] as? String == verdict }.count)
            let unassigned = try await client.get("/api/deals?owner=unassigned&per_page=200", token: admin).json
            #expect(unassigned["total"] as? Int == WebFixture.openDeals(ownedBy: ["Jamie Ortiz"]).count)

            let bad = try await client.get("/api/deals?verdict=great", token: admin)
            #expect(bad.status == .badRequest)
            #expect(bad.text.contains("verdict"))
            #expect(try await client.get("/api/deals?per_page=0", token: admin).status == .badRequest)
            #expect(try await client.get("/?sort=nonsense", token: admin).status == .badRequest)
        }
    }

    @Test(
        "the pipeline page lists the visible deals with verdicts in words and escapes hostile names",
        arguments: WebTestDatabase.available)
    func pipelinePage(database: WebTestDatabase) async throws {
        try await WebFixture.withApp(database) { client in
            let anna = try await client.token("anna@example.com")
            let page = try await client.get("/?per_page=200", token: anna)
            #expect(page.status == .ok)
            let html = page.text
            #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Renewal"))
            #expect(!html.contains("<script>alert"))
            // The only script element is the app's own file.
            #expect(html.components(separatedBy: "<script").count == 2)
            for deal in WebFixture.openDeals(ownedBy: ["Sam Rivera"]) {
                #expect(!html.contains("/deals/\(deal.id.rawValue)\""), "Sam's deal \(deal.id) shown to Anna")
            }
            let labels = ["Customer pulling", "Progressing", "At risk", "Pushing the rope", "Not qualified"]
            #expect(labels.contains { html.contains(">\($0)</span>") })
        }
    }

    @Test("the deal page shows the deal's goals, steps and findings, escaped")
    func dealPage() async throws {
        try await WebFixture.withApp(.memory) { client in
            let sam = try await client.token("sam@example.com")
            let deal = WebFixture.openDeals(ownedBy: ["Sam Rivera"]).first!
            let page = try await client.get("/deals/\(deal.id.rawValue)", token: sam)
            #expect(page.status == .ok)
            #expect(page.text.contains("Buying steps"))
            if let step = deal.buyingProcess.first {
                #expect(page.text.contains(WebFixture.escaped(step.title)))
            }
            let hostile = WebFixture.openDeals(ownedBy: ["Anna Kowal"]).first!
            let annaPage = try await client.get(
                "/deals/\(hostile.id.rawValue)", token: try await client.token("anna@example.com"))
            #expect(annaPage.status == .ok)
            #expect(!annaPage.text.contains("<script>alert"))
        }
    }

    @Test("a 100 kB name with right-to-left and zero-width characters is kept exactly and shown escaped")
    func longAndRightToLeftText() async throws {
        try await WebFixture.withApp(.memory) { client in
            let sam = try await client.token("sam@example.com")
            let deal = try #require(WebFixture.openDeals(ownedBy: ["Sam Rivera"]).last)
            #expect(deal.name == WebFixture.longName)
            let list = try await client.get("/api/deals?per_page=200", token: sam).json
            let names = (list["deals"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
            #expect(names.contains(WebFixture.longName))
            let page = try await client.get("/deals/\(deal.id.rawValue)", token: sam)
            #expect(page.status == .ok)
            #expect(page.text.contains(WebFixture.escaped(WebFixture.longName)))
            #expect(!page.text.contains("<b>"))
        }
    }
}

@Suite("The deal page's business case, call plan and the coach's marks on our own messages")
struct DealPageExtrasTests {
    @Test("the where's-the-PO deal shows its call plan, a case section with its pack link, and marks on our chasing")
    func extras() async throws {
        try await WebFixture.withApp(.memory) { client in
            let admin = try await client.token("admin@example.com")
            let page = try await client.get("/deals/o-harbor-rollout", token: admin)
            #expect(page.status == .ok)
            let html = page.text
            #expect(html.contains("Call plan for the next meeting"))
            #expect(html.contains(#"id="case-h""#))
            #expect(html.contains(#"href="/deals/o-harbor-rollout/approval-pack""#))
            // Our "just checking in on the PO" email carries the coach's mark.
            #expect(html.contains("<mark>"))
            // No figures yet: the draft with the numbers still needed, as text.
            let draft = try await client.get("/deals/o-harbor-rollout/approval-pack", token: admin)
            #expect(draft.status == .ok)
            #expect(draft.text.hasPrefix("DRAFT business case"))
            #expect(html.contains("Numbers still needed"))
            // With figures: the printable pack, under a policy that allows inline styles and no script at all.
            let pack = try await client.get("/deals/o-northwind-line3/approval-pack", token: admin)
            #expect(pack.status == .ok)
            #expect(pack.text.hasPrefix("<!DOCTYPE html>"))
            let policy = pack.headers[.init("Content-Security-Policy")!] ?? ""
            #expect(policy.contains("default-src 'none'") && !policy.contains("script-src"))
            let withCase = try await client.get("/deals/o-northwind-line3", token: admin)
            #expect(withCase.text.contains("The printable approval pack"))
            let anna = try await client.token("anna@example.com")
            #expect(try await client.get("/deals/o-harbor-rollout/approval-pack", token: anna).status == .notFound)
        }
    }
}
