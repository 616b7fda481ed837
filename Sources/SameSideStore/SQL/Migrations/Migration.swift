/// One numbered schema change. Each lives in its own file and is listed, in order, in ``Migrations/all``.
protocol Migration: Sendable {
    /// 1, 2, 3, …: applied in this order, recorded in `sameside_migrations`.
    var number: Int { get }
    /// What it does, in a few words.
    var name: String { get }
    /// The statements, for the dialect at hand; run in one transaction with the record of the migration.
    func statements(_ dialect: SQLStoreDialect) -> [String]
}

/// The registered migrations, in the order they are applied. Append only; never edit a released one.
enum Migrations {
    static let all: [any Migration] = [
        M001CreatePipelineTables(),
        M002IndexDealsByAccountAndStatus(),
        M003CreateUsersAndSessions(),
        M004CreateDealReviews(),
        M005CreateShareLinks(),
    ]
}
