import Foundation
import SameSideCore

/// Finds and reads files under Tests/Fixtures.
enum Fixtures {
    static var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures")
    }

    static func bytes(_ relativePath: String) throws -> [UInt8] {
        Array(try Data(contentsOf: root.appendingPathComponent(relativePath)))
    }

    /// Every fixture file with one of `extensions` below `folder`, as paths relative to Fixtures/.
    static func files(in folder: String, extensions: [String] = ["json", "jsonl"]) -> [String] {
        let base = root.appendingPathComponent(folder)
        guard let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else {
            return []
        }
        var result: [String] = []
        for case let url as URL in enumerator where extensions.contains(url.pathExtension) {
            result.append(String(url.path.dropFirst(root.path.count + 1)))
        }
        return result.sorted()
    }

    /// Reads a valid pipeline fixture (JSON form).
    static func pipeline(_ relativePath: String) throws -> Pipeline {
        try PipelineReader.read(bytes(relativePath)).pipeline
    }
}
