import Foundation
import Hummingbird
import HummingbirdTesting
import SameSideApp
import SameSideCore
import Testing

@Suite("Pipeline lists from stored reviews: search, close periods, teams, board, totals, metrics")
struct PipelineListTests {
    static func deals(_ response: TestResponse) throws -> [[String: Any]] {
        try #require(try response.json["deals"] as? [[String: Any]])
    }

    @Test(
        "search finds a deal by part of its name for a user who may see it, and nothing for one who may not",
        arguments: WebTestDatabase.available)
    func search(database: WebTestDatabase) async throws {
        try await WebFixture.withApp(database) { client in
            let admin = try await client.token("admin@example.com")
            let sam = try await client.get(
                "/api/deals?q=RENEWAL%20%3Cscript%3E", token: try await client.token("sam@example.com"))
            let found = try await client.get("/api/deals?q=RENEWAL%20%3Cscript%3E", token: admin)
            // The hostile name is Anna's deal (team west): the admin finds it, Sam (east) does not.
            #expect(try Self.deals(found).map { $0["name"] as? String } == [WebFixture.hostileName])
            #expect(try sam.json["total"] as? Int == 0)
            let page = try await client.get("/?q=renewal", token: admin)
            #expect(page.status == .ok)
            #expect(page.text.contains(WebFixture.escaped(WebFixture.hostileName)))
            #expect(page.text.contains("value=\"renewal\""))
            let tooMany = try await client.get("/api/deals?q=a%20b%20c%20d%20e%20f%20g%20h%20i", token: admin)
            #expect(tooMany.status == .badRequest)
        }
    }

    @Test("close periods are relative to the review's as-of day; a team filter picks that team's owners")
    func closePeriodsAndTeams() async throws {
        try await WebFixture.withApp(.memory) { client in
            let admin = try await client.token("admin@example.com")
            let asOf = try #require(WebFixture.pipeline.asOf)
            let open = WebFixture.openDeals(ownedBy: nil)
            let overdue = try await client.get("/api/deals?close=overdue&per_page=200", token: admin)
            let expectedOverdue = open.filter { ($0.closeDate.map { $0 < asOf }) ?? false }.map(\.id.rawValue)
            #expect(Set(try Self.deals(overdue).compactMap { $0["id"] as? String }) == Set(expectedOverdue))
            let (year, month, _) = asOf.components
            let startMonth = (month - 1) / 3 * 3 + 1
            let start = try #require(Day(year: year, month: startMonth, day: 1))
            let end = try #require(
                startMonth == 10
                    ? Day(year: year + 1, month: 1, day: 1) : Day(year: year, month: startMonth + 3, day: 1))
            let quarter = try await client.get("/api/deals?close=this-quarter&per_page=200", token: admin)
            let expectedQuarter = open.filter { ($0.closeDate.map { $0 >= start && $0 < end }) ?? false }
            #expect(
                Set(try Self.deals(quarter).compactMap { $0["id"] as? String })
                    == Set(expectedQuarter.map(\.id.rawValue)))
            let west = try await client.get("/api/deals?team=west&per_page=200", token: admin)
            #expect(
                Set(try Self.deals(west).compactMap { $0["id"] as? String })
                    == Set(WebFixture.openDeals(ownedBy: ["Anna Kowal"]).map(\.id.rawValue)))
            #expect(try await client.get("/api/deals?close=soon", token: admin).status == .badRequest)
        }
    }

    @Test(
        "totals per verdict and per stage add up to all matching deals, with the weighted sum by stage probability",
        arguments: WebTestDatabase.available)
    func totals(database: WebTestDatabase) async throws {
        try await WebFixture.withApp(database) { client in
            let morgan = try await client.token("morgan@example.com")
            let body = try await client.get("/api/deals?per_page=1", token: morgan).json
            let total = try #require(body["total"] as? Int)
            // Morgan manages east: Sam's deals and the unassigned (Jamie's) ones.
            #expect(total == WebFixture.openDeals(ownedBy: ["Sam Rivera", "Jamie Ortiz"]).count)
            let all = try Self.deals(try await client.get("/api/deals?per_page=200", token: morgan))
            for key in ["totalsByVerdict", "totalsByStage"] {
                let groups = try #require(body[key] as? [[String: Any]])
                #expect(groups.reduce(0) { $0 + ($1["deals"] as? Int ?? 0) } == total, "\(key)")
            }
            let weighted = all.reduce(0.0) { sum, deal in
                guard let amount = deal["amount"] as? Double,
                    let stage = BuyerStage(rawValue: deal["buyerVerifiedStage"] as? String ?? "")
                else { return sum }
                return sum + amount * StageWeights.probability(stage)
            }
            let overall = try #require((body["totals"] as? [[String: Any]])?.first)
            #expect(abs((overall["weightedAmount"] as? Double ?? -1) - weighted) < 0.01)
            #expect(all.allSatisfy { $0["verdictLabel"] is String && $0["pull"] is Int && $0["pressure"] is Int })
        }
    }

    @Test(
        "the board shows a column per buyer-verified stage with its totals, verdicts in words, no script needed",
        arguments: WebTestDatabase.available)
    func board(database: WebTestDatabase) async throws {
        try await WebFixture.withApp(database) { client in
            let anna = try await client.token("anna@example.com")
            let page = try await client.get("/?view=board&per_page=200", token: anna)
            #expect(page.status == .ok)
            let html = page.text
            for stage in BuyerStage.allCases {
                #expect(html.contains("<h2>\(stage.rawValue.prefix(1).uppercased() + stage.rawValue.dropFirst())</h2>"))
            }
            #expect(html.contains("class=\"card\""))
            #expect(html.contains(WebFixture.escaped(WebFixture.hostileName)))
            #expect(!html.contains("<script>alert"))
            for deal in WebFixture.openDeals(ownedBy: ["Sam Rivera"]) {
                #expect(!html.contains("/deals/\(deal.id.rawValue)\""), "Sam's deal \(deal.id) on Anna's board")
            }
            let labels = Verdict.worstFirst.map(\.label)
            #expect(labels.contains { html.contains(">\($0)</span>") })
            // The links keep the board and the filters.
            #expect(html.contains("href=\"/?sort=verdict&amp;per_page=200\""))
            #expect(try await client.get("/?view=cards", token: anna).status == .badRequest)
            #expect(try await client.get("/?view=board").status == .seeOther)
        }
    }

    @Test("GET /metrics: anonymous 401, a rep 404, an admin the request counts in Prometheus text")
    func metrics() async throws {
        try await WebFixture.withApp(.memory) { client in
            #expect(try await client.get("/metrics").status == .unauthorized)
            let sam = try await client.token("sam@example.com")
            #expect(try await client.get("/metrics", token: sam).status == .notFound)
            _ = try await client.get("/api/deals", token: sam)
            let admin = try await client.token("admin@example.com")
            let response = try await client.get("/metrics", token: admin)
            #expect(response.status == .ok)
            let text = response.text
            #expect(text.contains("# TYPE sameside_http_requests_total counter"))
            #expect(text.contains(#"sameside_http_requests_total{method="GET",route="/api/deals",status="200"} 1"#))
            #expect(text.contains("sameside_http_request_duration_seconds_bucket"))
            #expect(response.headers[.contentType]?.hasPrefix("text/plain") == true)
        }
    }
}
