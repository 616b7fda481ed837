import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import SameSideWeb

@Suite("POST /api/deals/{id}/activities and POST /api/import: the activity form and the import page in JSON")
struct ActivitiesAndImportAPITests {
    static func post(
        _ client: any TestClientProtocol, _ uri: String, token: String, contentType: String = "application/json",
        _ body: String
    ) async throws -> TestResponse {
        try await client.execute(
            uri: uri, method: .post, headers: [.authorization: "Bearer \(token)", .contentType: contentType],
            body: ByteBuffer(string: body))
    }

    static func errorMessage(_ response: TestResponse) throws -> String {
        try (response.json["error"] as? [String: Any])?["message"] as? String ?? ""
    }

    @Test(
        "an activity is logged with 201 and shown escaped; stale 409, bad field 400, malformed 400, other team 404",
        arguments: WebTestDatabase.available)
    func activities(database: WebTestDatabase) async throws {
        try await WebFixture.withApp(database) { client in
            let sam = try await client.token("sam@example.com")
            let deal = AccessRuleTests.samsDeal
            let uri = "/api/deals/\(deal)/activities"
            let hostile = "<img src=x onerror=alert(1)> call \u{202E}gnol\u{202C} zero\u{200B}width"
            let created = try await Self.post(
                client, uri, token: sam,
                #"{"date":"2026-11-20","type":"call","direction":"inbound","initiatedBy":"customer","summary":"\#(hostile)"}"#
            )
            #expect(created.status == .created, "\(created.text)")
            let activity = try #require(try created.json["activity"] as? [String: Any])
            #expect(activity["summary"] as? String == hostile)
            #expect(activity["direction"] as? String == "inbound")
            let version = try #require(try created.json["dealVersion"] as? Int)
            let page = try await client.get("/deals/\(deal)", token: sam)
            #expect(page.text.contains("&lt;img src=x onerror=alert(1)&gt; call \u{202E}gnol\u{202C}"))
            #expect(!page.text.contains("<img src=x"))

            let stale = try await Self.post(
                client, uri, token: sam,
                #"{"date":"2026-11-21","direction":"outbound","summary":"again","dealVersion":\#(version - 1)}"#)
            #expect(stale.status == .conflict)
            let bad = try await Self.post(
                client, uri, token: sam, #"{"date":"2026-11-21","direction":"sideways","summary":"x"}"#)
            #expect(bad.status == .badRequest)
            #expect(try Self.errorMessage(bad).contains("direction"))
            let malformed = try await Self.post(client, uri, token: sam, #"{"date": 12"#)
            #expect(malformed.status == .badRequest)
            let wrongType = try await Self.post(client, uri, token: sam, #"{"date":20261121,"direction":"outbound"}"#)
            #expect(wrongType.status == .badRequest)
            let after = try await client.get("/deals/\(deal)", token: sam)
            #expect(after.text.components(separatedBy: "onerror=alert(1)").count == 2, "nothing else was logged")

            let anna = try await client.token("anna@example.com")
            let other = try await Self.post(
                client, uri, token: anna, #"{"date":"2026-11-21","direction":"outbound","summary":"x"}"#)
            #expect(other.status == .notFound)
        }
    }

    @Test(
        "an import is 200 with its summary; bad rows 422 each with line and column, nothing stored; reps 403",
        arguments: WebTestDatabase.available)
    func importing(database: WebTestDatabase) async throws {
        try await WebFixture.withApp(database) { client in
            let before = try await ImportRouteTests.total(client)
            let sam = try await client.token("sam@example.com")
            let refused = try await Self.post(
                client, "/api/import?source=salesforce", token: sam, contentType: "text/csv", ImportRouteTests.good)
            #expect(refused.status == .forbidden)

            let morgan = try await client.token("morgan@example.com")
            let rejected = try await Self.post(
                client, "/api/import?source=salesforce", token: morgan, contentType: "text/csv", ImportRouteTests.bad)
            #expect(rejected.status == .unprocessableContent)
            let error = try #require(try rejected.json["error"] as? [String: Any])
            #expect(error["code"] as? String == "import_rejected")
            #expect(error["badRowCount"] as? Int == 2)
            let rows = try #require(error["rows"] as? [[String: Any]])
            #expect(rows.map { $0["line"] as? Int } == [3, 4])
            #expect(rows.map { $0["columnName"] as? String } == ["Amount", "Close Date"])
            #expect(try await ImportRouteTests.total(client) == before)

            let noSource = try await Self.post(
                client, "/api/import", token: morgan, contentType: "text/csv", ImportRouteTests.good)
            #expect(noSource.status == .badRequest)
            #expect(try Self.errorMessage(noSource).contains("source"))
            let empty = try await Self.post(
                client, "/api/import?source=salesforce", token: morgan, contentType: "text/csv", "")
            #expect(empty.status == .badRequest)
            let badOrder = try await Self.post(
                client, "/api/import?source=salesforce&dateOrder=ymd", token: morgan, contentType: "text/csv",
                ImportRouteTests.good)
            #expect(badOrder.status == .badRequest)
            #expect(try await ImportRouteTests.total(client) == before)

            let imported = try await Self.post(
                client, "/api/import?source=salesforce&currency=EUR", token: morgan, contentType: "text/csv",
                ImportRouteTests.good)
            #expect(imported.status == .ok, "\(imported.text)")
            #expect((try imported.json["summary"] as? String)?.contains("2 deals created") == true, "\(imported.text)")
            #expect(try imported.json["notes"] is [Any])
        }
    }
}
