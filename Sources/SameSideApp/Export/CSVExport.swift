import Foundation
import SameSideCore
import SameSideStore

/// Writes the stored deals as a CSV that `sameside import --from salesforce` reads back.
///
/// Columns use Salesforce's report names; every CRM column SameSide keeps but does not model
/// (`extra["crm"]`) follows as its own column, in first-seen order.
public enum CSVExport {
    static let fixedColumns = [
        "Opportunity ID", "Opportunity Name", "Account ID", "Account Name", "Stage", "Amount", "Amount Currency",
        "Close Date", "Created Date", "Opportunity Owner",
    ]

    /// Calls `write` with the CSV text piece by piece (header first). Two passes over the deals:
    /// one for the extra columns, one for the rows; memory holds account names and column names.
    /// `Amount Currency` is the currency a CRM import recorded for the deal; a deal from a pipeline file (which
    /// states one currency for every amount) carries the pipeline's; a CRM deal imported without one stays
    /// empty, so that a round trip never invents a currency.
    public static func write(from store: any PipelineStore, _ write: (String) async throws -> Void) async throws {
        let pipelineCurrency = try await store.header()?.value.currency ?? ""
        var accountNames: [AccountID: String] = [:]
        try await store.forEachAccount { accountNames[$0.value.id] = $0.value.name }
        var extraColumns: [String] = []
        var seen: Set<String> = [CRMRowMapper.currencyKey]
        try await store.forEachOpportunity { deal in
            for key in crm(deal.value).keys where seen.insert(key).inserted { extraColumns.append(key) }
        }
        try await write(line(fixedColumns + extraColumns))
        try await store.forEachOpportunity { versioned in
            let d = versioned.value
            let kept = crm(d)
            var currency = text(kept[CRMRowMapper.currencyKey])
            if currency.isEmpty, d.amount != nil, d.sourceCarries == nil { currency = pipelineCurrency }
            var cells = [
                d.id.rawValue, d.name, d.accountId.rawValue, accountNames[d.accountId] ?? "", d.stage ?? "",
                d.amount.map(formatNumber) ?? "", currency, d.closeDate?.description ?? "",
                d.createdDate?.description ?? "", d.owner ?? "",
            ]
            for column in extraColumns { cells.append(text(kept[column])) }
            try await write(line(cells))
        }
    }

    /// The CRM columns kept with a deal (`extra["crm"]`).
    static func crm(_ deal: Opportunity) -> JSONObject {
        guard case .object(let object)? = deal.extra[CRMRowMapper.crmKey] else { return [:] }
        return object
    }

    static func text(_ value: JSONValue?) -> String {
        switch value {
        case .string(let s)?: return s
        case .number(let n)?: return formatNumber(n)
        case .bool(let b)?: return b ? "true" : "false"
        case nil, .null?: return ""
        case .array?, .object?: return ""
        }
    }

    static func formatNumber(_ n: Double) -> String {
        if n == n.rounded(), abs(n) < 1e15 { return String(Int64(n)) }
        return "\(n)"
    }

    /// One CSV line (RFC 4180 quoting, CRLF end). Pure.
    static func line(_ cells: [String]) -> String { CSVLine.make(cells) }
}
