import Foundation
import Hummingbird
import NIOCore
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
        let currency = parameters["currency"].map { String($0).trimmingCharacters(in: .whitespaces) } ?? ""
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: ImportPage.maxBytes)
        } catch is NIOTooManyBytesError {
            throw HTTPError(
                .contentTooLarge,
                message:
                    "the file is larger than \(ImportPage.maxBytes / 1024 / 1024) MB; import it with `sameside import`")
        }
        guard buffer.readableBytes > 0 else {
            throw HTTPError(.badRequest, message: "the request body (the file) is empty")
        }
        let options = ImportUseCase.Options(
            dateOrder: dateOrder == "dmy" ? .dmy : .mdy, collectAllErrors: true,
            defaultCurrency: currency.isEmpty ? nil : currency)
        do {
            var warnings: [String] = []
            let summary = try await ImportUseCase.run(
                MemorySource(Array(buffer.readableBytesView), name: "upload"), as: source, options: options,
                into: services.store, warn: { warnings.append($0) })
            let list = services.reviewList
            Task.detached { try? await list.refreshAll() }
            var object = JSONObject()
            object["summary"] = .string(summary.description)
            object["notes"] = .array((summary.notes + warnings).map(JSONValue.string))
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
