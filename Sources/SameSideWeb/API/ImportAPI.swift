import Foundation
import Hummingbird
import SameSideApp
import SameSideCore
import SameSideStore

/// `POST /api/import?source=salesforce|hubspot|pipeline[&currency=EUR][&dateOrder=mdy|dmy]`: the file itself
/// is the request body (a CSV export or a pipeline file, up to 64 MB), imported in one transaction as the
/// import page does. 200 with the summary and its notes; 422 with every bad row (line, column, what was
/// expected) and nothing stored; 403 for a rep (managers and admins import); 400 for a missing source.
struct ImportAPI {
    let services: WebServices

    func addRoutes(to router: Router<WebContext>) {
        router.post("/api/import", use: submit)
    }

    @Sendable func submit(_ request: Request, context: WebContext) async throws -> JSONResponse {
        let user = try context.requireUser()
        try ImportPage.requireImporter(user)
        let parameters = request.uri.queryParameters
        guard let source = ImportUseCase.Source(rawValue: parameters["source"].map(String.init) ?? "") else {
            throw HTTPError(
                .badRequest,
                message: "say what the file is with ?source= one of "
                    + ImportUseCase.Source.allCases.map(\.rawValue).joined(separator: ", "))
        }
        let dateOrder = parameters["dateOrder"].map(String.init) ?? "mdy"
        guard dateOrder == "mdy" || dateOrder == "dmy" else {
            throw HTTPError(.badRequest, message: "dateOrder is mdy (month first) or dmy (day first)")
        }
        let buffer = try await ImportPage.collect(request)
        guard buffer.readableBytes > 0 else {
            throw HTTPError(.badRequest, message: "the request body (the file) is empty")
        }
        do {
            let imported = try await ImportPage.run(
                Array(buffer.readableBytesView), name: "upload", as: source,
                currency: parameters["currency"].map(String.init), dayFirst: dateOrder == "dmy", services: services)
            var object = JSONObject()
            object["summary"] = .string(imported.summary)
            object["notes"] = .array(imported.notes.map(JSONValue.string))
            return JSONResponse(.object(object))
        } catch AppError.importRejected(let failure) {
            return JSONResponse(Self.rejection(failure), status: .unprocessableContent)
        }
    }

    /// The error body of a refused import: the usual code and message, and every bad row kept for it.
    static func rejection(_ failure: ImportFailure) -> JSONValue {
        var error = JSONObject()
        error["code"] = .string("import_rejected")
        error["message"] = .string(failure.description)
        error["badRowCount"] = .number(Double(failure.badRowCount))
        error["rows"] = .array(
            failure.badRows.map { row in
                var object = JSONObject()
                object["line"] = .number(Double(row.error.line))
                object["column"] = row.error.column.map { .number(Double($0)) } ?? .null
                object["columnName"] = row.error.columnName.map(JSONValue.string) ?? .null
                object["message"] = .string(row.error.message)
                return .object(object)
            })
        var body = JSONObject()
        body["error"] = .object(error)
        return .object(body)
    }
}
