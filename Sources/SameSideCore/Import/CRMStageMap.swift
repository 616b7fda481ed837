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

    /// The status of a trimmed Salesforce stage cell read from its bytes (the stage is kept as
    /// written); `nil` when the cell is not plain ASCII (then ``map(_:source:)`` decides). Pure.
    public static func status(ofSalesforceStage bytes: ArraySlice<UInt8>) -> DealStatus? {
        // The stage's letters, lowercased, 5 bits each: enough for the 10 of "closedlost".
        var key: UInt64 = 0
        var letters = 0
        for b in bytes {
            guard b < 0x80 else { return nil }
            let lower = b | 0x20
            guard lower >= 97 && lower <= 122 else { continue }
            letters += 1
            if letters > 10 { return .open }
            key = key << 5 | UInt64(lower - 96)
        }
        switch key {
        case closedWonKey, wonKey: return .won
        case closedLostKey, lostKey: return .lost
        default: return .open
        }
    }

    private static func letterKey(_ text: String) -> UInt64 {
        text.utf8.reduce(UInt64(0)) { $0 << 5 | UInt64($1 - 96) }
    }
    private static let closedWonKey = letterKey("closedwon")
    private static let wonKey = letterKey("won")
    private static let closedLostKey = letterKey("closedlost")
    private static let lostKey = letterKey("lost")
}
