/// A deterministic corpus of sales emails (80–200 words each) for `sameside bench-coach`.
///
/// Sentences are drawn from customer-centric, seller-centric and neutral pools, with names, numbers,
/// curly apostrophes, accents and the odd emoji, so every measure and span path is exercised.
struct CoachBenchCorpus {
    private var state: UInt64

    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    /// SplitMix64.
    private mutating func next() -> UInt64 {
        state = state &+ 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }

    private static let names = [
        "Marta", "José", "Priya", "Łukasz", "Zoë", "Kwame", "Ingrid", "Hiroshi", "Amélie", "Omar",
    ]
    private static let companies = ["Northwind", "Contoso", "Fabrikam", "Tailspin", "Wingtip", "Adatum", "Litware"]
    private static let customer = [
        "You mentioned the first-time fix rate is stuck at {n}% and your board wants {m}% by June.",
        "What would your operations team need to see before the budget review?",
        "Your plant lost {n} hours to unplanned downtime last quarter, which you said costs about ${m}k a month.",
        "Who else on your side feels the cost of the repeat visits?",
        "How does your procurement team usually handle a new vendor?",
        "I went back through the pilot data: {n}% of the delays came from the credit check step.",
        "If it helps, I can put those numbers on one page your CFO can use.",
        "What has to be true by March for your team to cope with the new volume?",
        "You said the audit in September is the real deadline, not anything on our side.",
        "Is reducing month-end close time still the top priority for your finance team?",
    ]
    private static let seller = [
        "Just checking in on the PO — any update?",
        "Our industry-leading platform is trusted by Fortune 500 companies.",
        "If you can sign by Friday I can hold the {n}% discount.",
        "We’d love to get this wrapped up before our quarter ends.",
        "I’d love to show you a quick demo of our new dashboard, it only takes 15 minutes.",
        "We’re the leading provider of AI-powered scheduling for companies like yours.",
        "I haven’t heard back and wanted to make sure this didn’t slip through the cracks.",
        "This offer expires at the end of the month, so don’t miss out! 🚀",
        "My manager approved an extra discount but only if we close this week.",
        "You’ll love our seamless integrations and best-in-class support.",
    ]
    private static let neutral = [
        "Thanks for the call on Tuesday.", "I hope the trade show went well.",
        "Attached are the notes from the site visit.",
        "The installation team can start in October.", "Let me know what you think.", "Best regards,",
        "The summary is below for reference.", "Happy to answer any questions.",
    ]

    /// One email of 80–200 words.
    mutating func email() -> String {
        let target = 80 + Int(next() % 121)
        var words = 0
        var text = "Hi \(pick(Self.names)),\n\n"
        words += 2
        let flavour = next() % 3
        while words < target {
            let pool: [String]
            switch (flavour, next() % 10) {
            case (0, 0..<6), (2, 0..<3): pool = Self.customer
            case (1, 0..<6), (2, 3..<6): pool = Self.seller
            default: pool = Self.neutral
            }
            var sentence = pick(pool)
            sentence = sentence.replacingOccurrences(of: "{n}", with: String(5 + next() % 90))
            sentence = sentence.replacingOccurrences(of: "{m}", with: String(10 + next() % 90))
            if next() % 7 == 0 { sentence += " \(pick(Self.companies)) is counting on it." }
            text += sentence
            text += next() % 4 == 0 ? "\n\n" : " "
            words += sentence.split(separator: " ").count
        }
        return text + "\n\nDana"
    }
}
