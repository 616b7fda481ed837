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
        keptKeys = keptColumns.map { kept in
            var key: [UInt8] = []
            JSONSerializer.writeString(kept.name, into: &key)
            return key + [UInt8(ascii: ":")]
        }
        slots = Slots(
            dealID: columns[.dealID], dealName: columns[.dealName], accountID: columns[.accountID],
            accountName: columns[.accountName], stage: columns[.stage], amount: columns[.amount],
            amountCurrency: columns[.amountCurrency], closeDate: columns[.closeDate],
            createdDate: columns[.createdDate], owner: columns[.owner])
    }

    /// Column index of each mapped field, read once per row without a dictionary lookup.
    private struct Slots: Sendable {
        var dealID, dealName, accountID, accountName, stage, amount, amountCurrency: Int?
        var closeDate, createdDate, owner: Int?
    }

    private let slots: Slots
    /// Each kept column's name as a JSON key with its colon (`"Lead Source":`).
    private let keptKeys: [[UInt8]]

    /// Maps one data row. Throws ``CRMImportError`` naming the line, the column and what was expected.
    public func map(_ record: CSVParser.Record) throws(CRMImportError) -> CRMRecord {
        var batch = CRMDealBatch()
        try append(record, to: &batch)
        return batch.record(at: 0)
    }

    /// Maps one data row onto the end of `batch` (bulk imports: no model objects per row).
    ///
    /// Throws ``CRMImportError`` naming the line, the column and what was expected; `batch` is then
    /// unchanged but for unused bytes.
    public func append(_ record: CSVParser.Record, to batch: inout CRMDealBatch) throws(CRMImportError) {
        let line = record.line
        guard record.count == header.count else {
            throw CRMImportError(
                line: line,
                message: "\(record.count) columns; expected \(header.count) as in the header "
                    + "(a missing or extra comma, or an unquoted comma inside a value?)")
        }
        func cell(_ index: Int?) -> ArraySlice<UInt8>? {
            guard let index else { return nil }
            return Self.trimmed(record.fieldBytes(index))
        }
        func fail(_ field: CRMField, _ message: String) -> CRMImportError {
            let index = columns[field] ?? 0
            return CRMImportError(line: line, column: index + 1, columnName: header[index], message: message)
        }
        func string(_ slice: ArraySlice<UInt8>) -> String { String(decoding: slice, as: UTF8.self) }
        guard let name = cell(slots.dealName) else {
            throw fail(.dealName, "empty; expected the deal's name")
        }
        guard let rawStage = cell(slots.stage) else {
            throw fail(.stage, "empty; expected the deal's stage")
        }
        let accountName = cell(slots.accountName)
        let accountSourceID = cell(slots.accountID)
        if source == .salesforce && accountName == nil && accountSourceID == nil {
            throw fail(columns[.accountName] != nil ? .accountName : .accountID, "empty; expected the account")
        }
        var amount: Double?
        var currency: String?
        if let text = cell(slots.amount) {
            guard let money = MoneyParser.parse(bytes: text) ?? MoneyParser.parse(string(text)) else {
                throw fail(
                    .amount,
                    "\"\(string(text))\" is not an amount; expected a number like 12,400.00, $12,400.00 or (1,500.00)")
            }
            guard money.value >= 0 else {
                throw fail(
                    .amount,
                    "\"\(string(text))\" is a negative amount; expected 0 or more (a deal's amount cannot be "
                        + "negative: leave credits and refunds out of the export, or correct the amount)")
            }
            amount = money.value
            currency = money.currency
        }
        if let codeBytes = cell(slots.amountCurrency) {
            let code = string(codeBytes)
            let upper = code.uppercased()
            guard upper.count == 3, upper.allSatisfy({ $0.isASCII && $0.isLetter }) else {
                throw fail(.amountCurrency, "\"\(code)\" is not a currency; expected a three-letter code like USD")
            }
            currency = upper
        }
        func day(_ field: CRMField, _ index: Int?) throws(CRMImportError) -> Day? {
            guard let text = cell(index) else { return nil }
            guard
                let day = CRMDateParser.parse(bytes: text, order: dateOrder)
                    ?? CRMDateParser.parse(string(text), order: dateOrder)
            else {
                throw fail(
                    field,
                    "\"\(string(text))\" is not a date that exists; expected \(CRMDateParser.expected(dateOrder))")
            }
            return day
        }
        let closeDate = try day(.closeDate, slots.closeDate)
        let createdDate = try day(.createdDate, slots.createdDate)

        let stageRange: Range<Int>
        let status: DealStatus
        if source == .salesforce, let fast = CRMStageMap.status(ofSalesforceStage: rawStage) {
            stageRange = batch.append(rawStage)
            status = fast
        } else {
            let mapped = CRMStageMap.map(string(rawStage), source: source)
            stageRange = batch.append(mapped.stage)
            status = mapped.status
        }
        let nameRange = batch.append(name)
        let accountNameRange: Range<Int>
        if let accountName {
            accountNameRange = batch.append(accountName)
        } else if let accountSourceID {
            accountNameRange = batch.append(accountSourceID)
        } else {
            accountNameRange = batch.append("(no company)")
        }
        let accountIDRange: Range<Int>
        switch (source, accountSourceID) {
        case (.salesforce, let id?): accountIDRange = batch.append(id)
        case (.hubspot, let id?): accountIDRange = batch.append("hubspot-company-", id)
        default: accountIDRange = batch.append("acct-" + StableKey.hash([batch.text(accountNameRange)]))
        }
        let idRange: Range<Int>
        switch (source, cell(slots.dealID)) {
        case (.salesforce, let id?): idRange = batch.append(id)
        case (.hubspot, let id?): idRange = batch.append("hubspot-", id)
        case (.salesforce, nil):
            idRange = batch.append(
                "sf-"
                    + StableKey.hash([
                        batch.text(accountNameRange), string(name), createdDate?.description ?? "",
                    ]))
        case (.hubspot, nil):
            idRange = batch.append(
                "hubspot-"
                    + StableKey.hash([
                        batch.text(accountNameRange), string(name), createdDate?.description ?? "",
                    ]))
        }
        let ownerRange = cell(slots.owner).map { batch.append($0) }
        let createdRange = createdDate.map { batch.append($0) }
        let closeRange = closeDate.map { batch.append($0) }
        let extraStart = batch.end
        var wroteAny = false
        var wroteCurrency = false
        for (position, kept) in keptColumns.enumerated() {
            let raw = record.fieldBytes(kept.index)
            if raw.isEmpty { continue }
            batch.appendRaw(wroteAny ? UInt8(ascii: ",") : UInt8(ascii: "{"))
            if !wroteAny { for byte in Self.crmPrefix { batch.appendRaw(byte) } }
            wroteAny = true
            for byte in keptKeys[position] { batch.appendRaw(byte) }
            if kept.name == Self.currencyKey, let currency {
                batch.appendJSONString(currency)
                wroteCurrency = true
            } else {
                batch.appendJSONString(raw)
            }
        }
        if let currency, !wroteCurrency {
            batch.appendRaw(wroteAny ? UInt8(ascii: ",") : UInt8(ascii: "{"))
            if !wroteAny { for byte in Self.crmPrefix { batch.appendRaw(byte) } }
            wroteAny = true
            for byte in Self.currencyJSONKey { batch.appendRaw(byte) }
            batch.appendJSONString(currency)
        }
        if wroteAny {
            batch.appendRaw(UInt8(ascii: "}"))
            batch.appendRaw(UInt8(ascii: "}"))
        } else {
            batch.appendRaw(UInt8(ascii: "{"))
            batch.appendRaw(UInt8(ascii: "}"))
        }
        batch.append(
            row: CRMDealBatch.Row(
                line: line, id: idRange, accountID: accountIDRange, accountName: accountNameRange, name: nameRange,
                owner: ownerRange, amount: amount, stage: stageRange, status: status, createdDate: createdRange,
                closeDate: closeRange, extra: extraStart..<batch.end))
    }

    /// `"crm":{` — the start of the kept columns object inside `extra`.
    private static let crmPrefix: [UInt8] = Array("\"\(crmKey)\":{".utf8)
    private static let currencyJSONKey: [UInt8] = Array("\"\(currencyKey)\":".utf8)

    /// The cell without leading and trailing white space, or nil when that leaves nothing.
    /// As ``String/trimmingSpaces``, on bytes when both ends are ASCII.
    static func trimmed(_ s: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        guard let first = s.first, let last = s.last else { return nil }
        if first > 0x20 && first < 0x80 && last > 0x20 && last < 0x80 { return s }
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }
        var lo = s.startIndex
        var hi = s.endIndex
        while lo < hi && isSpace(s[lo]) { lo += 1 }
        while hi > lo && isSpace(s[hi - 1]) { hi -= 1 }
        if lo == hi { return nil }
        if s[lo] < 0x80 && s[hi - 1] < 0x80 { return s[lo..<hi] }
        let text = String(decoding: s, as: UTF8.self).trimmingSpaces
        return text.isEmpty ? nil : ArraySlice(text.utf8)
    }
}
