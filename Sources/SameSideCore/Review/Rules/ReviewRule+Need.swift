extension ReviewRule {
    /// Neither a trigger nor a compelling event is known.
    public static let noCompellingNeed = ReviewRule(
        id: "no-compelling-need", firesWhen: "no trigger and no compelling event are known"
    ) { input in
        let need = input.deal.needToChange
        let trigger = need?.trigger.flatMap { $0.isEmpty ? nil : $0 }
        let event = need?.compellingEvent.flatMap { $0.what != nil || $0.date != nil ? $0 : nil }
        guard trigger == nil, event == nil else { return nil }
        var evidence = ["no trigger and no compelling event recorded for \"\(input.deal.name)\""]
        if let close = input.deal.closeDate {
            evidence.append("close date \(close) is the seller's date, not the customer's")
        }
        return RuleResult(
            severity: .high,
            title: "No compelling reason for the customer to change",
            evidence: evidence,
            questions: [
                "What happened at \(input.account.name) that made this a priority now?",
                "What happens to \(input.account.name) if nothing changes for the next 12 months?",
                "Is there a date in \(input.accountPossessive) business after which not having changed hurts?",
            ],
            nextAction: "Ask \(input.contact) what changed and what it costs \(input.account.name) to leave things as "
                + "they are; if nothing is at stake for them, agree to revisit later instead of pushing.")
    }

    /// Doing nothing costs the customer less than changing, over their horizon (``ChangeEconomics``, the same
    /// comparison `sameside case` makes).
    public static let inactionCheaper = ReviewRule(
        id: "inaction-cheaper",
        firesWhen: "doing nothing costs the customer less than changing, over the horizon that matters to them"
    ) { input in
        let urgency = input.facts.urgency
        guard
            let economics = ChangeEconomics(urgency: urgency, businessCase: input.facts.businessCase?.result),
            economics.inactionCheaperUntilDeadline, let monthly = urgency.costPerMonth
        else { return nil }
        let currency = input.currency
        var monthlyText = "doing nothing costs \(ReviewText.money(monthly, currency))/month"
        if urgency.growthPercentPerMonth != 0 {
            monthlyText += " (growing \(ReviewText.number(urgency.growthPercentPerMonth))%/month)"
        }
        let ratio = economics.inactionToChangeRatio
        var evidence = [
            monthlyText,
            "\(ReviewText.money(economics.inactionUntilDeadline, currency)) over \(horizonText(input))",
            "changing costs \(ReviewText.money(economics.changeCost, currency)) — "
                + "\(ReviewText.number((ratio * 100).rounded()))% covered by the cost of doing nothing until then",
        ]
        if economics.noUrgencyButValue, let months = economics.caseHorizonMonths, let net = economics.caseNetBenefit {
            // Two horizons, two answers: say which is which rather than call the deal uneconomic.
            evidence.append(
                "over the business case's \(ReviewText.count(months, "month")) changing pays: net benefit "
                    + "\(ReviewText.money(net, currency)), within \(input.accountPossessive) hurdles")
            return RuleResult(
                severity: .low,
                title: "Waiting \(ReviewText.count(urgency.horizonMonths, "month")) costs the customer less than "
                    + "changing, though the case pays over \(ReviewText.count(months, "month"))",
                evidence: evidence,
                questions: [
                    "What would make \(input.account.name) decide before waiting stops being the cheaper choice?"
                ],
                nextAction: "Show \(input.contact) both horizons in their numbers — what waiting costs over "
                    + "\(horizonText(input)) and what changing returns over the case — and let them choose the timing.")
        }
        return RuleResult(
            severity: .high,
            title: "Doing nothing is cheaper for the customer than changing",
            evidence: evidence,
            questions: [
                "What else does doing nothing cost \(input.account.name) that the figure leaves out (risk, people, customers)?",
                "Could \(input.account.name) start smaller, so the change costs less than waiting?",
            ],
            nextAction:
                "Check the cost of doing nothing with \(input.contact) using \(input.accountPossessive) own numbers; "
                + "if it stays below the cost of change, propose a smaller first step or agree that now is not the time."
        )
    }

    /// The monthly cost of doing nothing is not known.
    public static let inactionCostUnknown = ReviewRule(
        id: "inaction-cost-unknown",
        firesWhen: "a need to change is recorded but nobody has put a cost on doing nothing"
    ) { input in
        guard let need = input.deal.needToChange, need.trigger != nil || need.compellingEvent != nil,
            input.facts.urgency.costPerMonth == nil
        else { return nil }
        var evidence: [String] = []
        if let trigger = need.trigger { evidence.append("trigger: \"\(trigger)\"") }
        evidence.append("no cost of inaction per month recorded")
        return RuleResult(
            severity: input.lateOr(.low, late: .medium),
            title: "Nobody knows what doing nothing costs the customer",
            evidence: evidence,
            questions: [
                "What does \"\(need.trigger ?? "the problem")\" cost \(input.account.name) each month, and on what basis?",
                "Who at \(input.account.name) would know that number?",
            ],
            nextAction: "Work out with \(input.contact) what each month of waiting costs \(input.account.name), "
                + "from their figures, and write down the basis.")
    }

    /// The customer has not acknowledged the need to change.
    public static let needNotAcknowledged = ReviewRule(
        id: "need-not-acknowledged", firesWhen: "the customer has not acknowledged the need to change"
    ) { input in
        guard let need = input.deal.needToChange, need.trigger != nil || need.compellingEvent != nil,
            need.customerAcknowledged != true
        else { return nil }
        var evidence: [String] = []
        if let trigger = need.trigger { evidence.append("trigger on file: \"\(trigger)\"") }
        if let event = need.compellingEvent {
            evidence.append("compelling event: \(event.what ?? "unnamed")" + (event.date.map { " on \($0)" } ?? ""))
        }
        evidence.append(
            need.customerAcknowledged == false
                ? "customerAcknowledged is false" : "nothing records that the customer acknowledged it")
        return RuleResult(
            severity: input.lateOr(.medium),
            title: "The need to change is ours, not yet the customer's",
            evidence: evidence,
            questions: [
                "Has \(input.contact) said, in their words, that \(input.account.name) must change, and why now?",
                "Who at \(input.account.name) disagrees that this needs fixing?",
            ],
            nextAction: "Share the trigger and its cost with \(input.contact) as a question and let them correct it; "
                + "record their own words when they agree.")
    }

    static func horizonText(_ input: ReviewInput) -> String {
        let urgency = input.facts.urgency
        let months = ReviewText.count(urgency.horizonMonths, "month")
        let event = input.deal.needToChange?.compellingEvent
        switch urgency.horizonBasis {
        case .paybackLimit:
            return "\(months), \(input.accountPossessive) payback limit"
        case .businessCase:
            return "\(months), the business case's horizon"
        case .compellingEvent:
            if let event, let date = event.date {
                return "\(months) until \(event.what.map { "\"\($0)\"" } ?? "the compelling event") on \(date)"
            }
            return months
        case .playbook:
            if urgency.compellingEventAhead {
                return "\(months) (the compelling event is nearer; waiting goes on costing)"
            }
            return months
                + (urgency.compellingEventPassed
                    ? " (the compelling event date has passed)" : " (no compelling event date)")
        }
    }
}
