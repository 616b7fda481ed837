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
    /// How the file writes its numbers (decimal comma or point).
    public let decimalComma: Bool
    /// The currency for amounts the file gives none for (`--currency` or the playbook); `nil`: none.
    public let defaultCurrency: String?
    /// Header facts: columns that look like a field another column gives (for the summary).
    public let headerNotes: CRMImportNotes

    /// Reads the header row (line 1 after an optional BOM).
    ///
    /// Throws ``CRMImportError`` when a required column is missing, two columns are the same field
    /// (`Close Date` and `close_date`), or the header looks like another delimiter was used.
    public init(
        header: [String], source: CRMSource, dateOrder: DateOrder, headerLine: Int = 1, decimalComma: Bool = false,
        defaultCurrency: String? = nil
    ) throws(CRMImportError) {
        self.source = source
        self.dateOrder = dateOrder
        self.header = header
        self.decimalComma = decimalComma
        self.defaultCurrency = defaultCurrency
        let names = header.map { $0.trimmingSpaces }
        if names.count == 1, let only = names.first {
            for (symbol, label) in [(";", "semicolons"), ("\t", "tabs"), ("|", "pipes")] where only.contains(symbol) {
                throw CRMImportError(
                    line: headerLine,
                    message: "the header is one column separated by \(label); expected comma-, semicolon- or "
                        + "tab-separated values (export the report as CSV)")
            }
        }
        var seen: [String: Int] = [:]
        let known = Set(CRMField.allCases.flatMap { $0.aliases(for: source) })
        for (index, name) in names.enumerated() {
            let key = HeaderName.key(name)
            if key.isEmpty { continue }
            // Columns SameSide does not read may differ only in punctuation (Salesforce orgs have both
            // Budget_Confirmed__c and BudgetConfirmed__c): both are kept under their own names.
            if let first = seen[key] {
                guard known.contains(key) else { continue }
                throw CRMImportError(
                    line: headerLine, column: index + 1, columnName: name,
                    message: "this column and column \(first + 1) (\"\(names[first])\") are the same field; "
                        + "expected each column once (remove or rename one of them)")
            }
            seen[key] = index
        }
        var columns: [CRMField: Int] = [:]
        var notes = CRMImportNotes()
        for field in CRMField.allCases {
            for alias in field.aliases(for: source) {
                guard let index = seen[alias], !columns.values.contains(index) else { continue }
                if let read = columns[field] {
                    notes.shadowedColumns.append((index + 1, names[index], field, names[read]))
                } else {
                    columns[field] = index
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
        // A column that looks like a value field nobody reads (`Close Date (MM/DD/YYYY)` with no `Close Date`)
        // would lose that value without a word: refuse it, naming it.
        for field in [CRMField.amount, .closeDate, .createdDate] where columns[field] == nil {
            for (index, name) in names.enumerated() where !columns.values.contains(index) {
                let key = HeaderName.key(name)
                guard let alias = field.aliases(for: source).first(where: { key.hasPrefix($0) && key != $0 }) else {
                    continue
                }
                let rest = key.dropFirst(alias.count)
                if ["id", "currency", "sortorder", "changed", "history"].contains(where: { rest.hasPrefix($0) }) {
                    continue
                }
                throw CRMImportError(
                    line: headerLine, column: index + 1, columnName: name,
                    message:
                        "looks like \(field.meaning) but is not a spelling SameSide reads; expected a column named "
                        + "\"\(field.displayName(for: source))\" (rename this one, or remove it)")
            }
        }
        if columns[.dealName] == nil { notes.dealsNamedByID = true }
        self.columns = columns
        headerNotes = notes
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
            accountName: columns[.accountName], companyDomain: columns[.companyDomain], stage: columns[.stage],
            amount: columns[.amount], amountCurrency: columns[.amountCurrency], closeDate: columns[.closeDate],
            createdDate: columns[.createdDate], owner: columns[.owner], isWon: columns[.isWon],
            isClosed: columns[.isClosed])
        // A CSV row carries the CRM's fields only: never goals, people, steps, activities or history.
        var carries: [UInt8] = Array(",\"\(Opportunity.sourceCarriesKey)\":[".utf8)
        let withCurrency = carries + Array("\"\(FactKind.currency.rawValue)\"]".utf8)
        carries.append(UInt8(ascii: "]"))
        sourceCarriesJSON = (without: carries, with: withCurrency)
    }

    /// Column index of each mapped field, read once per row without a dictionary lookup.
    private struct Slots: Sendable {
        var dealID, dealName, accountID, accountName, companyDomain, stage, amount, amountCurrency: Int?
        var closeDate, createdDate, owner, isWon, isClosed: Int?
    }

    /// `,"sourceCarries":[]` and `,"sourceCarries":["currency"]`, appended to each deal's `extra`.
    private let sourceCarriesJSON: (without: [UInt8], with: [UInt8])

    private let slots: Slots
    /// Each kept column's name as a JSON key with its colon (`"Lead Source":`).
    private let keptKeys: [[UInt8]]

    /// Maps one data row. Throws ``CRMImportError`` naming the line, the column and what was expected.
    public func map(_ record: CSVParser.Record) throws(CRMImportError) -> CRMRecord {
        var batch = CRMDealBatch()
        var notes = CRMImportNotes()
        try append(record, to: &batch, notes: &notes)
        return batch.record(at: 0)
    }

    /// Maps one data row onto the end of `batch` (bulk imports: no model objects per row), without
    /// keeping notes (rows without an id then cannot be told apart from earlier rows of the file).
    public func append(_ record: CSVParser.Record, to batch: inout CRMDealBatch) throws(CRMImportError) {
        var notes = CRMImportNotes()
        try append(record, to: &batch, notes: &notes)
    }

    /// Maps one data row onto the end of `batch`, adding what it noticed to `notes`.
    ///
    /// Throws ``CRMImportError`` naming the line, the column and what was expected; `batch` is then
    /// unchanged but for unused bytes.
    public func append(
        _ record: CSVParser.Record, to batch: inout CRMDealBatch, notes: inout CRMImportNotes
    ) throws(CRMImportError) {
        let line = record.line
        guard record.count == header.count else {
            throw CRMImportError(
                line: line,
                message: "\(record.count) columns; expected \(header.count) as in the header "
                    + "(a missing or extra delimiter, or an unquoted delimiter inside a value?)")
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
        // Without a name column (a warehouse table of ids) a deal is named by its id.
        guard let name = cell(slots.dealName) ?? (slots.dealName == nil ? cell(slots.dealID) : nil) else {
            if slots.dealName == nil {
                throw fail(.dealID, "empty; expected the deal's id (the file has no name column)")
            }
            throw fail(.dealName, "empty; expected the deal's name")
        }
        guard let rawStage = cell(slots.stage) else {
            throw fail(.stage, "empty; expected the deal's stage")
        }
        let accountName = cell(slots.accountName)
        let accountSourceID = cell(slots.accountID)
        let domain = cell(slots.companyDomain)
        if source == .salesforce && accountName == nil && accountSourceID == nil {
            throw fail(columns[.accountName] != nil ? .accountName : .accountID, "empty; expected the account")
        }
        var amount: Double?
        var currency: String?
        if let text = cell(slots.amount) {
            let fast = decimalComma && text.contains(UInt8(ascii: ",")) ? nil : MoneyParser.parse(bytes: text)
            guard let money = fast ?? MoneyParser.parse(string(text), decimalComma: decimalComma) else {
                let example = decimalComma ? "12.400,00, € 12.400,00 or 1234,5" : "12,400.00, $12,400.00 or (1,500.00)"
                throw fail(.amount, "\"\(string(text))\" is not an amount; expected a number like \(example)")
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
        if currency == nil, let defaultCurrency {
            currency = defaultCurrency
            if amount != nil { notes.currencyFromDefault.add(line) }
        } else if currency == nil && amount != nil {
            notes.amountWithoutCurrency.add(line)
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
            if CRMDateParser.isPlaceholder(day) {
                notes.placeholderDates.add(line)
                return nil
            }
            return day
        }
        let closeDate = try day(.closeDate, slots.closeDate)
        let createdDate = try day(.createdDate, slots.createdDate)
        func flag(_ field: CRMField, _ index: Int?) throws(CRMImportError) -> Bool? {
            guard let text = cell(index) else { return nil }
            guard let value = CRMBoolean.parse(string(text)) else {
                throw fail(field, "\"\(string(text))\" is not a yes or no; expected \(CRMBoolean.expected)")
            }
            return value
        }
        let isWon = try flag(.isWon, slots.isWon)
        let isClosed = try flag(.isClosed, slots.isClosed)

        let stageRange: Range<Int>
        var status: DealStatus
        if source == .salesforce, let fast = CRMStageMap.status(ofSalesforceStage: rawStage) {
            stageRange = batch.append(rawStage)
            status = fast
        } else {
            let mapped = CRMStageMap.map(string(rawStage), source: source)
            stageRange = batch.append(mapped.stage)
            status = mapped.status
        }
        // The CRM's own flags say more than the stage's name (custom closed stages such as "Firmado").
        if isWon == true {
            status = .won
        } else if isClosed == true {
            if status == .open || isWon == false { status = .lost }
        } else if isClosed == false {
            status = .open
        } else if isWon == false && status == .won {
            status = .open
        }
        let nameRange = batch.append(name)
        let accountNameRange: Range<Int>
        let accountIDRange: Range<Int>
        switch (accountSourceID, accountName, domain) {
        case (let id?, _, _):
            if let named = accountName ?? domain {
                accountNameRange = batch.append(named)
            } else {
                accountNameRange = batch.append(id)
            }
            accountIDRange = source == .salesforce ? batch.append(id) : batch.append("hubspot-company-", id)
        case (nil, let accountName?, _):
            accountNameRange = batch.append(accountName)
            accountIDRange = batch.append("acct-" + StableKey.hash([batch.text(accountNameRange)]))
        case (nil, nil, let domain?):
            notes.accountFromDomain.add(line)
            accountNameRange = batch.append(domain)
            accountIDRange = batch.append("acct-" + StableKey.hash([batch.text(accountNameRange)]))
        case (nil, nil, nil):
            // Never one silent catch-all account: the deal stands for its own customer, and the summary says so.
            notes.accountFromDealName.add(line)
            accountNameRange = batch.append(name)
            accountIDRange = batch.append("acct-" + StableKey.hash(["deal", batch.text(accountNameRange)]))
        }
        let idRange: Range<Int>
        if let id = cell(slots.dealID) {
            idRange = source == .salesforce ? batch.append(id) : batch.append("hubspot-", id)
        } else {
            let key = generatedKey(
                record, account: batch.text(accountNameRange), name: string(name), created: createdDate, notes: &notes)
            idRange = batch.append(key)
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
        } else {
            batch.appendRaw(UInt8(ascii: "{"))
        }
        // `,"sourceCarries":[…]}` after `"crm":{…}`, or `"sourceCarries":[…]}` alone.
        let carries = currency == nil ? sourceCarriesJSON.without : sourceCarriesJSON.with
        for byte in wroteAny ? carries[...] : carries.dropFirst() { batch.appendRaw(byte) }
        batch.appendRaw(UInt8(ascii: "}"))
        batch.append(
            row: CRMDealBatch.Row(
                line: line, id: idRange, accountID: accountIDRange, accountName: accountNameRange, name: nameRange,
                owner: ownerRange, amount: amount, stage: stageRange, status: status, createdDate: createdRange,
                closeDate: closeRange, extra: extraStart..<batch.end))
    }

    /// The key of a row without an id: `sf-`/`hubspot-` and a hash of its account, name and created date,
    /// so that a re-import finds the deal again even when its amount or stage changed. A row whose key an
    /// earlier row of the file already has keeps its own deal: its key adds a hash of all of its cells
    /// (and, for a row identical to an earlier one, how many such rows came before), and the summary names
    /// it. The same file imported again gives every row the same key again.
    private func generatedKey(
        _ record: CSVParser.Record, account: String, name: String, created: Day?, notes: inout CRMImportNotes
    ) -> String {
        let prefix = source == .salesforce ? "sf-" : "hubspot-"
        let base = StableKey.hash([account, name, created?.description ?? ""])
        let baseHash = UInt64(base, radix: 16) ?? 0
        guard let earlier = notes.seenKeys[baseHash] else {
            notes.seenKeys[baseHash] = record.line
            return prefix + base
        }
        notes.addSameKey(line: record.line, earlier: earlier)
        let content = StableKey.hash((0..<record.count).map { record.field($0) })
        var key = prefix + base + "-" + content
        var copy = 1
        while notes.seenFullKeys.contains(key) {
            copy += 1
            key = prefix + base + "-" + content + "-\(copy)"
        }
        notes.seenFullKeys.insert(key)
        return key
    }

    /// `"crm":{` — the start of the kept columns object inside `extra`.
    private static let crmPrefix: [UInt8] = Array("\"\(crmKey)\":{".utf8)
    private static let currencyJSONKey: [UInt8] = Array("\"\(currencyKey)\":".utf8)

    /// Whether a raw cell holds anything but white space. Pure.
    public static func hasText(_ cell: ArraySlice<UInt8>) -> Bool { trimmed(cell) != nil }

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
