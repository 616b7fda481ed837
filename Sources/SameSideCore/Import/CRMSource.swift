/// The CRM a CSV export comes from.
public enum CRMSource: String, Sendable, CaseIterable {
    case salesforce, hubspot

    /// The name people know it by.
    public var displayName: String {
        switch self {
        case .salesforce: return "Salesforce"
        case .hubspot: return "HubSpot"
        }
    }
}
