import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SameSideCore
import Testing

@Suite("Adding and editing a deal's buying steps: the date log, dependencies, access, conflicts, hostile text")
struct StepFormTests {
    static let deal = AccessRuleTests.samsDeal
    /// A step of the deal with a due date, in progress (the OT security review of the demo).
    static let step = "b4"

    static func post(
        _ client: any TestClientProtocol, _ session: String, step: String? = nil, _ fields: [(String, String)]
    ) async throws -> TestResponse {
        try await client.postForm("/deals/\(deal)/steps" + (step.map { "/\($0)" } ?? ""), session: session, fields)
    }

    static func form(
        _ client: any TestClientProtocol, _ session: String, step: String? = nil
    ) async throws
        -> TestResponse
    {
        let path = step.map { "/deals/\(deal)/steps/\($0)/edit" } ?? "/deals/\(deal)/steps/new"
        return try await client.get(path, cookie: "sameside_session=\(session)")
    }

    static func version(_ client: any TestClientProtocol, _ session: String) async throws -> String {
        try #require(DealFormTests.version(try await form(client, session).text))
    }

    @Test(
        "the owner adds a step that waits for another, due 10 days after it; the deal page lists it",
        arguments: WebTestDatabase.available)
    func add(database: WebTestDatabase) async throws {
        try await WebFixture.withApp(database) { client in
            let (session, csrf) = try await CoachRouteTests.session(client, "sam@example.com")
            let page = try await client.get("/deals/\(Self.deal)", cookie: "sameside_session=\(session)")
            #expect(page.text.contains("/deals/\(Self.deal)/steps/new"))
            #expect(page.text.contains("/deals/\(Self.deal)/steps/\(Self.step)/edit"))
            let saved = try await Self.post(
                client, session,
                [
                    ("csrf", csrf), ("version", try await Self.version(client, session)),
                    ("title", "Legal <b>reviews</b> the order form"), ("kind", "legal"), ("owner", "customer"),
                    ("ownerStakeholderId", "s-nw-proc"), ("dueAfterStep", "b6"), ("dueAfterDays", "10"),
                    ("dependsOn[]", ""), ("dependsOn[]", "b6"), ("status", "not-started"), ("visibility", "shared"),
                ])
            #expect(saved.status == .seeOther, "\(saved.text.prefix(400))")
            #expect(saved.headers[.location] == "/deals/\(Self.deal)#steps-h")
            let after = try await client.get("/deals/\(Self.deal)", cookie: "sameside_session=\(session)")
            #expect(after.text.contains("Legal &lt;b&gt;reviews&lt;/b&gt; the order form"))
            // b6 is due 2026-12-09, so the new step is due ten days later.
            #expect(after.text.contains("2026-12-19"))
            #expect(after.text.contains("Lena Vogel"))
        }
    }

    @Test("moving a due date asks who moved it and why; each move is logged and the review sees them")
    func moveDueDate() async throws {
        try await WebFixture.withApp(.memory) { client in
            let (session, csrf) = try await CoachRouteTests.session(client, "sam@example.com")
            let form = try await Self.form(client, session, step: Self.step)
            #expect(form.status == .ok)
            #expect(form.text.contains("Who moved the date") && form.text.contains("The date was never real"))
            let version = try #require(DealFormTests.version(form.text))
            let unexplained = try await Self.post(
                client, session, step: Self.step, [("csrf", csrf), ("version", version), ("due", "2026-12-20")])
            #expect(unexplained.status == .badRequest)
            #expect(unexplained.text.contains(#"id="movedBy-error""#))
            #expect(unexplained.text.contains(#"id="moveReason-error""#))
            #expect(try await Self.version(client, session) == version, "nothing saved")

            let first = try await Self.post(
                client, session, step: Self.step,
                [
                    ("csrf", csrf), ("version", version), ("due", "2026-12-20"), ("movedBy", "seller"),
                    ("moveReason", "date-never-real"),
                ])
            #expect(first.status == .seeOther, "\(first.text.prefix(400))")
            let second = try await Self.post(
                client, session, step: Self.step,
                [
                    ("csrf", csrf), ("version", try await Self.version(client, session)), ("due", "2027-01-20"),
                    ("movedBy", "customer"), ("moveReasonText", "Tom's team is at the <plant> audit"),
                ])
            #expect(second.status == .seeOther)
            let token = try await client.token("sam@example.com")
            let api = try await StepsAPITests.patch(
                client, token: token, step: Self.step,
                #"{"version":\#(try await Self.version(client, session))}"#)
            let changes = try #require((try api.json["step"] as? [String: Any])?["dueChanges"] as? [[String: Any]])
            #expect(changes.count == 2)
            #expect(changes.first?["from"] as? String == "2026-11-28")
            #expect(changes.first?["reason"] as? String == "date-never-real")
            #expect(changes.first?["movedBy"] as? String == "seller")
            #expect(changes.last?["reason"] as? String == "other")
            #expect(changes.last?["reasonText"] as? String == "Tom's team is at the <plant> audit")
            #expect(changes.last?["changedOn"] as? String == "2027-01-15")
            let page = try await client.get("/deals/\(Self.deal)", cookie: "sameside_session=\(session)")
            #expect(page.text.contains("We keep moving the customer&#39;s dates"))
            #expect(page.text.contains("Tom&#39;s team is at the &lt;plant&gt; audit"), "the typed reason, escaped")
            #expect(page.text.contains("2027-01-20"))
        }
    }

    @Test("status done records the day; bad choices, self-dependency and unknown steps are named; nothing saved")
    func validation() async throws {
        try await WebFixture.withApp(.memory) { client in
            let (session, csrf) = try await CoachRouteTests.session(client, "sam@example.com")
            let version = try await Self.version(client, session)
            let bad = try await Self.post(
                client, session, step: Self.step,
                [
                    ("csrf", csrf), ("version", version), ("title", " "), ("status", "finished"), ("owner", "nobody"),
                    ("ownerStakeholderId", "s-unknown"), ("dependsOn[]", Self.step), ("dueAfterStep", "b99"),
                    ("dueAfterDays", "-3"), ("kind", "party"),
                ])
            #expect(bad.status == .badRequest)
            for field in [
                "title", "status", "owner", "ownerStakeholderId", "dependsOn", "dueAfterStep", "dueAfterDays", "kind",
            ] {
                #expect(bad.text.contains(#"id="\#(field)-error""#), "\(field)")
            }
            #expect(try await Self.version(client, session) == version)
            let missing = try await Self.form(client, session, step: "b99")
            #expect(missing.status == .notFound)
            let noVersion = try await Self.post(client, session, step: Self.step, [("csrf", csrf), ("title", "x")])
            #expect(noVersion.status == .badRequest)
            let forged = try await Self.post(
                client, session, step: Self.step, [("csrf", "forged"), ("version", version), ("title", "x")])
            #expect(forged.status == .forbidden)
            #expect(try await Self.version(client, session) == version)
        }
    }

    @Test("a stale version is a 409 that keeps the input; another team's rep gets 404; the manager may edit")
    func conflictAndAccess() async throws {
        try await WebFixture.withApp(.memory) { client in
            let (sam, samCSRF) = try await CoachRouteTests.session(client, "sam@example.com")
            let (morgan, morganCSRF) = try await CoachRouteTests.session(client, "morgan@example.com")
            let stale = try await Self.version(client, sam)
            let first = try await Self.post(
                client, morgan, step: Self.step,
                [("csrf", morganCSRF), ("version", stale), ("title", "Morgan's security review")])
            #expect(first.status == .seeOther)
            let second = try await Self.post(
                client, sam, step: Self.step, [("csrf", samCSRF), ("version", stale), ("title", "Sam's title")])
            #expect(second.status == .conflict)
            #expect(second.text.contains(#"value="Sam&#39;s title""#))
            #expect(second.text.contains("Morgan&#39;s security review"))
            let (anna, annaCSRF) = try await CoachRouteTests.session(client, "anna@example.com")
            #expect(try await Self.form(client, anna, step: Self.step).status == .notFound)
            let refused = try await Self.post(
                client, anna, step: Self.step, [("csrf", annaCSRF), ("version", stale), ("title", "x")])
            #expect(refused.status == .notFound)
        }
    }

    @Test(
        "script tags, right-to-left and zero-width text and 100 kB in every text field are stored and shown escaped",
        arguments: WebTestDatabase.available)
    func hostileText(database: WebTestDatabase) async throws {
        try await WebFixture.withApp(database) { client in
            let (session, csrf) = try await CoachRouteTests.session(client, "sam@example.com")
            let hostile =
                "<script>alert('s')</script> \u{05E9}\u{200D}\u{202E}step " + String(repeating: "z", count: 100_000)
            let saved = try await Self.post(
                client, session,
                [
                    ("csrf", csrf), ("version", try await Self.version(client, session)), ("title", hostile),
                    ("ownerName", hostile), ("blocker", hostile), ("evidence", hostile),
                ])
            #expect(saved.status == .seeOther)
            let page = try await client.get("/deals/\(Self.deal)", cookie: "sameside_session=\(session)")
            #expect(page.text.contains(WebFixture.escaped(hostile)))
            #expect(!page.text.contains("<script>alert('s')"))
            let edit = try await client.get("/deals/\(Self.deal)/steps/b9/edit", cookie: "sameside_session=\(session)")
            #expect(edit.status == .ok)
            #expect(edit.text.components(separatedBy: WebFixture.escaped(hostile)).count == 5)
            #expect(!edit.text.contains("<script>alert('s')"))
        }
    }
}

@Suite("POST /api/deals/{id}/steps and PATCH /api/deals/{id}/steps/{step}: the step form in JSON")
struct StepsAPITests {
    static func patch(
        _ client: any TestClientProtocol, token: String, step: String, _ body: String
    ) async throws -> TestResponse {
        try await client.execute(
            uri: "/api/deals/\(StepFormTests.deal)/steps/\(step)", method: .patch,
            headers: [.authorization: "Bearer \(token)", .contentType: "application/json"],
            body: ByteBuffer(string: body))
    }

    static func add(_ client: any TestClientProtocol, token: String, _ body: String) async throws -> TestResponse {
        try await client.execute(
            uri: "/api/deals/\(StepFormTests.deal)/steps", method: .post,
            headers: [.authorization: "Bearer \(token)", .contentType: "application/json"],
            body: ByteBuffer(string: body))
    }

    @Test("201 with the step; left-out fields stay and null clears; a move needs who and why; 409, 400, 404")
    func api() async throws {
        try await WebFixture.withApp(.memory) { client in
            let sam = try await client.token("sam@example.com")
            let created = try await Self.add(
                client, token: sam,
                #"{"version":1,"title":"Kickoff call booked","owner":"joint","due":"2027-02-01","internal":true,"dependsOn":["b8"]}"#
            )
            #expect(created.status == .created, "\(created.text)")
            let step = try #require(try created.json["step"] as? [String: Any])
            #expect(step["id"] as? String == "b9")
            #expect(step["internal"] as? Bool == true)
            #expect(step["dependsOn"] as? [String] == ["b8"])
            let version = try #require(try created.json["version"] as? Int)
            let cleared = try await Self.patch(
                client, token: sam, step: "b9", #"{"version":\#(version),"dependsOn":null,"status":"done"}"#)
            #expect(cleared.status == .ok, "\(cleared.text)")
            let edited = try #require(try cleared.json["step"] as? [String: Any])
            #expect(edited["title"] as? String == "Kickoff call booked")
            #expect((edited["dependsOn"] as? [String])?.isEmpty == true)
            #expect(edited["completed"] as? String == "2027-01-15")
            let unexplained = try await Self.patch(
                client, token: sam, step: "b9", #"{"version":\#(version + 1),"due":"2027-03-01"}"#)
            #expect(unexplained.status == .badRequest)
            #expect(
                try unexplained.json["error"].flatMap { ($0 as? [String: Any])?["message"] as? String }?
                    .contains("movedBy") == true)
            let moved = try await Self.patch(
                client, token: sam, step: "b9",
                #"{"version":\#(version + 1),"due":"2027-03-01","movedBy":"customer","moveReason":"waiting-on-third-party"}"#
            )
            #expect(moved.status == .ok)
            #expect(
                try await Self.patch(client, token: sam, step: "b9", #"{"version":1,"title":"late"}"#).status
                    == .conflict)
            #expect(try await Self.patch(client, token: sam, step: "b9", #"{"version": "#).status == .badRequest)
            #expect(try await Self.patch(client, token: sam, step: "b9", #"{"title":"x"}"#).status == .badRequest)
            #expect(
                try await Self.patch(client, token: sam, step: "b9", #"{"version":3,"colour":"red"}"#).status
                    == .badRequest)
            #expect(try await Self.patch(client, token: sam, step: "b77", #"{"version":3}"#).status == .notFound)
            let anna = try await client.token("anna@example.com")
            #expect(try await Self.patch(client, token: anna, step: "b9", #"{"version":3}"#).status == .notFound)
        }
    }
}
