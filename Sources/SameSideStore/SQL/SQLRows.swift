import SQLKit
import SameSideCore

/// Column lists and row decoding for the store's tables.
enum SQLRows {
    static let accountColumns = ["id", "name", "industry", "employees", "region", "detail", "version"]
    static let opportunityColumns = [
        "id", "account_id", "name", "owner", "amount", "stage", "status", "created_date", "close_date", "extra",
        "detail", "version",
    ]

    static func header(_ row: any SQLRow) throws -> Versioned<PipelineHeader> {
        var header = PipelineHeader(
            asOf: try day(row, "as_of"), currency: try row.decode(column: "currency", as: String.self))
        if let seller = try row.decode(column: "seller", as: String?.self) {
            header.seller = try RecordCodec.seller(from: JSONText.parse(seller))
        }
        header.extra = try JSONText.parse(try row.decode(column: "extra", as: String.self)).objectValue("extra")
        return Versioned(header, version: try row.decode(column: "version", as: Int.self))
    }

    static func account(_ row: any SQLRow) throws -> Versioned<Account> {
        var account = Account(
            id: AccountID(try row.decode(column: "id", as: String.self)),
            name: try row.decode(column: "name", as: String.self),
            industry: try row.decode(column: "industry", as: String?.self),
            employees: try row.decode(column: "employees", as: Int?.self),
            region: try row.decode(column: "region", as: String?.self))
        try RecordCodec.applyAccountDetail(
            JSONText.parse(try row.decode(column: "detail", as: String.self)), to: &account)
        return Versioned(account, version: try row.decode(column: "version", as: Int.self))
    }

    static func opportunity(_ row: any SQLRow) throws -> Versioned<Opportunity> {
        let statusText = try row.decode(column: "status", as: String.self)
        guard let status = DealStatus(rawValue: statusText) else {
            throw StoreError.corrupt("deal status \(statusText)")
        }
        var deal = Opportunity(
            id: DealID(try row.decode(column: "id", as: String.self)),
            accountId: AccountID(try row.decode(column: "account_id", as: String.self)),
            name: try row.decode(column: "name", as: String.self),
            owner: try row.decode(column: "owner", as: String?.self),
            amount: try row.decode(column: "amount", as: Double?.self),
            stage: try row.decode(column: "stage", as: String?.self), status: status,
            createdDate: try day(row, "created_date"), closeDate: try day(row, "close_date"))
        deal.extra = try JSONText.parse(try row.decode(column: "extra", as: String.self)).objectValue("extra")
        try RecordCodec.applyOpportunityDetail(
            JSONText.parse(try row.decode(column: "detail", as: String.self)), to: &deal)
        return Versioned(deal, version: try row.decode(column: "version", as: Int.self))
    }

    private static func day(_ row: any SQLRow, _ column: String) throws -> Day? {
        guard let text = try row.decode(column: column, as: String?.self) else { return nil }
        guard let day = Day(text) else { throw StoreError.corrupt("\(column) \(text) is not a date") }
        return day
    }

    /// The values of an account row, in ``accountColumns`` order without the version.
    static func accountValues(_ a: Account) -> [SQLValue] {
        [
            .text(a.id.rawValue), .text(a.name), SQLValue(a.industry), SQLValue(a.employees), SQLValue(a.region),
            .text(JSONText.write(RecordCodec.accountDetail(a))),
        ]
    }

    /// The values of a deal row, in ``opportunityColumns`` order without the version.
    static func opportunityValues(_ d: Opportunity) -> [SQLValue] {
        [
            .text(d.id.rawValue), .text(d.accountId.rawValue), .text(d.name), SQLValue(d.owner), SQLValue(d.amount),
            SQLValue(d.stage), .text(d.status.rawValue), SQLValue(d.createdDate?.description),
            SQLValue(d.closeDate?.description), .text(JSONText.write(.object(d.extra))),
            .text(JSONText.write(RecordCodec.opportunityDetail(d))),
        ]
    }
}
