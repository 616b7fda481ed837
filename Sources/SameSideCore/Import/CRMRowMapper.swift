/// Maps the rows of one CRM export onto SameSide's accounts and deals.
///
/// Built from the header row: it finds each known column through its aliases (see
/// ``CRMField``) and keeps every other column, by its header name, in the deal's `extra["crm"]`.
/// Pure: a value with no I/O.
public struct CRMRowMapper: Sendable {
    public let source: CRMSource
    public let dateOrder: DateOrder
    /// The header, as written.
    public let header: [String]
    /// Column index of each mapped field.
    public let columns: [CRMField: Int]
    /// The key in a deal's `extra` under which the CRM columns SameSide does not model are kept.
    public static let crmKey = "crm"
    /// The key, inside ``crmKey``, of the amount's currency code when the file gives one.
    public static let currencyKey = "currency"

    /// Columns kept as text in `extra["crm"]`: (index, header name).
    public let keptColumns: [(index: Int, name: String)]

    /// Reads the header row (line 1 after an optional BOM).
    ///
    /// Throws ``CRMImportError`` when a required column is missing, a column name repeats, or the
    /// header looks like another delimiter was used.
    public init(header: [String], source: CRMSource, dateOrder: DateOrder, headerLine: Int = 1) throws(CRMImportError) {
        self.source = source
        self.dateOrder = dateOrder
        self.header = header
        let names = header.map { $0.trimmingSpaces }
        if names.count == 1, let only = names.first {
            for (symbol, label) in [(";", "semicolons"), ("\t", "tabs"), ("|", "pipes")] where only.contains(symbol) {
                throw CRMImportError(
                    line: headerLine,
                    message: "the header is one column separated by \(label); expected comma-separated values "
                        + "(export the report as CSV with commas)")
            }
        }
        var seen: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            let key = name.lowercased()
            if key.isEmpty { continue }
            if let first = seen[key] {
                throw CRMImportError(
                    line: headerLine, column: index + 1, columnName: name,
                    message: "the column name repeats column \(first + 1); expected each column name once")
            }
            seen[key] = index
        }
        var columns: [CRMField: Int] = [:]
        for field in CRMField.allCases {
            for alias in field.aliases(for: source) {
                if let index = seen[alias], !columns.values.contains(index) {
                    columns[field] = index
                    break
                }
            }
        }
        for group in CRMField.required(for: source) where !group.contains(where: { columns[$0] != nil }) {
            let wanted = group.map { "\"\($0.displayName(for: source))\"" }
            let found = names.prefix(12).map { "\"\($0)\"" }.joined(separator: ", ")
            throw CRMImportError(
                line: headerLine,
                message: "no \(wanted.joined(separator: " or ")) column; expected a \(source.displayName) export "
                    + "with that column (found: \(found)\(names.count > 12 ? ", …" : ""))")
        }
        self.columns = columns
        let mapped = Set(columns.values)
        keptColumns = names.enumerated().filter { !mapped.contains($0.offset) && !$0.element.isEmpty }
            .map { (index: $0.offset, name: $0.element) }
    }

    /// Maps one data row. Throws ``CRMImportError`` naming the line, the column and what was expected.
    public func map(_ record: CSVParser.Record) throws(CRMImportError) -> CRMRecord {
        let line = record.line
        guard record.count == header.count else {
            throw CRMImportError(
                line: line,
                message: "\(record.count) columns; expected \(header.count) as in the header "
                    + "(a missing or extra comma, or an unquoted comma inside a value?)")
        }
        func cell(_ field: CRMField) -> String? {
            guard let index = columns[field], !record.isEmpty(index) else { return nil }
            let value = record.field(index).trimmingSpaces
            return value.isEmpty ? nil : value
        }
        func fail(_ field: CRMField, _ message: String) -> CRMImportError {
            let index = columns[field] ?? 0
            return CRMImportError(line: line, column: index + 1, columnName: header[index], message: message)
        }
        guard let name = cell(.dealName) else {
            throw fail(.dealName, "empty; expected the deal's name")
        }
        guard let rawStage = cell(.stage) else {
            throw fail(.stage, "empty; expected the deal's stage")
        }
        let accountName = cell(.accountName)
        let accountSourceID = cell(.accountID)
        if source == .salesforce && accountName == nil && accountSourceID == nil {
            throw fail(columns[.accountName] != nil ? .accountName : .accountID, "empty; expected the account")
        }
        var amount: Double?
        var currency: String?
        if let text = cell(.amount) {
            guard let money = MoneyParser.parse(text) else {
                throw fail(
                    .amount, "\"\(text)\" is not an amount; expected a number like 12,400.00, $12,400.00 or (1,500.00)")
            }
            amount = money.value
            currency = money.currency
        }
        if let code = cell(.amountCurrency) {
            let upper = code.uppercased()
            guard upper.count == 3, upper.allSatisfy({ $0.isASCII && $0.isLetter }) else {
                throw fail(.amountCurrency, "\"\(code)\" is not a currency; expected a three-letter code like USD")
            }
            currency = upper
        }
        func day(_ field: CRMField) throws(CRMImportError) -> Day? {
            guard let text = cell(field) else { return nil }
            guard let day = CRMDateParser.parse(text, order: dateOrder) else {
                throw fail(
                    field, "\"\(text)\" is not a date that exists; expected \(CRMDateParser.expected(dateOrder))")
            }
            return day
        }
        let closeDate = try day(.closeDate)
        let createdDate = try day(.createdDate)
        let (stage, status) = CRMStageMap.map(rawStage, source: source)

        let accountID: AccountID
        let displayName = accountName ?? accountSourceID ?? "(no company)"
        switch (source, accountSourceID) {
        case (.salesforce, let id?): accountID = AccountID(id)
        case (.hubspot, let id?): accountID = AccountID("hubspot-company-" + id)
        default: accountID = AccountID("acct-" + StableKey.hash([displayName]))
        }
        let dealID: DealID
        switch (source, cell(.dealID)) {
        case (.salesforce, let id?): dealID = DealID(id)
        case (.hubspot, let id?): dealID = DealID("hubspot-" + id)
        case (.salesforce, nil):
            dealID = DealID("sf-" + StableKey.hash([displayName, name, createdDate?.description ?? ""]))
        case (.hubspot, nil):
            dealID = DealID("hubspot-" + StableKey.hash([displayName, name, createdDate?.description ?? ""]))
        }
        var crm = JSONObject()
        for kept in keptColumns where !record.isEmpty(kept.index) {
            crm.appendUnchecked(kept.name, .string(record.field(kept.index)))
        }
        if let currency { crm[Self.currencyKey] = .string(currency) }
        let extra: JSONObject = crm.isEmpty ? [:] : [Self.crmKey: .object(crm)]
        let opportunity = Opportunity(
            id: dealID, accountId: accountID, name: name, owner: cell(.owner), amount: amount, stage: stage,
            status: status, createdDate: createdDate, closeDate: closeDate, extra: extra)
        return CRMRecord(account: Account(id: accountID, name: displayName), opportunity: opportunity, line: line)
    }
}
