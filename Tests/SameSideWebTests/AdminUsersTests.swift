import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SameSideCore
import Testing

@Suite("The admin's users page: roles, teams, disable and enable; 404 for anyone else")
struct AdminUsersTests {
    /// The form action of `email`'s role-and-team form on the users page.
    static func action(_ html: String, _ email: String) throws -> String {
        let row = try #require(html.components(separatedBy: "<tr>").first { $0.contains("<td>\(email) ") })
        let range = try #require(row.range(of: #"<form method="post" action=""#))
        let rest = row[range.upperBound...]
        return String(rest[..<rest.firstIndex(of: "\"")!])
    }

    @Test(
        "an admin moves a rep to another team and makes them a manager; the rep then sees that team's deals",
        arguments: WebTestDatabase.available)
    func setRoleAndTeam(database: WebTestDatabase) async throws {
        try await WebFixture.withApp(database) { client in
            let (admin, csrf) = try await CoachRouteTests.session(client, "admin@example.com")
            let page = try await client.get("/admin/users", cookie: "sameside_session=\(admin)")
            #expect(page.status == .ok)
            #expect(page.text.contains("anna@example.com") && page.text.contains(#"href="/admin/users""#))
            let anna = try Self.action(page.text, "anna@example.com")
            let samsDeal = AccessRuleTests.samsDeal
            let annaToken = try await client.token("anna@example.com")
            #expect(try await client.get("/api/deals/\(samsDeal)/review", token: annaToken).status == .notFound)
            let saved = try await client.postForm(
                anna, session: admin, [("csrf", csrf), ("role", "manager"), ("team", "east")])
            #expect(saved.status == .seeOther)
            #expect(try await client.get("/api/deals/\(samsDeal)/review", token: annaToken).status == .ok)
            let after = try await client.get("/admin/users", cookie: "sameside_session=\(admin)")
            #expect(after.text.contains(#"<option value="manager" selected>"#))

            let bad = try await client.postForm(anna, session: admin, [("csrf", csrf), ("role", "rep"), ("team", " ")])
            #expect(bad.status == .badRequest)
            #expect(bad.text.contains("needs a team"))
            let unknownRole = try await client.postForm(
                anna, session: admin, [("csrf", csrf), ("role", "<b>owner</b>"), ("team", "east")])
            #expect(unknownRole.status == .badRequest)
            #expect(unknownRole.text.contains("&lt;b&gt;owner&lt;/b&gt;"))
            let hostileTeam = "<script>alert('t')</script>\u{202E}\u{200D}east"
            let renamed = try await client.postForm(
                anna, session: admin, [("csrf", csrf), ("role", "manager"), ("team", hostileTeam)])
            #expect(renamed.status == .seeOther)
            let shown = try await client.get("/admin/users", cookie: "sameside_session=\(admin)").text
            #expect(shown.contains(WebFixture.escaped(hostileTeam)) && !shown.contains("<script>alert('t')"))
            let long = try await client.postForm(
                anna, session: admin,
                [("csrf", csrf), ("role", "manager"), ("team", String(repeating: "t", count: 100_000))])
            #expect(long.status == .badRequest)
            #expect(
                try await client.get("/admin/users", cookie: "sameside_session=\(admin)").text.contains(
                    WebFixture.escaped(hostileTeam)), "the refused change left the stored team as it was")
            let forged = try await client.postForm(anna, session: admin, [("csrf", "x"), ("role", "admin")])
            #expect(forged.status == .forbidden)
            let own = try Self.action(after.text, "admin@example.com")
            let demoted = try await client.postForm(
                own, session: admin, [("csrf", csrf), ("role", "rep"), ("team", "east")])
            #expect(demoted.status == .badRequest)
        }
    }

    @Test("disabling ends the user's sessions and sign-in; enabling lets them in again; non-admins get 404")
    func disableAndEnable() async throws {
        try await WebFixture.withApp(.memory) { client in
            let (admin, csrf) = try await CoachRouteTests.session(client, "admin@example.com")
            let page = try await client.get("/admin/users", cookie: "sameside_session=\(admin)")
            let sam = try Self.action(page.text, "sam@example.com")
            let samToken = try await client.token("sam@example.com")
            let disabled = try await client.postForm(sam + "/disable", session: admin, [("csrf", csrf)])
            #expect(disabled.status == .seeOther)
            #expect(try await client.get("/api/deals", token: samToken).status == .unauthorized)
            let login = try await SignInTests.login(
                client, #"{"email":"sam@example.com","password":"\#(WebFixture.password)"}"#)
            #expect(login.status == .unauthorized)
            #expect(
                try await client.get("/admin/users", cookie: "sameside_session=\(admin)").text.contains("Disabled"))
            let enabled = try await client.postForm(sam + "/enable", session: admin, [("csrf", csrf)])
            #expect(enabled.status == .seeOther)
            _ = try await client.token("sam@example.com")
            let own = try Self.action(page.text, "admin@example.com")
            #expect(try await client.postForm(own + "/disable", session: admin, [("csrf", csrf)]).status == .badRequest)

            let (morgan, morganCSRF) = try await CoachRouteTests.session(client, "morgan@example.com")
            #expect(try await client.get("/admin/users", cookie: "sameside_session=\(morgan)").status == .notFound)
            let refused = try await client.postForm(
                sam + "/disable", session: morgan, [("csrf", morganCSRF)])
            #expect(refused.status == .notFound)
            #expect(
                try await client.get("/api/deals", token: samToken).status == .unauthorized, "old token stays ended")
            let page2 = try await client.get("/admin/users", cookie: "sameside_session=\(morgan)")
            #expect(!page2.text.contains("sam@example.com"))
        }
    }
}
