import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Signing in and out: API, form, cookies, CSRF, throttle")
struct SignInTests {
    static func login(_ client: any TestClientProtocol, _ body: String) async throws -> TestResponse {
        try await client.execute(
            uri: "/api/login", method: .post, headers: [.contentType: "application/json"],
            body: ByteBuffer(string: body))
    }

    @Test(
        "the right password gives a token and an HttpOnly SameSite=Lax cookie; a wrong one 401",
        arguments: WebTestDatabase.available)
    func apiLogin(database: WebTestDatabase) async throws {
        try await WebFixture.withApp(database) { client in
            let good = try await Self.login(
                client, #"{"email":"SAM@example.com","password":"\#(WebFixture.password)"}"#)
            #expect(good.status == .ok)
            #expect((try good.json["token"] as? String)?.count ?? 0 >= 40)
            let cookie = try #require(good.setCookieHeader("sameside_session"))
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && !cookie.contains("Secure"))
            let bad = try await Self.login(client, #"{"email":"sam@example.com","password":"wrong password"}"#)
            #expect(bad.status == .unauthorized)
            let nobody = try await Self.login(client, #"{"email":"nobody@example.com","password":"whatever1234"}"#)
            #expect(nobody.status == .unauthorized)
        }
    }

    @Test("a malformed or incomplete JSON body is a 400 that says what is wrong")
    func malformedBody() async throws {
        try await WebFixture.withApp(.memory) { client in
            let broken = try await Self.login(client, #"{"email": "sam@example.com", "#)
            #expect(broken.status == .badRequest)
            #expect((try broken.json["error"] as? [String: Any])?["code"] as? String == "bad_request")
            let missing = try await Self.login(client, #"{"email": "sam@example.com"}"#)
            #expect(missing.status == .badRequest)
            #expect(missing.text.contains("password"))
        }
    }

    @Test("after repeated failures sign-in is refused for a while, even with the right password")
    func throttle() async throws {
        try await WebFixture.withApp(.memory) { client in
            for _ in 0..<3 {
                let bad = try await Self.login(client, #"{"email":"anna@example.com","password":"wrong password"}"#)
                #expect(bad.status == .unauthorized)
            }
            let blocked = try await Self.login(
                client, #"{"email":"anna@example.com","password":"\#(WebFixture.password)"}"#)
            #expect(blocked.status == .tooManyRequests)
            #expect(blocked.headers[.retryAfter] != nil)
            // Another user is not affected.
            _ = try await client.token("sam@example.com")
        }
    }

    @Test("signing out with the bearer token ends the session")
    func apiLogout() async throws {
        try await WebFixture.withApp(.memory) { client in
            let token = try await client.token("sam@example.com")
            #expect(try await client.get("/api/deals", token: token).status == .ok)
            let out = try await client.execute(
                uri: "/api/logout", method: .post, headers: [.authorization: "Bearer \(token)"])
            #expect(out.status == .noContent)
            #expect(try await client.get("/api/deals", token: token).status == .unauthorized)
        }
    }

    @Test("an API write made with the session cookie needs the CSRF token")
    func cookieWriteNeedsCSRF() async throws {
        try await WebFixture.withApp(.memory) { client in
            let login = try await Self.login(
                client, #"{"email":"sam@example.com","password":"\#(WebFixture.password)"}"#)
            let session = try #require(login.cookie("sameside_session"))
            let csrf = try #require(try login.json["csrfToken"] as? String)
            let refused = try await client.execute(
                uri: "/api/logout", method: .post, headers: [.cookie: "sameside_session=\(session)"])
            #expect(refused.status == .forbidden)
            #expect(try await client.get("/api/deals", cookie: "sameside_session=\(session)").status == .ok)
            var headers: HTTPFields = [.cookie: "sameside_session=\(session)"]
            headers[HTTPField.Name("X-CSRF-Token")!] = csrf
            let accepted = try await client.execute(uri: "/api/logout", method: .post, headers: headers)
            #expect(accepted.status == .noContent)
        }
    }

    @Test(
        "the sign-in form needs its CSRF token, renews the session id and signs out with the page's token",
        arguments: WebTestDatabase.available)
    func formSignIn(database: WebTestDatabase) async throws {
        try await WebFixture.withApp(database) { client in
            let page = try await client.get("/signin")
            #expect(page.status == .ok)
            #expect(page.text.contains(#"<label for="email">"#) && page.text.contains(#"<label for="password">"#))
            let formToken = try #require(page.cookie("sameside_signin"))
            #expect(page.text.contains(#"name="csrf" value="\#(formToken)""#))
            let form =
                "email=sam%40example.com&password=\(WebFixture.password.replacingOccurrences(of: " ", with: "+"))"
            let formType: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

            var withoutToken = formType
            withoutToken[.cookie] = "sameside_signin=\(formToken)"
            let forged = try await client.execute(
                uri: "/signin", method: .post, headers: withoutToken, body: ByteBuffer(string: form))
            #expect(forged.status == .forbidden)

            // An earlier session in the browser is replaced by a new id at sign-in.
            let earlier = try await client.token("sam@example.com")
            var headers = formType
            headers[.cookie] = "sameside_signin=\(formToken); sameside_session=\(earlier)"
            let signedIn = try await client.execute(
                uri: "/signin", method: .post, headers: headers, body: ByteBuffer(string: form + "&csrf=\(formToken)"))
            #expect(signedIn.status == .seeOther)
            #expect(signedIn.headers[.location] == "/")
            let session = try #require(signedIn.cookie("sameside_session"))
            #expect(session != earlier)
            #expect(try await client.get("/api/deals", token: earlier).status == .unauthorized)

            let pipeline = try await client.get("/", cookie: "sameside_session=\(session)")
            #expect(pipeline.status == .ok)
            let csrf = try #require(Self.hiddenCSRF(in: pipeline.text))
            var outHeaders = formType
            outHeaders[.cookie] = "sameside_session=\(session)"
            let forgedOut = try await client.execute(
                uri: "/signout", method: .post, headers: outHeaders, body: ByteBuffer(string: "csrf=wrong"))
            #expect(forgedOut.status == .forbidden)
            let out = try await client.execute(
                uri: "/signout", method: .post, headers: outHeaders, body: ByteBuffer(string: "csrf=\(csrf)"))
            #expect(out.status == .seeOther)
            #expect(try await client.get("/", cookie: "sameside_session=\(session)").status == .seeOther)
        }
    }

    @Test("a wrong password on the form shows the page again with 401 and the email escaped")
    func formFailureEscapes() async throws {
        try await WebFixture.withApp(.memory) { client in
            let formToken = try #require(try await client.get("/signin").cookie("sameside_signin"))
            let hostile = "%3Cscript%3Ealert(1)%3C%2Fscript%3E%40example.com"
            let response = try await client.execute(
                uri: "/signin", method: .post,
                headers: [.contentType: "application/x-www-form-urlencoded", .cookie: "sameside_signin=\(formToken)"],
                body: ByteBuffer(string: "email=\(hostile)&password=nope&csrf=\(formToken)"))
            #expect(response.status == .unauthorized)
            #expect(response.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;@example.com"))
            #expect(!response.text.contains("<script>alert(1)"))
        }
    }

    static func hiddenCSRF(in html: String) -> String? {
        guard let range = html.range(of: #"name="csrf" value=""#) else { return nil }
        let rest = html[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }
}
