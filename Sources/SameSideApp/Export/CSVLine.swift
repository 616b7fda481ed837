/// One CSV line (RFC 4180 quoting, CRLF end): the one CSV writer, for exports and import reports.
public enum CSVLine {
    /// `cells` as one line; a cell with a comma, a quote or a line break is quoted. Pure.
    public static func make(_ cells: [String]) -> String {
        cells.map { cell in
            guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return cell }
            return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: ",") + "\r\n"
    }
}
