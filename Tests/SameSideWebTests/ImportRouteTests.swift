import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SameSideCore
import Testing

@testable import SameSideWeb

@Suite("The import page: upload, summary, every bad row with its line and column, nothing stored on error")
struct ImportRouteTests {
    static let boundary = "----SameSideTestBoundary7MA4YWxk"
    static let good =
        "Opportunity ID,Opportunity Name,Account Name,Stage,Amount,Close Date,Opportunity Owner\n"
        + "web-1,Line monitoring,Acme Tools,Prospecting,12000,1/15/2027,Sam Rivera\n"
        + "web-2,<script>alert(1)</script> pilot,Acme Tools,Qualification,8000,2/1/2027,Sam Rivera\n"
    static let bad =
        "Opportunity ID,Opportunity Name,Account Name,Stage,Amount,Close Date\n"
        + "web-3,Good row,Beta Co,Prospecting,5000,1/15/2027\n"
        + "web-4,Bad amount,Beta Co,Prospecting,lots,1/15/2027\n"
        + "web-5,Bad date,Beta Co,Prospecting,7000,someday\n"

    /// A `multipart/form-data` body as a browser sends the import form.
    static func body(_ fields: [(String, String)], file: String?, fileName: String = "deals.csv") -> String {
        var text = ""
        for (name, value) in fields {
            text += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
        }
        if let file {
            text +=
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(fileName)\"\r\n"
                + "Content-Type: text/csv\r\n\r\n\(file)\r\n"
        }
        return text + "--\(boundary)--\r\n"
    }

    static func upload(
        _ client: any TestClientProtocol, session: String, body: String,
        contentType: String = "multipart/form-data; boundary=\(boundary)"
    ) async throws -> TestResponse {
        try await client.execute(
            uri: "/import", method: .post,
            headers: [.contentType: contentType, .cookie: "sameside_session=\(session)"],
            body: ByteBuffer(string: body))
    }

    static func total(_ client: any TestClientProtocol) async throws -> Int {
        let admin = try await client.token("admin@example.com")
        let list = try await client.get("/api/deals?per_page=1", token: admin)
        return try #require(try list.json["total"] as? Int)
    }

    @Test("a rep is told importing is for managers; a manager gets the labelled form")
    func roles() async throws {
        try await WebFixture.withApp(.memory) { client in
            let (rep, csrf) = try await CoachRouteTests.session(client, "sam@example.com")
            #expect(try await client.get("/import", cookie: "sameside_session=\(rep)").status == .forbidden)
            let refused = try await Self.upload(
                client, session: rep, body: Self.body([("csrf", csrf), ("source", "salesforce")], file: Self.good))
            #expect(refused.status == .forbidden)
            let (manager, _) = try await CoachRouteTests.session(client, "morgan@example.com")
            let page = try await client.get("/import", cookie: "sameside_session=\(manager)")
            #expect(page.status == .ok)
            for field in ["file", "source", "currency", "dateOrder"] {
                #expect(page.text.contains(#"<label for="\#(field)">"#), "\(field)")
            }
            #expect(page.text.contains(#"enctype="multipart/form-data""#))
        }
    }

    @Test(
        "a good CSV is imported and summarised, with hostile cells escaped on the pipeline",
        arguments: WebTestDatabase.available)
    func goodUpload(database: WebTestDatabase) async throws {
        try await WebFixture.withApp(database) { client in
            let before = try await Self.total(client)
            let (manager, csrf) = try await CoachRouteTests.session(client, "morgan@example.com")
            let response = try await Self.upload(
                client, session: manager,
                body: Self.body([("csrf", csrf), ("source", "salesforce"), ("currency", "EUR")], file: Self.good))
            #expect(response.status == .ok, "\(response.text.prefix(300))")
            #expect(response.text.contains("2 rows read: 2 deals created"))
            #expect(try await Self.total(client) == before + 2)
            let pipeline = try await client.get("/?per_page=200", cookie: "sameside_session=\(manager)")
            #expect(pipeline.text.contains("&lt;script&gt;alert(1)&lt;/script&gt; pilot"))
            #expect(!pipeline.text.contains("<script>alert(1)"))
        }
    }

    @Test("a CSV with bad rows lists each with line, column and what was wrong, and stores nothing")
    func badRows() async throws {
        try await WebFixture.withApp(.memory) { client in
            let before = try await Self.total(client)
            let (manager, csrf) = try await CoachRouteTests.session(client, "morgan@example.com")
            let response = try await Self.upload(
                client, session: manager,
                body: Self.body([("csrf", csrf), ("source", "salesforce")], file: Self.bad, fileName: "bad <x>.csv"))
            #expect(response.status == .unprocessableContent)
            let html = response.text
            #expect(html.contains("Nothing was imported"))
            #expect(html.contains("bad &lt;x&gt;.csv"))
            #expect(html.contains("<td>3</td><td>5 (Amount)</td>"), "\(html)")
            #expect(html.contains("<td>4</td><td>6 (Close Date)</td>"), "\(html)")
            #expect(try await Self.total(client) == before)
        }
    }

    @Test("a forged, empty, non-multipart or unreadable upload is refused with a message and stores nothing")
    func refusedUploads() async throws {
        try await WebFixture.withApp(.memory) { client in
            let before = try await Self.total(client)
            let (manager, csrf) = try await CoachRouteTests.session(client, "morgan@example.com")
            let forged = try await Self.upload(
                client, session: manager,
                body: Self.body([("csrf", "nope"), ("source", "salesforce")], file: Self.good))
            #expect(forged.status == .forbidden)
            let empty = try await Self.upload(
                client, session: manager, body: Self.body([("csrf", csrf), ("source", "salesforce")], file: ""))
            #expect(empty.status == .badRequest)
            #expect(empty.text.contains("Choose a file"))
            let noKind = try await Self.upload(
                client, session: manager, body: Self.body([("csrf", csrf), ("source", "excel")], file: Self.good))
            #expect(noKind.status == .badRequest)
            let urlEncoded = try await Self.upload(
                client, session: manager, body: "csrf=\(csrf)", contentType: "application/x-www-form-urlencoded")
            #expect(urlEncoded.status == .badRequest)
            let broken = try await Self.upload(client, session: manager, body: "--nonsense\r\nno parts here")
            #expect(broken.status == .badRequest || broken.status == .forbidden)
            let badPipeline = try await Self.upload(
                client, session: manager,
                body: Self.body([("csrf", csrf), ("source", "pipeline")], file: "{\"format\": 12", fileName: "p.json"))
            #expect(badPipeline.status == .unprocessableContent)
            #expect(badPipeline.text.contains("role=\"alert\""))
            #expect(try await Self.total(client) == before)
        }
    }

    @Test("Content-Disposition parameters and the boundary are read with or without quotes")
    func multipartParameters() {
        let parameters = MultipartForm.parameters(#"form-data; name="file"; filename="C:\deals\q4.csv""#)
        #expect(parameters["name"] == "file")
        #expect(parameters["filename"] == #"C:\deals\q4.csv"#)
        #expect(MultipartForm.boundary(of: "multipart/form-data; boundary=\"abc\"") == "abc")
        #expect(MultipartForm.boundary(of: "multipart/form-data; charset=utf-8; boundary=xyz") == "xyz")
        #expect(MultipartForm.boundary(of: "multipart/form-data") == nil)
        let part = MultipartForm.Part(name: "file", fileName: #"C:\deals\q4.csv"#, body: ByteBuffer())
        #expect(ImportPage.fileName(of: part) == "q4.csv")
    }
}
