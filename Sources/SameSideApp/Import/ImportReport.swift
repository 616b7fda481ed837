import Foundation

/// The report of a rejected import: every bad row, with where and what is wrong, as CSV.
public enum ImportReport {
    /// The CSV text: `line,column,problem` and the file's own columns, one bad row a line. Pure.
    public static func csv(_ failure: ImportFailure) -> String {
        var text = CSVLine.make(["line", "column", "problem"] + failure.header)
        for row in failure.badRows {
            let column = row.error.columnName ?? row.error.column.map(String.init) ?? ""
            text += CSVLine.make([String(row.error.line), column, row.error.message] + row.fields)
        }
        if failure.badRowCount > failure.badRows.count {
            text += CSVLine.make(["", "", "\(failure.badRowCount - failure.badRows.count) more bad rows not listed"])
        }
        return text
    }

    /// Writes the report to `path`.
    /// - Throws: ``AppError/failure(_:)`` when the file cannot be written.
    public static func write(_ failure: ImportFailure, to path: String) throws(AppError) {
        guard FileManager.default.createFile(atPath: path, contents: Data(csv(failure).utf8)) else {
            throw AppError.failure("\(path): cannot write the report")
        }
    }
}
