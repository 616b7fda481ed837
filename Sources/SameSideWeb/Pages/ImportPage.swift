import Hummingbird
import NIOCore
import SameSideApp
import SameSideCore
import SameSideStore

/// `GET /import` (the upload form) and `POST /import` (a `multipart/form-data` upload with its CSRF token):
/// a Salesforce or HubSpot CSV export or a pipeline file, imported in one transaction through the import use
/// case. The page shows the summary, or every bad row with its line, column and what was expected; on any
/// error nothing is stored. Managers and admins import; a rep is told so (403).
struct ImportPage {
    let services: WebServices

    /// The largest upload taken, in bytes; a larger one is refused with a clear message (413).
    static let maxBytes = 64 * 1024 * 1024

    /// The form's fields: the CSRF token, what the file is, the default currency, the date order and the file.
    struct Upload {
        var csrf: String?
        var source: String?
        var currency: String?
        var dateOrder: String?
        var file: MultipartForm.Part?
    }

    func addRoutes(to router: Router<WebContext>) {
        router.get("/import", use: show)
        router.post("/import", use: submit)
    }

    @Sendable func show(_ request: Request, context: WebContext) async throws -> HTMLResponse {
        let user = try context.requireUser()
        try Self.requireImporter(user)
        return page(ImportView(chrome: PageChrome(title: "Import", context: context)), status: .ok)
    }

    @Sendable func submit(_ request: Request, context: WebContext) async throws -> HTMLResponse {
        let user = try context.requireUser()
        let upload = try await Self.decode(request)
        try CSRF.check(upload.csrf, context: context)
        try Self.requireImporter(user)
        var view = ImportView(chrome: PageChrome(title: "Import", context: context))
        view.select(source: upload.source, currency: upload.currency, dateOrder: upload.dateOrder)
        guard let file = upload.file, file.body.readableBytes > 0 else {
            view.error = "Choose a file to import: the upload was empty."
            return page(view, status: .badRequest)
        }
        guard let source = ImportUseCase.Source(rawValue: upload.source ?? "") else {
            view.error =
                "Say what the file is: one of \(ImportUseCase.Source.allCases.map(\.rawValue).joined(separator: ", "))."
            return page(view, status: .badRequest)
        }
        do {
            let imported = try await Self.run(
                Array(file.body.readableBytesView), name: Self.fileName(of: file), as: source,
                currency: upload.currency, dayFirst: upload.dateOrder == "dmy", services: services)
            view.summary = ImportView.Summary(line: imported.summary, notes: imported.notes)
            return page(view, status: .ok)
        } catch let error as AppError {
            if case .importRejected(let failure) = error {
                view.failure = ImportView.Failure(failure)
            } else {
                view.error = error.description
            }
            return page(view, status: .unprocessableContent)
        }
    }

    private func page(_ view: ImportView, status: HTTPResponse.Status) -> HTMLResponse {
        HTMLResponse(html: services.templates.render(view, withTemplate: "import") ?? "", status: status)
    }

    /// Imports `bytes` in one transaction (every bad row collected; a blank `currency` is none), then starts
    /// bringing the stored reviews up to date beside the answer, so the next list page does not wait for it.
    /// The page and `POST /api/import` both import through here. Throws what ``ImportUseCase`` throws.
    static func run(
        _ bytes: [UInt8], name: String, as source: ImportUseCase.Source, currency: String?, dayFirst: Bool,
        services: WebServices
    ) async throws -> (summary: String, notes: [String]) {
        let currency = currency?.trimmingCharacters(in: .whitespaces) ?? ""
        let options = ImportUseCase.Options(
            dateOrder: dayFirst ? .dmy : .mdy, collectAllErrors: true,
            defaultCurrency: currency.isEmpty ? nil : currency)
        var warnings: [String] = []
        let summary = try await ImportUseCase.run(
            MemorySource(bytes, name: name), as: source, options: options, into: services.store,
            warn: { warnings.append($0) })
        let list = services.reviewList
        Task.detached { try? await list.refreshAll() }
        return (summary.description, summary.notes + warnings)
    }

    /// The request body, up to ``maxBytes``; a larger one is a clear 413.
    static func collect(_ request: Request) async throws -> ByteBuffer {
        do {
            return try await request.body.collect(upTo: maxBytes)
        } catch is NIOTooManyBytesError {
            throw HTTPError(
                .contentTooLarge,
                message: "the file is larger than \(maxBytes / 1024 / 1024) MB; import it with `sameside import`")
        }
    }

    static func requireImporter(_ user: UserRecord) throws {
        guard user.role == .manager || user.role == .admin else {
            throw HTTPError(.forbidden, message: "importing is for managers and admins; ask yours to import the file")
        }
    }

    /// The upload's parts; a body that is not `multipart/form-data` or is too large is a clear 400 or 413.
    static func decode(_ request: Request) async throws -> Upload {
        guard let type = request.headers[.contentType], type.lowercased().hasPrefix("multipart/form-data"),
            let boundary = MultipartForm.boundary(of: type)
        else {
            throw HTTPError(.badRequest, message: "send the file as multipart/form-data (the import form does)")
        }
        let buffer = try await collect(request)
        let form: MultipartForm
        do {
            form = try MultipartForm(buffer, boundary: boundary)
        } catch {
            throw HTTPError(.badRequest, message: "the upload could not be read as a multipart form")
        }
        return Upload(
            csrf: form.text("csrf"), source: form.text("source"), currency: form.text("currency"),
            dateOrder: form.text("dateOrder"), file: form.part("file"))
    }

    /// The name the browser gave the file (its last path component), or `upload`.
    static func fileName(of part: MultipartForm.Part) -> String {
        let name = part.fileName ?? ""
        let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        return last.isEmpty ? "upload" : last
    }
}
