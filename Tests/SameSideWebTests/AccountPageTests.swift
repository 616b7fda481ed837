import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SameSideCore
import Testing

@Suite("The account page: context, goals, people, ICP fit with reasons, the deals the user may see")
struct AccountPageTests {
    /// An account with a deal of Sam's and none of Anna's.
    static let samsAccount: Account = {
        let pipeline = WebFixture.pipeline
        let ownersOf = { (id: AccountID) in
            Set(pipeline.opportunities.filter { $0.accountId == id }.compactMap(\.owner))
        }
        return pipeline.accounts.first {
            ownersOf($0.id).contains("Sam Rivera") && !ownersOf($0.id).contains("Anna Kowal")
        }!
    }()

    @Test(
        "the owner's rep sees the account with its goals, fit and deals; the deal page links to it",
        arguments: WebTestDatabase.available)
    func ownAccount(database: WebTestDatabase) async throws {
        try await WebFixture.withApp(database) { client in
            let sam = try await client.token("sam@example.com")
            let page = try await client.get("/accounts/\(Self.samsAccount.id)", token: sam)
            #expect(page.status == .ok)
            let html = page.text
            #expect(html.contains(WebFixture.escaped(Self.samsAccount.name)))
            for goal in Self.samsAccount.goals { #expect(html.contains(WebFixture.escaped(goal.statement))) }
            #expect(html.contains("Fit with our Ideal Customer Profile"))
            let visible = WebFixture.pipeline.opportunities.filter {
                $0.accountId == Self.samsAccount.id && $0.owner == "Sam Rivera"
            }
            for deal in visible { #expect(html.contains(#"href="/deals/\#(deal.id)""#)) }
            let deal = try #require(visible.first { $0.status == .open })
            let dealPage = try await client.get("/deals/\(deal.id)", token: sam)
            #expect(dealPage.text.contains(#"href="/accounts/\#(Self.samsAccount.id)""#))
        }
    }

    @Test("another team's rep gets the same 404 as for an unknown account; an admin sees every account")
    func access() async throws {
        try await WebFixture.withApp(.memory) { client in
            let anna = try await client.token("anna@example.com")
            let hidden = try await client.get("/accounts/\(Self.samsAccount.id)", token: anna)
            let unknown = try await client.get("/accounts/no-such-account", token: anna)
            #expect(hidden.status == .notFound && unknown.status == .notFound)
            #expect(
                hidden.text.replacingOccurrences(of: Self.samsAccount.id.rawValue, with: "X")
                    == unknown.text.replacingOccurrences(of: "no-such-account", with: "X"))
            let admin = try await client.token("admin@example.com")
            for account in WebFixture.pipeline.accounts {
                #expect(try await client.get("/accounts/\(account.id)", token: admin).status == .ok, "\(account.id)")
            }
            let anonymous = try await client.get("/accounts/\(Self.samsAccount.id)")
            #expect(anonymous.status == .seeOther)
        }
    }

    @Test("hostile deal names are escaped on the account page")
    func escaping() async throws {
        try await WebFixture.withApp(.memory) { client in
            let admin = try await client.token("admin@example.com")
            let hostileDeal = try #require(
                WebFixture.pipeline.opportunities.first { $0.name == WebFixture.hostileName })
            let page = try await client.get("/accounts/\(hostileDeal.accountId)", token: admin)
            #expect(page.text.contains(WebFixture.escaped(WebFixture.hostileName)))
            #expect(!page.text.contains(WebFixture.hostileName))
        }
    }
}
