/// Word lists the synthetic pipeline draws from.
enum SyntheticVocabulary {
    static let problems: [(statement: String, category: GoalCategory)] = [
        ("Unplanned downtime on production lines", .operationalEfficiency),
        ("Quality defects found too late", .margin),
        ("Audit preparation takes weeks", .compliance),
        ("Orders ship late to key customers", .customerService),
        ("Energy costs cannot be attributed", .cost),
    ]

    static let industries = [
        "manufacturing", "food & beverage", "packaging", "chemicals", "automotive parts", "logistics", "retail",
        "healthcare", "software",
    ]

    static let regions = ["NA", "EMEA", "APAC", "LATAM"]

    static let companyFirst = [
        "North", "Blue", "Iron", "Silver", "Cedar", "Harbor", "Summit", "Oak", "River", "Granite", "Maple", "Stone",
        "Eagle", "Pine", "Bright", "Lake", "Red", "Coast", "Prairie", "Falcon",
    ]
    static let companySecond = [
        "field", "ridge", "works", "line", "gate", "point", "brook", "wood", "crest", "vale", "port", "mark",
    ]
    static let companyKind = [
        "Foods", "Packaging", "Industries", "Manufacturing", "Logistics", "Chemicals", "Components",
    ]

    static let firstNames = [
        "Dana", "Priya", "Tom", "Lena", "Marcus", "Ray", "Helen", "Jo", "Sam", "Ines", "Peter", "Grace", "Victor",
        "Nadia", "Owen", "Mia", "Luis", "Aisha", "Kenji", "Olga", "Femi", "Clara", "Raj", "Sofia",
    ]
    static let lastNames = [
        "Ruiz", "Shah", "Becker", "Vogel", "Hale", "Donovan", "Marsh", "Park", "Ito", "Moreau", "Lund", "Obi", "Hsu",
        "Brooks", "Carter", "Larsen", "Silva", "Khan", "Tanaka", "Petrova", "Adeyemi", "Weber", "Patel", "Rossi",
    ]

    static let roles: [(title: String, roles: [StakeholderRole])] = [
        ("COO", [.economicBuyer, .decisionMaker]),
        ("CFO", [.economicBuyer]),
        ("Plant Manager", [.champion, .user]),
        ("Operations Director", [.champion, .decisionMaker]),
        ("Head of IT", [.technical]),
        ("Procurement Manager", [.procurement]),
        ("Legal Counsel", [.legal]),
        ("Maintenance Lead", [.user, .influencer]),
        ("Quality Manager", [.influencer]),
        ("Finance Controller", [.influencer]),
    ]

    static let goals: [(statement: String, metric: String, baseline: Double, target: Double, category: GoalCategory)] =
        [
            ("Cut unplanned downtime", "downtime hours per month", 40, 12, .operationalEfficiency),
            ("Reduce scrap and rework", "scrap rate (%)", 4.5, 2, .margin),
            ("Ship orders on time in full", "OTIF (%)", 88, 96, .customerService),
            ("Shorten audit preparation", "days per audit", 10, 2, .compliance),
            ("Lower energy cost per unit", "kWh per 1,000 units", 310, 260, .cost),
            ("Grow output without a new line", "units per shift", 30000, 36000, .growth),
            ("Reduce overtime in maintenance", "overtime hours per month", 300, 120, .people),
        ]

    static let sellerChasing: [@Sendable (String) -> String] = [
        { "Hi \($0), just checking in on the proposal. Any update?" },
        { "\($0), following up again. Where are we on the PO?" },
        { "Just circling back, \($0). Can we get this signed by Friday?" },
        { "Hi \($0), touching base to see if you had a chance to review our platform." },
        { "\($0), if you sign this month I can hold the discount. Let me know." },
    ]

    /// Templates taking the person's first name and the goal's metric, baseline and target.
    static let sellerHelpful: [@Sendable (String, String, String, String) -> String] = [
        { "\($0), you mentioned \($1) at \($2). What would reaching \($3) change for your team?" },
        { name, _, _, _ in "Thanks \(name). Who else on your side needs to weigh in before the budget review?" },
        { name, _, _, _ in
            "\(name), I drafted the business case with your numbers. What would your CFO want to see changed?"
        },
        { name, _, _, _ in "\(name), what does your approval process look like after the pilot?" },
    ]

    static let customerMessages = [
        "Can you send the security questionnaire?",
        "We reviewed the pilot results with the team; next step is the budget meeting.",
        "Sharing last quarter's downtime log as promised.",
        "Our CFO asked for the payback figures.",
        "Please join our procurement call on Tuesday.",
    ]

    static func summaries(_ type: ActivityType) -> [String] {
        switch type {
        case .email: return ["sent follow-up", "shared notes", "sent proposal", "answered questions"]
        case .call: return ["discovery call", "status call", "voicemail", "pricing discussion"]
        case .meeting: return ["site visit", "pilot review", "workshop", "steering meeting"]
        case .note: return ["internal note"]
        case .message: return ["LinkedIn message"]
        }
    }
}
