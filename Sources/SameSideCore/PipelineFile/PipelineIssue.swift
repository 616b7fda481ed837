/// One problem (or warning) found in a pipeline file, with where it is and what was expected.
public struct PipelineIssue: Equatable, Sendable, CustomStringConvertible {
    /// JSON path inside the document, or inside the line for the JSON Lines form (`$.goalIds[0]`).
    public var path: String
    /// 1-based line in the JSON Lines form, or in a malformed JSON file.
    public var line: Int?
    /// What is wrong and what was expected.
    public var message: String

    public init(path: String, line: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    /// `line 1042: $.goalIds[0]: no goal "g9" in account "a2"`, or without the line part.
    public var description: String {
        if let line { return "line \(line): \(path): \(message)" }
        return "\(path): \(message)"
    }
}

/// A pipeline file could not be read: every problem found, not only the first.
public struct PipelineReadError: Error, Equatable, Sendable, CustomStringConvertible {
    public var issues: [PipelineIssue]

    public init(issues: [PipelineIssue]) { self.issues = issues }

    public var description: String { issues.map(\.description).joined(separator: "\n") }
}

/// A pipeline that was read, and the warnings (unknown fields) met on the way.
public struct PipelineReadResult: Sendable {
    public var pipeline: Pipeline
    public var warnings: [PipelineIssue]
}
