/// Deals of an account (account pages, foreign-key checks on delete) and open deals by close date
/// (pipeline and forecast pages).
struct M002IndexDealsByAccountAndStatus: Migration {
    let number = 2
    let name = "index deals by account and by status and close date"

    func statements(_ dialect: SQLStoreDialect) -> [String] {
        [
            "CREATE INDEX opportunities_account_id ON opportunities (account_id)",
            "CREATE INDEX opportunities_status_close_date ON opportunities (status, close_date)",
        ]
    }
}
