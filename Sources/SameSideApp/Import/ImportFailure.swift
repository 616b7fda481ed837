import SameSideCore

/// An import that stored nothing, and why: every bad row found (the first only, without a report).
public struct ImportFailure: Error, Equatable, Sendable, CustomStringConvertible {
    /// One bad row: what is wrong and the row's cells as read (empty when the CSV itself broke).
    public struct BadRow: Equatable, Sendable {
        public var error: CRMImportError
        public var fields: [String]
    }

    /// The file as the user named it.
    public var file: String
    public var badRows: [BadRow]
    /// How many bad rows there were in all (more than `badRows.count` when the list was capped).
    public var badRowCount: Int
    /// The header row, when it was read (for the report).
    public var header: [String]

    /// `deals.csv: line 7, column 4 ("Amount"): …; nothing was imported`
    public var description: String {
        guard let first = badRows.first else { return "\(file): nothing was imported" }
        var text = "\(file): \(first.error)"
        if badRowCount > 1 { text += " (and \(badRowCount - 1) more bad rows)" }
        return text + "; nothing was imported"
    }
}
