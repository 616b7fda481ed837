/// What one CRM import noticed and decided on its own, for the summary: nothing an import decides
/// may go unsaid. Filled row by row by ``CRMRowMapper``. Pure value.
public struct CRMImportNotes: Equatable, Sendable {
    /// At most this many line numbers are kept per note; the counts go on.
    public static let maxLines = 10

    /// A count and the first few lines it happened on.
    public struct Lines: Equatable, Sendable {
        public private(set) var count = 0
        public private(set) var lines: [Int] = []

        public init() {}

        mutating func add(_ line: Int) {
            count += 1
            if lines.count < CRMImportNotes.maxLines { lines.append(line) }
        }

        /// `lines 4, 9 and 12` (`… and 3 more`).
        public var text: String {
            var parts = lines.map(String.init)
            if count > lines.count { parts.append("\(count - lines.count) more") }
            guard parts.count > 1 else { return "line " + (parts.first ?? "") }
            return "lines " + parts.dropLast().joined(separator: ", ") + " and " + parts.last!
        }
    }

    /// Rows without an id that match an earlier row's account, name and created date: kept as their own
    /// deals (line, and the line of the row they resemble).
    public private(set) var sameKeyRows: [(line: Int, earlier: Int)] = []
    public private(set) var sameKeyCount = 0
    /// Dates at or after ``CRMDateParser/placeholderYear``, read as "no date yet".
    public var placeholderDates = Lines()
    /// HubSpot deals whose account is known only by its domain.
    public var accountFromDomain = Lines()
    /// Deals without any company: each became an account named after the deal.
    public var accountFromDealName = Lines()
    /// Deals whose currency came from `--currency` (or the playbook), not from the file.
    public var currencyFromDefault = Lines()
    /// Who gave the currency of ``currencyFromDefault``, as the note names it.
    public var currencyGivenBy = "--currency"
    /// Deals with an amount but no currency anywhere.
    public var amountWithoutCurrency = Lines()
    /// Columns that look like a field another column already gives: (column, header, field, the column read).
    public var shadowedColumns: [(column: Int, header: String, field: CRMField, readFrom: String)] = []

    /// The file has no deal-name column: each deal is named by its id.
    public var dealsNamedByID = false

    /// Base keys of rows without an id seen so far, with their line; only for files without ids.
    var seenKeys: [UInt64: Int] = [:]
    /// Full keys given to rows whose base key was taken, to tell identical rows apart.
    var seenFullKeys: Set<String> = []

    public init() {}

    mutating func addSameKey(line: Int, earlier: Int) {
        sameKeyCount += 1
        if sameKeyRows.count < Self.maxLines { sameKeyRows.append((line, earlier)) }
    }

    /// `1 deal`, `3 deals`.
    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// One sentence per thing noticed, for the lines after the summary. Pure.
    public var sentences: [String] {
        var out: [String] = []
        if dealsNamedByID { out.append("no deal-name column; each deal is named by its id") }
        for shadow in shadowedColumns {
            out.append(
                "column \(shadow.column) (\"\(shadow.header)\") also looks like \(shadow.field.meaning); "
                    + "read \"\(shadow.readFrom)\" instead and kept this one as a CRM column")
        }
        if sameKeyCount > 0 {
            var pairs = sameKeyRows.map { "line \($0.line) (like line \($0.earlier))" }
            if sameKeyCount > sameKeyRows.count { pairs.append("\(sameKeyCount - sameKeyRows.count) more") }
            out.append(
                "same account, name and created date as an earlier row, without an id: \(Self.count(sameKeyCount, "row")) "
                    + "— \(pairs.joined(separator: ", ")); each was kept as its own deal")
        }
        if placeholderDates.count > 0 {
            out.append(
                "dates in \(CRMDateParser.placeholderYear) or later read as \"no date yet\": "
                    + "\(Self.count(placeholderDates.count, "date")) (\(placeholderDates.text))")
        }
        if accountFromDomain.count > 0 {
            out.append(
                "company known only by its domain on \(Self.count(accountFromDomain.count, "deal")); the domain became "
                    + "the account's name (\(accountFromDomain.text))")
        }
        if accountFromDealName.count > 0 {
            out.append(
                "no company on \(Self.count(accountFromDealName.count, "deal")); each became an account named after "
                    + "its deal (\(accountFromDealName.text)) — add the company in the CRM export or in SameSide")
        }
        if currencyFromDefault.count > 0 {
            out.append(
                "no currency in the file for \(Self.count(currencyFromDefault.count, "amount")); used the one given "
                    + "with \(currencyGivenBy)")
        }
        if amountWithoutCurrency.count > 0 {
            out.append(
                "no currency for \(Self.count(amountWithoutCurrency.count, "amount")) (\(amountWithoutCurrency.text)); "
                    + "shown as \"no currency\" — pass --currency CODE, set currency in the playbook, "
                    + "or export the currency column")
        }
        return out
    }

    public static func == (a: CRMImportNotes, b: CRMImportNotes) -> Bool { a.sentences == b.sentences }
}
