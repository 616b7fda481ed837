/// A column of a CRM export that SameSide maps onto its own fields.
///
/// Every other column is kept, as text, in the deal's `extra` under its header name.
public enum CRMField: String, Sendable, CaseIterable {
    case dealID, dealName, accountID, accountName, companyDomain, stage, amount, amountCurrency
    case closeDate, createdDate, owner, isWon, isClosed

    /// Header spellings of this field, in order of preference, as ``HeaderName/key(_:)`` writes them
    /// (lowercase letters and digits only): so `Close Date`, `CloseDate`, `closedate`, `close_date` and
    /// `CLOSE-DATE` are one spelling. The one table of aliases; docs/storage.md lists it.
    ///
    /// Report labels, Salesforce API names (`StageName`, `AccountId`), HubSpot internal names
    /// (`dealstage`) and warehouse copies (`stage_name`, `account_id`, `is_won`) all reduce to these.
    public func aliases(for source: CRMSource) -> [String] {
        switch (source, self) {
        case (.salesforce, .dealID):
            return ["opportunityid18", "opportunity18digitid", "opportunityid", "opportunitysfid", "id", "recordid"]
        case (.hubspot, .dealID): return ["recordid", "dealid", "hsobjectid", "id"]
        case (.salesforce, .dealName): return ["opportunityname", "opportunity", "name", "dealname"]
        case (.hubspot, .dealName): return ["dealname", "name"]
        case (.salesforce, .accountID): return ["accountid18", "account18digitid", "accountid"]
        case (.hubspot, .accountID):
            return ["associatedcompanyidsprimary", "associatedcompanyid", "associatedcompanyids", "companyid"]
        case (.salesforce, .accountName): return ["accountname", "account", "company", "companyname"]
        case (.hubspot, .accountName):
            return [
                "associatedcompanyprimary", "associatedcompany", "associatedcompanyname", "companyname", "company",
                "accountname",
            ]
        case (.salesforce, .companyDomain): return ["accountwebsite", "website"]
        case (.hubspot, .companyDomain):
            return ["associatedcompanydomain", "companydomainname", "companydomain", "domain"]
        case (.salesforce, .stage): return ["stage", "stagename", "opportunitystage", "dealstage"]
        case (.hubspot, .stage): return ["dealstage", "stage", "dealstagename"]
        case (.salesforce, .amount): return ["amount", "opportunityamount", "totalamount"]
        case (.hubspot, .amount): return ["amount", "dealamount", "amountincompanycurrency"]
        case (_, .amountCurrency):
            return [
                "amountcurrency", "opportunitycurrency", "currencyisocode", "currency", "dealcurrencycode",
                "totalamountcurrency", "currencycode",
            ]
        case (.salesforce, .closeDate): return ["closedate", "expectedclosedate", "closingdate"]
        case (.hubspot, .closeDate): return ["closedate", "closingdate", "expectedclosedate"]
        case (.salesforce, .createdDate): return ["createddate", "createdate", "createdat", "opportunitycreateddate"]
        case (.hubspot, .createdDate): return ["createdate", "createddate", "createdat", "hscreatedate"]
        case (.salesforce, .owner):
            return ["opportunityowner", "owner", "ownername", "ownerfullname", "opportunityownername"]
        case (.hubspot, .owner): return ["dealowner", "owner", "ownername", "hubspotowner"]
        case (_, .isWon): return ["iswon", "won"]
        case (_, .isClosed): return ["isclosed", "closed"]
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
        case (.salesforce, .companyDomain): return "Website"
        case (.hubspot, .dealID): return "Record ID"
        case (.hubspot, .dealName): return "Deal Name"
        case (.hubspot, .accountID): return "Associated Company IDs (Primary)"
        case (.hubspot, .accountName): return "Associated Company"
        case (.hubspot, .companyDomain): return "Associated Company Domain"
        case (.hubspot, .stage): return "Deal Stage"
        case (.hubspot, .owner): return "Deal owner"
        case (_, .amount): return "Amount"
        case (_, .amountCurrency): return "Amount Currency"
        case (_, .closeDate): return "Close Date"
        case (.salesforce, .createdDate): return "Created Date"
        case (.hubspot, .createdDate): return "Create Date"
        case (_, .isWon): return "Won"
        case (_, .isClosed): return "Closed"
        }
    }

    /// What this field is, in words, for messages ("the close date").
    public var meaning: String {
        switch self {
        case .dealID: return "the deal's id"
        case .dealName: return "the deal's name"
        case .accountID: return "the account's id"
        case .accountName: return "the account's name"
        case .companyDomain: return "the company's domain"
        case .stage: return "the stage"
        case .amount: return "the amount"
        case .amountCurrency: return "the amount's currency"
        case .closeDate: return "the close date"
        case .createdDate: return "the created date"
        case .owner: return "the deal's owner"
        case .isWon: return "whether the deal is won"
        case .isClosed: return "whether the deal is closed"
        }
    }

    /// Fields a file must have a column for.
    public static func required(for source: CRMSource) -> [[CRMField]] {
        switch source {
        case .salesforce: return [[.dealName, .dealID], [.accountName, .accountID], [.stage]]
        case .hubspot: return [[.dealName, .dealID], [.stage]]
        }
    }
}

/// Reduces a header cell to the form the alias table uses. Pure.
public enum HeaderName {
    /// Lowercase ASCII letters and digits of `name`, everything else dropped (`Close_Date ` → `closedate`);
    /// letters outside ASCII are kept, lowercased.
    public static func key(_ name: String) -> String {
        var out = ""
        out.reserveCapacity(name.utf8.count)
        for scalar in name.unicodeScalars {
            if scalar.isASCII {
                let value = scalar.value
                if value >= 65 && value <= 90 {
                    out.unicodeScalars.append(Unicode.Scalar(value + 32)!)
                } else if (value >= 97 && value <= 122) || (value >= 48 && value <= 57) {
                    out.unicodeScalars.append(scalar)
                }
            } else if scalar.properties.isAlphabetic {
                out += String(scalar).lowercased()
            }
        }
        return out
    }
}
