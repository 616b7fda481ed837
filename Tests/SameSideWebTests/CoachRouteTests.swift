import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SameSideCore
import Testing

@testable import SameSideWeb

@Suite("The coach page and POST /api/coach: marks, suggestions, access rules and bad input")
struct CoachRouteTests {
    static let pushy =
        "Hi Dana, just following up again on my last three emails. We need the signed order by Friday to keep "
        + "the 20% discount, so please confirm today."

    /// A cookie session with its CSRF token, as a browser holds after signing in.
    static func session(_ client: any TestClientProtocol, _ email: String) async throws -> (String, String) {
        let login = try await SignInTests.login(
            client, #"{"email":"\#(email)","password":"\#(WebFixture.password)"}"#)
        return (try #require(login.cookie("sameside_session")), try #require(try login.json["csrfToken"] as? String))
    }

    static func post(
        _ client: any TestClientProtocol, session: String, fields: [(String, String)]
    ) async throws -> TestResponse {
        try await client.postForm("/coach", session: session, fields)
    }

    static func api(_ client: any TestClientProtocol, token: String, _ body: String) async throws -> TestResponse {
        try await client.execute(
            uri: "/api/coach", method: .post,
            headers: [.authorization: "Bearer \(token)", .contentType: "application/json"],
            body: ByteBuffer(string: body))
    }

    @Test("anonymous: the page redirects to sign-in and the API is 401")
    func anonymous() async throws {
        try await WebFixture.withApp(.memory) { client in
            let page = try await client.get("/coach")
            #expect(page.status == .seeOther)
            #expect(page.headers[.location] == "/signin")
            let api = try await client.execute(
                uri: "/api/coach", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: #"{"text":"hello"}"#))
            #expect(api.status == .unauthorized)
        }
    }

    @Test("a pasted message comes back with its pressure marked, numbered findings and the verdict in words")
    func marksAndSuggestions() async throws {
        try await WebFixture.withApp(.memory) { client in
            let (session, csrf) = try await Self.session(client, "sam@example.com")
            let empty = try await client.get("/coach", cookie: "sameside_session=\(session)")
            #expect(empty.status == .ok)
            #expect(empty.text.contains(#"<label for="message">"#) && empty.text.contains(#"<label for="kind">"#))

            let response = try await Self.post(
                client, session: session, fields: [("message", Self.pushy), ("kind", "email"), ("csrf", csrf)])
            #expect(response.status == .ok)
            let html = response.text
            #expect(html.contains("<mark>"))
            #expect(html.contains("Pressure"))
            #expect(html.contains(#"id="finding-1""#))
            #expect(html.contains("Seller centric") || html.contains("Mixed"))
            // The message is kept in the form for another try.
            #expect(html.contains("just following up again"))
        }
    }

    @Test("the form without its CSRF token is refused and coaches nothing")
    func csrf() async throws {
        try await WebFixture.withApp(.memory) { client in
            let (session, _) = try await Self.session(client, "sam@example.com")
            let forged = try await Self.post(
                client, session: session, fields: [("message", Self.pushy), ("csrf", "wrong")])
            #expect(forged.status == .forbidden)
            #expect(!forged.text.contains("<mark>"))
        }
    }

    @Test("hostile text is shown escaped in the form and in the marked message")
    func hostileText() async throws {
        try await WebFixture.withApp(.memory) { client in
            let (session, csrf) = try await Self.session(client, "sam@example.com")
            let hostile =
                "<script>alert('x')</script> \u{202E}\u{200D} We need your signature by Friday, just checking in "
                + "<img src=x onerror=alert(1)>"
            let response = try await Self.post(
                client, session: session, fields: [("message", hostile), ("kind", "email"), ("csrf", csrf)])
            #expect(response.status == .ok)
            #expect(!response.text.contains("<script>alert"))
            #expect(!response.text.contains("<img src=x"))
            #expect(response.text.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        }
    }

    @Test("a deal the user may not see is 'no deal' (404) on the page and in the API; their own deal works")
    func dealAccess() async throws {
        try await WebFixture.withApp(.memory) { client in
            let (session, csrf) = try await Self.session(client, "sam@example.com")
            let annas = AccessRuleTests.annasDeal
            let page = try await Self.post(
                client, session: session, fields: [("message", Self.pushy), ("deal", annas), ("csrf", csrf)])
            #expect(page.status == .notFound)
            #expect(!page.text.contains("<mark>"))

            let token = try await client.token("sam@example.com")
            let other = try await Self.api(client, token: token, #"{"text":"hello there","dealId":"\#(annas)"}"#)
            #expect(other.status == .notFound)
            let unknown = try await Self.api(client, token: token, #"{"text":"hello there","dealId":"no-such"}"#)
            #expect(other.text == unknown.text)

            let own = try await Self.api(
                client, token: token,
                #"{"text":"How is the line downtime project going on your side?","dealId":"\#(AccessRuleTests.samsDeal)"}"#
            )
            #expect(own.status == .ok)
            #expect(try own.json["goalAlignment"] != nil)
        }
    }

    @Test("the API returns the coach's JSON; bad bodies are 400 with a message")
    func apiShapeAndBadInput() async throws {
        try await WebFixture.withApp(.memory) { client in
            let token = try await client.token("anna@example.com")
            let ok = try await Self.api(
                client, token: token, #"{"text":\#(JSONSerializer.serialize(.string(Self.pushy))),"kind":"email"}"#)
            #expect(ok.status == .ok)
            let json = try ok.json
            #expect(json["verdict"] as? String != nil)
            let findings = try #require(json["findings"] as? [[String: Any]])
            #expect(findings.contains { $0["kind"] as? String == "pressure" })

            let bad: [String] = [
                "not json", #"{"kind":"email"}"#, #"{"text":42}"#, #"{"text":"hi","kind":"fax"}"#, #"{"text":"   "}"#,
                #"{"text":"\#(String(repeating: "a ", count: 150_000))"}"#,
            ]
            for body in bad {
                let response = try await Self.api(client, token: token, body)
                #expect(response.status == .badRequest, "\(body.prefix(40))")
                let error = try #require(try response.json["error"] as? [String: Any])
                #expect((error["message"] as? String)?.isEmpty == false)
            }
        }
    }

    @Test("marked runs cover the message exactly once, in order, even when spans overlap or run past the end")
    func segments() {
        let message = "Hello 👋🏽 there, act now or lose it"
        func finding(_ start: Int, _ end: Int) -> CoachFinding {
            CoachFinding(kind: .pressure, category: .falseUrgency, text: "", start: start, end: end, suggestion: "")
        }
        let count = message.unicodeScalars.count
        let segments = CoachView.segments(message, [finding(20, 27), finding(6, 8), finding(24, 30), finding(30, 99)])
        #expect(segments.map(\.text).joined() == message)
        #expect(segments.filter(\.marked).count == 4)
        #expect(segments.last?.marked == true)
        #expect(segments.compactMap(\.number) == [2, 1, 3, 4])
        #expect(CoachView.segments(message, [finding(count + 5, count + 9)]).map(\.text) == [message])
    }
}
