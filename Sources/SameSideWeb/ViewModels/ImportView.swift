import SameSideApp
import SameSideCore

/// The import page: the form (kind of file, currency, date order), and after an upload the summary with the
/// import's notes, or the failure with every bad row (line, column, what was expected).
struct ImportView: Sendable {
    struct Option: Sendable {
        var value: String
        var label: String
        var selected: Bool
    }

    struct Summary: Sendable {
        var line: String
        var notes: [String]
    }

    struct BadRow: Sendable {
        var line: Int
        var column: String
        var message: String
    }

    struct Failure: Sendable {
        var file: String
        var rows: [BadRow]
        var more: Int?

        init(_ failure: ImportFailure) {
            file = failure.file
            rows = failure.badRows.map { row in
                let error = row.error
                let column =
                    switch (error.column, error.columnName) {
                    case (let number?, let name?): "\(number) (\(name))"
                    case (let number?, nil): "\(number)"
                    case (nil, let name?): name
                    case (nil, nil): "—"
                    }
                return BadRow(line: error.line, column: column, message: error.message)
            }
            more = failure.badRowCount > failure.badRows.count ? failure.badRowCount - failure.badRows.count : nil
        }
    }

    var chrome: PageChrome
    var sources: [Option]
    var dateOrders: [Option]
    var currency = ""
    var error: String?
    var summary: Summary?
    var failure: Failure?

    init(chrome: PageChrome) {
        self.chrome = chrome
        sources = Self.sourceOptions(selected: "salesforce")
        dateOrders = Self.dateOptions(selected: "mdy")
    }

    mutating func select(source: String?, currency: String?, dateOrder: String?) {
        sources = Self.sourceOptions(selected: source ?? "salesforce")
        dateOrders = Self.dateOptions(selected: dateOrder ?? "mdy")
        self.currency = currency ?? ""
    }

    static func sourceOptions(selected: String) -> [Option] {
        [
            ("salesforce", "Salesforce CSV (report or data export)"), ("hubspot", "HubSpot CSV export"),
            ("pipeline", "SameSide pipeline file (JSON or JSON Lines)"),
        ].map { Option(value: $0.0, label: $0.1, selected: $0.0 == selected) }
    }

    static func dateOptions(selected: String) -> [Option] {
        [("mdy", "Month first (12/31/2026)"), ("dmy", "Day first (31/12/2026 or 31.12.2026)")].map {
            Option(value: $0.0, label: $0.1, selected: $0.0 == selected)
        }
    }
}
