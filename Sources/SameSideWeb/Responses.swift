import Hummingbird
import SameSideCore

/// A JSON body already serialized (by Core's stable serializer), with its content type.
struct JSONResponse: ResponseGenerator {
    var text: String
    var status: HTTPResponse.Status = .ok

    init(_ text: String, status: HTTPResponse.Status = .ok) {
        self.text = text
        self.status = status
    }

    init(_ value: JSONValue, status: HTTPResponse.Status = .ok) {
        self.init(JSONSerializer.serialize(value), status: status)
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: .init(string: text)))
    }
}

/// An HTML page rendered from a template.
struct HTMLResponse: ResponseGenerator {
    var html: String
    var status: HTTPResponse.Status = .ok

    func response(from request: Request, context: some RequestContext) throws -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: .init(string: html)))
    }
}

extension Response {
    /// A 303 to `location` (after a form post, or to the sign-in page).
    static func seeOther(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }
}
