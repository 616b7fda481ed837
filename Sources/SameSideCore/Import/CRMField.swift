/// A column of a CRM export that SameSide maps onto its own fields.
///
/// Every other column is kept, as text, in the deal's `extra` under its header name.
public enum CRMField: String, Sendable, CaseIterable {
    case dealID, dealName, accountID, accountName, stage, amount, amountCurrency
    case closeDate, createdDate, owner

    /// Header spellings accepted for this field, compared case-insensitively after trimming.
    public func aliases(for source: CRMSource) -> [String] {
        switch (source, self) {
        case (.salesforce, .dealID):
            return [
                "opportunity id (18)", "opportunity id 18", "opportunity 18 digit id", "opportunity id",
                "opportunity: id", "id",
            ]
        case (.salesforce, .dealName): return ["opportunity name", "opportunity", "name"]
        case (.salesforce, .accountID): return ["account id (18)", "account id", "account: id"]
        case (.salesforce, .accountName): return ["account name", "account", "account: account name"]
        case (.salesforce, .stage): return ["stage", "stage name", "stagename", "opportunity stage"]
        case (.salesforce, .amount): return ["amount", "opportunity amount"]
        case (.salesforce, .amountCurrency):
            return ["amount currency", "opportunity currency", "currency", "currencyisocode"]
        case (.salesforce, .closeDate): return ["close date", "closedate"]
        case (.salesforce, .createdDate): return ["created date", "createddate"]
        case (.salesforce, .owner): return ["opportunity owner", "owner", "owner name", "owner: full name"]
        case (.hubspot, .dealID): return ["record id", "deal id", "hs_object_id"]
        case (.hubspot, .dealName): return ["deal name", "dealname"]
        case (.hubspot, .accountID):
            return ["associated company ids (primary)", "associated company id", "associated company ids"]
        case (.hubspot, .accountName):
            return [
                "associated company (primary)", "associated company", "associated company name", "company name",
                "company",
            ]
        case (.hubspot, .stage): return ["deal stage", "dealstage"]
        case (.hubspot, .amount): return ["amount", "amount in company currency"]
        case (.hubspot, .amountCurrency): return ["currency", "deal currency code", "deal_currency_code"]
        case (.hubspot, .closeDate): return ["close date", "closedate"]
        case (.hubspot, .createdDate): return ["create date", "createdate"]
        case (.hubspot, .owner): return ["deal owner", "hubspot_owner_id"]
        }
    }

    /// The column name as the CRM writes it by default, for messages.
    public func displayName(for source: CRMSource) -> String {
        switch (source, self) {
        case (.salesforce, .dealID): return "Opportunity ID"
        case (.salesforce, .dealName): return "Opportunity Name"
        case (.salesforce, .accountID): return "Account ID"
        case (.salesforce, .accountName): return "Account Name"
        case (.salesforce, .stage): return "Stage"
        case (.salesforce, .owner): return "Opportunity Owner"
        case (.hubspot, .dealID): return "Record ID"
        case (.hubspot, .dealName): return "Deal Name"
        case (.hubspot, .accountID): return "Associated Company IDs (Primary)"
        case (.hubspot, .accountName): return "Associated Company"
        case (.hubspot, .stage): return "Deal Stage"
        case (.hubspot, .owner): return "Deal owner"
        case (_, .amount): return "Amount"
        case (_, .amountCurrency): return "Amount Currency"
        case (_, .closeDate): return "Close Date"
        case (.salesforce, .createdDate): return "Created Date"
        case (.hubspot, .createdDate): return "Create Date"
        }
    }

    /// Fields a file must have a column for.
    public static func required(for source: CRMSource) -> [[CRMField]] {
        switch source {
        case .salesforce: return [[.dealName], [.accountName, .accountID], [.stage]]
        case .hubspot: return [[.dealName], [.stage]]
        }
    }
}
