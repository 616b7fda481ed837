import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SameSideCore
import SameSideStore
import SameSideWeb
import Testing

@Suite("The deal page lists the links that share its plan, with status and last use")
struct DealShareLinksTests {
    @Test("an active and a revoked link show on their deal only, the contact escaped")
    func listed() async throws {
        let box = UserLifecycleTests.StoreBox()
        try await WebTestDatabase.memory.with { appConfig in
            let config = WebConfig(app: appConfig, bcryptCost: 4, maxFailedSignIns: 50)
            let app = try await buildApplication(
                config: config, clock: { 1_800_000_000 },
                prepare: { store in
                    try await WebFixture.load(into: store)
                    await box.set(store)
                })
            try await app.test(.router) { client in
                let store = try #require(await box.store)
                let deal = DealID(AccessRuleTests.samsDeal)
                _ = try await ShareLinks.create(
                    deal: deal, contact: "Ray <b>Ops</b>", days: 30, baseURL: "https://plans.example.com",
                    in: store, now: 1_800_000_000)
                let revoked = try await ShareLinks.create(
                    deal: deal, contact: "Former champion", days: 30, baseURL: "https://plans.example.com",
                    in: store, now: 1_800_000_000)
                let links = try #require(store as? any ShareLinkStore)
                _ = try await links.revokeShareLink(id: revoked.link.id, at: 1_800_000_100)
                let token = try await client.token("sam@example.com")
                let page = try await client.get("/deals/\(deal)", token: token)
                #expect(page.text.contains("The plan shared with the customer"))
                #expect(page.text.contains("<td>Ray &lt;b&gt;Ops&lt;/b&gt;</td>"))
                #expect(page.text.contains("<td>Active</td><td>never</td>"))
                #expect(page.text.contains("<td>Revoked</td>"))
                #expect(!page.text.contains(revoked.token))
                let other = try #require(WebFixture.openDeals(ownedBy: ["Sam Rivera"]).last?.id)
                #expect(other != deal)
                let otherPage = try await client.get("/deals/\(other)", token: token)
                #expect(!otherPage.text.contains("The plan shared with the customer"))
            }
        }
    }
}
