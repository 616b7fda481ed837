import Foundation
import Mustache
import SameSideApp

/// The Mustache templates bundled with the module (`Resources/Templates`).
///
/// Every template begins with `{{% CONTENT_TYPE: SAMESIDE_HTML }}`, which escapes `{{values}}` with
/// ``PageEscaping`` — the same five characters as swift-mustache's own HTML escaping, without its
/// character-by-character dictionary look-up (a pipeline page escapes about 800 values). A template without
/// the line is still escaped, by the library's own escaping; `WebTemplatesTests` checks that none lacks it.
enum WebTemplates {
    /// The name of SameSide's HTML escaping in templates' `CONTENT_TYPE` line.
    static let contentTypeName = "SAMESIDE_HTML"

    static func load() async throws -> MustacheLibrary {
        MustacheContentTypes.register(PageEscaping(), named: contentTypeName)
        guard let url = Bundle.module.url(forResource: "Templates", withExtension: nil) else {
            throw CocoaError(
                .fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "the Templates resource is missing"])
        }
        return try await MustacheLibrary(directory: url.path)
    }
}

/// HTML escaping of `&`, `<`, `>`, `"` and `'` for page templates; text without any of them is returned as it is.
struct PageEscaping: MustacheContentType {
    func escapeText(_ text: String) -> String { DocumentRenderer.htmlEscape(text) }
}
