/// Collects the problems met while turning JSON into domain values, and knows the current JSON path.
///
/// Paths are kept as a stack of components and only rendered when something is reported, so
/// reading a large, valid file costs no string building.
final class DecodingContext {
    enum Component {
        case key(String)
        case index(Int)
    }

    /// Stop collecting after this many problems: a hopeless file should not print a million lines.
    static let maxIssues = 200

    private(set) var components: [Component] = []
    private(set) var issues: [PipelineIssue] = []
    private(set) var warnings: [PipelineIssue] = []
    private(set) var truncated = false
    let line: Int?

    init(line: Int? = nil) { self.line = line }

    var hasErrors: Bool { !issues.isEmpty }

    var path: String { Self.render(components) }

    static func render(_ components: [Component]) -> String {
        var text = "$"
        for component in components {
            switch component {
            case .key(let key): text += "." + key
            case .index(let index): text += "[\(index)]"
            }
        }
        return text
    }

    func error(_ message: String) {
        guard issues.count < Self.maxIssues else {
            truncated = true
            return
        }
        issues.append(PipelineIssue(path: path, line: line, message: message))
    }

    func error(at components: [Component], _ message: String) {
        guard issues.count < Self.maxIssues else {
            truncated = true
            return
        }
        issues.append(PipelineIssue(path: Self.render(components), line: line, message: message))
    }

    func warning(_ message: String) {
        guard warnings.count < Self.maxIssues else { return }
        warnings.append(PipelineIssue(path: path, line: line, message: message))
    }

    @inline(__always)
    func at<T>(_ key: String, _ body: () -> T) -> T {
        components.append(.key(key))
        defer { components.removeLast() }
        return body()
    }

    @inline(__always)
    func at<T>(_ index: Int, _ body: () -> T) -> T {
        components.append(.index(index))
        defer { components.removeLast() }
        return body()
    }
}
