import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Server basics: health, headers, errors, OpenAPI")
struct ServerBasicsTests {
    @Test("healthz answers 200 when the store answers, with the security headers", arguments: WebTestDatabase.available)
    func healthz(database: WebTestDatabase) async throws {
        try await WebFixture.withApp(database) { client in
            let response = try await client.get("/healthz")
            #expect(response.status == .ok)
            let policy = try #require(response.headers[HTTPField.Name("Content-Security-Policy")!])
            #expect(policy.contains("frame-ancestors 'none'"))
            #expect(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"))
            #expect(response.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff")
            #expect(response.headers[HTTPField.Name("Referrer-Policy")!] != nil)
        }
    }

    @Test("an API error is JSON with a code and a message, and keeps the security headers")
    func apiErrorShape() async throws {
        try await WebFixture.withApp(.memory) { client in
            let response = try await client.get("/api/deals")
            #expect(response.status == .unauthorized)
            #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
            let error = try #require(try response.json["error"] as? [String: Any])
            #expect(error["code"] as? String == "unauthorized")
            #expect((error["message"] as? String)?.isEmpty == false)
            #expect(response.headers[HTTPField.Name("Content-Security-Policy")!] != nil)
        }
    }

    @Test("a page error is an HTML page with the same status")
    func pageErrorShape() async throws {
        try await WebFixture.withApp(.memory) { client in
            let token = try await client.token("sam@example.com")
            let response = try await client.get("/deals/no-such-deal", token: token)
            #expect(response.status == .notFound)
            #expect(response.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(response.text.contains("<h1>404"))
        }
    }

    @Test("the OpenAPI document is JSON and every operation it describes reaches a route of the app")
    func openAPI() async throws {
        try await WebFixture.withApp(.memory) { client in
            let response = try await client.get("/openapi.json")
            #expect(response.status == .ok)
            let paths = try #require(try response.json["paths"] as? [String: [String: Any]])
            #expect(
                Set(paths.keys).isSuperset(of: [
                    "/healthz", "/api/login", "/api/logout", "/api/deals", "/api/deals/{id}/review", "/metrics",
                    "/api/coach", "/api/deals/{id}/goals", "/api/deals/{id}", "/api/deals/{id}/activities",
                    "/api/import", "/api/deals/{id}/steps", "/api/deals/{id}/steps/{step}", "/api/deals/{id}/take",
                    "/api/deals/{id}/share-links", "/api/deals/{id}/share-links/{link}",
                ]))
            for (path, operations) in paths {
                let uri = path.replacingOccurrences(of: "{id}", with: "x").replacingOccurrences(
                    of: "{token}", with: "x"
                ).replacingOccurrences(of: "{step}", with: "x").replacingOccurrences(of: "{link}", with: "x")
                for method in operations.keys {
                    let answer = try await client.execute(
                        uri: uri, method: HTTPRequest.Method(rawValue: method.uppercased())!, headers: [:],
                        body: ByteBuffer(string: "{}"))
                    // Anonymous: a route answers 401, 400 or 200 (or a bare 404 for a share token); never 405.
                    #expect(answer.status != .methodNotAllowed, "\(method) \(path)")
                    if path.hasPrefix("/api/") && path != "/api/login" {
                        #expect(answer.status == .unauthorized, "\(method) \(path) answers a stranger \(answer.status)")
                    }
                    if !path.contains("{token}") && path != "/metrics" {
                        #expect(answer.status != .notFound, "\(method) \(path) is documented but has no route")
                    }
                }
            }
        }
    }

    @Test("the stylesheet and script are served by the app itself; other static names are 404")
    func staticFiles() async throws {
        try await WebFixture.withApp(.memory) { client in
            let css = try await client.get("/static/app.css")
            let script = try await client.get("/static/app.js")
            let other = try await client.get("/static/..%2FPackage.swift")
            #expect(css.headers[.contentType]?.hasPrefix("text/css") == true)
            #expect(script.status == .ok)
            #expect(other.status == .notFound)
        }
    }

    @Test("found by fuzzing: a huge page number is a 400 and a body over the limit a 413, never a crash or a 500")
    func fuzzedLimits() async throws {
        try await WebFixture.withApp(.memory) { client in
            let token = try await client.token("admin@example.com")
            for page in ["9223372036854775807", "1000001", "-1", "1e9"] {
                let response = try await client.get("/api/deals?page=\(page)", token: token)
                #expect(response.status == .badRequest, "page=\(page)")
            }
            #expect(try await client.get("/api/deals?page=1000000", token: token).status == .ok)
            let huge = ByteBuffer(string: #"{"text":""# + String(repeating: "a", count: 1_100_000) + #""}"#)
            let tooLarge = try await client.execute(
                uri: "/api/coach", method: .post,
                headers: [.authorization: "Bearer \(token)", .contentType: "application/json"], body: huge)
            #expect(tooLarge.status == .contentTooLarge)
            let error = try #require(try tooLarge.json["error"] as? [String: Any])
            #expect(error["code"] as? String == "too_large")
        }
    }
}
