extension ReviewRule {
    /// What matters most for the customer first: their goal and its number, the need to change, who
    /// decides, their buying steps; then what the seller would like to know.
    static let unknownsOrder: [FactKind] = [
        .goals, .needToChange, .stakeholders, .buyingProcess, .activities, .businessCase, .history, .discounts,
        .currency,
    ]

    /// One finding for everything the deal's source could not tell, ranked, with the questions to ask:
    /// instead of a finding per rule that would otherwise assert an absence nobody observed.
    public static let whatWeDontKnowYet = ReviewRule(
        id: "what-we-dont-know-yet",
        firesWhen: "the deal's source (a CRM CSV export) could not carry facts the review needs, and none were added"
    ) { input in
        let unknown = unknownsOrder.filter { input.unknownFacts.contains($0) }
        guard !unknown.isEmpty else { return nil }
        let customer = input.people.customerName
        let named = unknown.prefix(4).map(\.unknownLabel)
        let title = "What we don't know yet: " + ReviewText.list(named)
        var evidence = [
            "this deal came from a CRM export that carries no " + ReviewText.list(unknown.map(\.sourceLabel))
                + ": nothing here says they are missing, only that nobody has told us yet"
        ]
        let skipped = RuleNeeds.facts.filter { !$0.value.isDisjoint(with: input.unknownFacts) }.count
        if skipped > 0 { evidence.append("\(skipped) checks wait for these facts instead of guessing") }
        return RuleResult(
            severity: .medium, title: title, evidence: evidence,
            questions: unknown.prefix(3).map { $0.question(customer: customer) },
            nextAction: "In your next conversation, ask \(customer) about " + ReviewText.list(Array(named.prefix(3)))
                + " and record the answers in SameSide; the review then judges the deal on what they said, not on "
                + "what the export lacked.")
    }
}

extension FactKind {
    /// What is unknown, as a finding's title says it.
    var unknownLabel: String {
        switch self {
        case .goals: return "their goal and its number"
        case .needToChange: return "their need to change"
        case .stakeholders: return "who decides"
        case .buyingProcess: return "their buying steps"
        case .activities: return "how they engage"
        case .businessCase: return "the return they need"
        case .history: return "how the deal has moved"
        case .discounts: return "what was offered"
        case .currency: return "the amount's currency"
        }
    }

    /// What the source did not carry, as evidence says it.
    var sourceLabel: String {
        switch self {
        case .goals: return "goals"
        case .needToChange: return "need to change"
        case .stakeholders: return "people"
        case .buyingProcess: return "buying steps"
        case .activities: return "activities"
        case .businessCase: return "business case"
        case .history: return "stage history"
        case .discounts: return "discounts"
        case .currency: return "currency"
        }
    }

    /// The question that finds it out, about the customer (never about our quarter).
    func question(customer: String) -> String {
        switch self {
        case .goals:
            return "What is \(customer) trying to achieve with this, and how will they measure it — from what "
                + "number to what number, by when?"
        case .needToChange:
            return "What happens to \(customer) if they change nothing this year, and what does that cost them?"
        case .stakeholders: return "Who at \(customer) decides, who signs, and who else is affected by the change?"
        case .buyingProcess:
            return "Which steps does \(customer) go through to buy — approvals, budget, security, legal, purchase "
                + "order — and when?"
        case .activities: return "When did \(customer) last reach out to us on their own, and what did they ask?"
        case .businessCase: return "What return does \(customer) need to see, and how soon must it pay back?"
        case .history: return "Has the close date moved before, and what on the customer's side moved it?"
        case .discounts: return "Has anything been offered to \(customer) to speed them up, and why?"
        case .currency: return "In which currency is this amount?"
        }
    }
}
