/// Why a CRM export (or one of its rows) cannot be imported, and where.
public struct CRMImportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// 1-based line.
    public var line: Int
    /// 1-based column, when the problem is in one cell.
    public var column: Int?
    /// The header of that column.
    public var columnName: String?
    /// What is wrong and what was expected.
    public var message: String

    public init(line: Int, column: Int? = nil, columnName: String? = nil, message: String) {
        self.line = line
        self.column = column
        self.columnName = columnName
        self.message = message
    }

    /// `line 7, column 4 ("Amount"): …`
    public var description: String {
        var text = "line \(line)"
        if let column { text += ", column \(column)" }
        if let columnName { text += " (\"\(columnName)\")" }
        return text + ": " + message
    }
}
