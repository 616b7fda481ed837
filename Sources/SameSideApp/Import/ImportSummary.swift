import SameSideStore

/// What one import did, for the one-line summary on stderr.
public struct ImportSummary: Equatable, Sendable, CustomStringConvertible {
    public var rowsRead: Int
    public var deals: UpsertCounts
    public var accounts: UpsertCounts
    /// What the import noticed and decided on its own (delimiter, skipped footer, rows kept apart,
    /// placeholder dates, accounts made up from a domain or a deal name, amounts without currency), one
    /// sentence each: printed after the summary line.
    public var notes: [String] = []

    public init(rowsRead: Int, deals: UpsertCounts, accounts: UpsertCounts) {
        self.rowsRead = rowsRead
        self.deals = deals
        self.accounts = accounts
    }

    /// `12 rows read: 10 deals created, 1 updated, 1 skipped (unchanged); 4 accounts created, 0 updated`
    public var description: String {
        "\(rowsRead) rows read: \(deals.created) deals created, \(deals.updated) updated, "
            + "\(deals.unchanged) skipped (unchanged); \(accounts.created) accounts created, \(accounts.updated) updated"
    }
}
