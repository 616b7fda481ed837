import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SameSideCore
import SameSideStore
import SameSideWeb
import Testing

/// Guessing tokens over a real connection: every guess is a bare 404 until the per-address limit answers 429.
@Suite("Share links: guessing tokens on 127.0.0.1")
struct ShareRateLimitTests {
    @Test("1,000 random tokens against the share route get 404, and the per-address limit engages")
    func randomTokensAreLimited() async throws {
        try await WebTestDatabase.memory.with { appConfig in
            let config = WebConfig(app: appConfig, host: "127.0.0.1", port: 0, bcryptCost: 4)
            let limit = config.shareRequestsPerAddress
            let app = try await buildApplication(
                config: config, clock: { 1_800_000_000 },
                prepare: { store in
                    try await WebFixture.load(into: store)
                    _ = try await ShareLinks.create(
                        deal: "o-northwind-line3", contact: "Tom Becker", days: 30, baseURL: "http://127.0.0.1",
                        in: store, now: 1_800_000_000)
                })
            try await app.test(.live) { client in
                #expect(client.port != nil)
                var statuses: [HTTPResponse.Status: Int] = [:]
                var firstLimited: Int?
                var retryAfter: String?
                var bodies = Set<String>()
                for index in 0..<1_000 {
                    let response = try await client.get("/share/\(Self.randomToken())")
                    statuses[response.status, default: 0] += 1
                    bodies.insert(response.text)
                    if response.status == .tooManyRequests, firstLimited == nil {
                        firstLimited = index
                        retryAfter = response.headers[.retryAfter]
                    }
                }
                #expect(Set(statuses.keys) == [.notFound, .tooManyRequests])
                #expect(statuses[.notFound] == limit, "each guess before the limit is a bare 404")
                #expect(firstLimited == limit)
                #expect(retryAfter.flatMap(Int.init).map { $0 > 0 } == true)
                #expect(bodies == ["Not found\n", "Too many requests\n"])
            }
        }
    }

    /// 32 random bytes in the shape of a real token, so that only the store lookup can tell it apart.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
}
