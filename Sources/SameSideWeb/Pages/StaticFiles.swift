import Foundation
import Hummingbird

/// Serves the stylesheet and the small script from the module's resources (no CDN; works offline).
struct StaticFiles {
    static let files: [String: (name: String, type: String)] = [
        "app.css": ("app", "css"), "app.js": ("app", "js"),
    ]

    func addRoutes(to router: Router<WebContext>) {
        router.get("/static/{file}") { _, context -> Response in
            let file = try context.parameters.require("file")
            guard let entry = Self.files[file],
                let url = Bundle.module.url(forResource: entry.name, withExtension: entry.type, subdirectory: "Public"),
                let data = try? Data(contentsOf: url)
            else { throw HTTPError(.notFound, message: "no such file") }
            let contentType = entry.type == "css" ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8"
            return Response(
                status: .ok, headers: [.contentType: contentType, .cacheControl: "public, max-age=3600"],
                body: .init(byteBuffer: ByteBuffer(bytes: data)))
        }
    }
}
