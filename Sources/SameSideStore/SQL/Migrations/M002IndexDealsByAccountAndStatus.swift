/// Deals of an account (account pages, foreign-key checks on delete) and open deals by close date
/// (pipeline and forecast pages).
struct M002IndexDealsByAccountAndStatus: Migration {
    let number = 2
    let name = "index deals by account and by status and close date"

    /// (name, definition) of each index; a large SQLite import drops and rebuilds them (see `SQLImportWriter`).
    static let indexes = [
        ("opportunities_account_id", "ON opportunities (account_id)"),
        ("opportunities_status_close_date", "ON opportunities (status, close_date)"),
    ]

    func statements(_ dialect: SQLStoreDialect) -> [String] {
        Self.indexes.map { "CREATE INDEX \($0.0) \($0.1)" }
    }
}
