/// Maps a seller's CRM stage name onto the ``BuyerStage`` ladder.
///
/// Lookup order: the playbook's own mapping, then Salesforce's and HubSpot's default stages and
/// a generic list, then keywords in the name ("Closed/Commit" → `closing`). Names are compared
/// case-insensitively with surrounding spaces ignored. Pure.
public enum StageMapping {
    /// Where a mapping came from, for evidence.
    public enum Source: String, Sendable {
        case playbook, builtIn = "built-in", keyword
    }

    /// Salesforce's default opportunity stages.
    public static let salesforce: [(String, BuyerStage)] = [
        ("prospecting", .prospecting), ("qualification", .qualification), ("needs analysis", .qualification),
        ("value proposition", .evaluation), ("id. decision makers", .evaluation),
        ("perception analysis", .evaluation), ("proposal/price quote", .proposal),
        ("negotiation/review", .negotiation), ("closed won", .committed),
    ]

    /// HubSpot's default deal stages (internal ids and labels).
    public static let hubSpot: [(String, BuyerStage)] = [
        ("appointmentscheduled", .discovery), ("appointment scheduled", .discovery),
        ("qualifiedtobuy", .qualification), ("qualified to buy", .qualification),
        ("presentationscheduled", .evaluation), ("presentation scheduled", .evaluation),
        ("decisionmakerboughtin", .negotiation), ("decision maker bought-in", .negotiation),
        ("contractsent", .closing), ("contract sent", .closing), ("closedwon", .committed), ("closed won", .committed),
    ]

    /// A generic list of stage names many teams use.
    public static let generic: [(String, BuyerStage)] = [
        ("lead", .prospecting), ("prospect", .prospecting), ("prospecting", .prospecting),
        ("discovery", .discovery), ("qualified", .qualification), ("qualification", .qualification),
        ("demo", .evaluation), ("evaluation", .evaluation), ("pilot", .evaluation), ("poc", .evaluation),
        ("proof of concept", .evaluation), ("trial", .evaluation), ("solution", .evaluation),
        ("proposal", .proposal), ("quote", .proposal), ("business case", .proposal),
        ("negotiation", .negotiation), ("approval", .negotiation),
        ("contract", .closing), ("legal", .closing), ("procurement", .closing), ("commit", .closing),
        ("verbal", .closing), ("closing", .closing), ("won", .committed), ("closed", .committed),
    ]

    private static let builtIn: [String: BuyerStage] = {
        var table: [String: BuyerStage] = [:]
        for (name, stage) in generic + hubSpot + salesforce { table[name] = stage }
        return table
    }()

    /// Keywords tried in order on names no table knows.
    private static let keywordTable: [(String, BuyerStage)] = [
        ("lost", .prospecting), ("won", .committed), ("commit", .closing), ("verbal", .closing),
        ("signature", .closing), ("procure", .closing), ("legal", .closing), ("contract", .closing),
        ("negotiat", .negotiation), ("approv", .negotiation), ("proposal", .proposal), ("quote", .proposal),
        ("pric", .proposal), ("evaluat", .evaluation), ("pilot", .evaluation), ("poc", .evaluation),
        ("proof", .evaluation), ("trial", .evaluation), ("demo", .evaluation), ("present", .evaluation),
        ("solution", .evaluation), ("qualif", .qualification), ("need", .qualification),
        ("discover", .discovery), ("appointment", .discovery), ("meeting", .discovery), ("intro", .discovery),
        ("prospect", .prospecting), ("lead", .prospecting),
    ]
    private static let keywords = keywordTable.map { (PhraseList([$0.0]), $0.1) }

    /// Normalises a stage name for lookup: surrounding spaces trimmed, lowercased. Pure.
    public static func key(_ name: String) -> String {
        var bytes = Array(name.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            let lower = name.lowercased()
            return String(lower.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
        }
        for index in bytes.indices where bytes[index] >= 65 && bytes[index] <= 90 { bytes[index] += 32 }
        var start = 0
        var end = bytes.count
        while start < end && bytes[start] == 0x20 { start += 1 }
        while end > start && bytes[end - 1] == 0x20 { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The rung for `name` and where the mapping came from; `nil` when nothing matches. Pure.
    public static func map(_ name: String, playbook: Playbook) -> (stage: BuyerStage, source: Source)? {
        let key = key(name)
        if let stage = playbook.stageMapping[key] { return (stage, .playbook) }
        if let stage = builtIn[key] { return (stage, .builtIn) }
        // "closed lost" on an open deal says nothing about progress; treat it as the bottom rung.
        for (word, stage) in keywords where word.matches(key) { return (stage, .keyword) }
        return nil
    }
}
