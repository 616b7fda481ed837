/// Turns a CRM's stage into SameSide's stage name and deal status.
///
/// The stage is kept as the CRM spells it (HubSpot's internal ids become their labels);
/// closed stages set the status to won or lost. Pure.
public enum CRMStageMap {
    /// HubSpot's default pipeline: internal id → label.
    public static let hubspotLabels: [String: String] = [
        "appointmentscheduled": "Appointment Scheduled",
        "qualifiedtobuy": "Qualified To Buy",
        "presentationscheduled": "Presentation Scheduled",
        "decisionmakerboughtin": "Decision Maker Bought-In",
        "contractsent": "Contract Sent",
        "closedwon": "Closed Won",
        "closedlost": "Closed Lost",
    ]

    /// The stage label and status for a CRM stage cell.
    public static func map(_ raw: String, source: CRMSource) -> (stage: String, status: DealStatus) {
        let trimmed = raw.trimmingSpaces
        let label = source == .hubspot ? (hubspotLabels[trimmed.lowercased()] ?? trimmed) : trimmed
        let key = label.lowercased().filter { $0.isLetter }
        if key == "closedwon" || key == "won" { return (label, .won) }
        if key == "closedlost" || key == "lost" { return (label, .lost) }
        return (label, .open)
    }
}
