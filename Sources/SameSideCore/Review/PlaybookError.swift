/// Why a playbook file was rejected: the JSON path and what was expected.
public struct PlaybookError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `$.staleDays`, `$.stageMapping["Closed/Commit"]`, …
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// `$.staleDays: expected a whole number from 1 to 3650, got -3`.
    public var description: String { "\(path): \(message)" }
}
