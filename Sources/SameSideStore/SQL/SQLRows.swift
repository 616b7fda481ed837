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
            header.seller = try RecordCodec.seller(from: seller)
        }
        header.extra = try RecordCodec.object(try row.decode(column: "extra", as: String.self), "extra")
        return Versioned(header, version: try row.decode(column: "version", as: Int.self))
    }

    static func account(_ row: any SQLRow) throws -> Versioned<Account> {
        var columns = JSONObject()
        columns.append("id", .string(try row.decode(column: "id", as: String.self)))
        columns.append("name", .string(try row.decode(column: "name", as: String.self)))
        columns.append("industry", try row.decode(column: "industry", as: String?.self).map { .string($0) })
        columns.append("employees", try row.decode(column: "employees", as: Int?.self).map { .number(Double($0)) })
        columns.append("region", try row.decode(column: "region", as: String?.self).map { .string($0) })
        let account = try RecordCodec.account(
            columns: columns, detail: try row.decode(column: "detail", as: String.self))
        return Versioned(account, version: try row.decode(column: "version", as: Int.self))
    }

    static func opportunity(_ row: any SQLRow) throws -> Versioned<Opportunity> {
        func text(_ column: String) throws -> JSONValue? {
            try row.decode(column: column, as: String?.self).map { .string($0) }
        }
        var columns = JSONObject()
        columns.append("id", try text("id"))
        columns.append("accountId", try text("account_id"))
        columns.append("name", try text("name"))
        columns.append("owner", try text("owner"))
        columns.append("amount", try row.decode(column: "amount", as: Double?.self).map { .number($0) })
        columns.append("stage", try text("stage"))
        columns.append("status", try text("status"))
        columns.append("createdDate", try text("created_date"))
        columns.append("closeDate", try text("close_date"))
        let deal = try RecordCodec.opportunity(
            columns: columns, detail: try row.decode(column: "detail", as: String.self),
            extra: try row.decode(column: "extra", as: String.self))
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
            .text(RecordCodec.accountDetail(a)),
        ]
    }

    /// The values of a deal row, in ``opportunityColumns`` order without the version.
    static func opportunityValues(_ d: Opportunity) -> [SQLValue] {
        [
            .text(d.id.rawValue), .text(d.accountId.rawValue), .text(d.name), SQLValue(d.owner), SQLValue(d.amount),
            SQLValue(d.stage), .text(d.status.rawValue), SQLValue(d.createdDate?.description),
            SQLValue(d.closeDate?.description), .text(RecordCodec.object(d.extra)),
            .text(RecordCodec.opportunityDetail(d)),
        ]
    }
}
