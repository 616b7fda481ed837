import Foundation
import SameSideApp

/// Writes `--report FILE`: every bad row of a failed import, with where and what is wrong, as CSV.
enum ImportReport {
    static func write(_ failure: ImportFailure, to path: String) throws {
        var text = csvLine(["line", "column", "problem"] + failure.header)
        for row in failure.badRows {
            let column = row.error.columnName ?? row.error.column.map(String.init) ?? ""
            text += csvLine([String(row.error.line), column, row.error.message] + row.fields)
        }
        if failure.badRowCount > failure.badRows.count {
            text += csvLine(["", "", "\(failure.badRowCount - failure.badRows.count) more bad rows not listed"])
        }
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
            throw CLIError.failure("\(path): cannot write the report")
        }
        StandardStreams.error("\(path): \(failure.badRowCount) bad rows written")
    }

    private static func csvLine(_ cells: [String]) -> String {
        cells.map { cell in
            guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return cell }
            return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: ",") + "\r\n"
    }
}
