import Foundation
import Mustache

/// The Mustache templates bundled with the module (`Resources/Templates`).
enum WebTemplates {
    static func load() async throws -> MustacheLibrary {
        guard let url = Bundle.module.url(forResource: "Templates", withExtension: nil) else {
            throw CocoaError(
                .fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "the Templates resource is missing"])
        }
        return try await MustacheLibrary(directory: url.path)
    }
}
