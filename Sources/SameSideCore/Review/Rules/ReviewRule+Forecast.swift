extension ReviewRule {
    /// The close date has been pushed out repeatedly.
    public static let closeDateSlipped = ReviewRule(
        id: "close-date-slipped", firesWhen: "the close date has been pushed out repeatedly"
    ) { input in
        let history = input.deal.closeDateHistory.enumerated()
            .sorted {
                $0.element.changedOn != $1.element.changedOn
                    ? $0.element.changedOn < $1.element.changedOn : $0.offset < $1.offset
            }
            .map(\.element.closeDate)
        var dates = history
        if let current = input.deal.closeDate, dates.last != current { dates.append(current) }
        var pushes = 0
        for (previous, next) in zip(dates, dates.dropFirst()) where next > previous { pushes += 1 }
        guard pushes >= input.playbook.closeDateSlips, let first = dates.first, let last = dates.last else {
            return nil
        }
        return RuleResult(
            severity: pushes > input.playbook.closeDateSlips ? .high : .medium,
            title: "The close date has slipped \(pushes) times",
            evidence: [
                "close date moved \(dates.map(\.description).joined(separator: " → "))",
                "\(first.days(until: last)) days later than first set",
            ],
            questions: [
                "What on \(input.accountPossessive) side moved each time — and did anyone ask them for the date?",
                "What is \(input.accountPossessive) own date for having this working, and why that date?",
            ],
            nextAction: "Rebuild the close date from \(input.accountPossessive) remaining steps with \(input.contact), "
                + "instead of moving it again on our own.")
    }

    /// The close date is in the past and the deal is still open.
    public static let closeDatePassed = ReviewRule(
        id: "close-date-passed", firesWhen: "the close date is in the past and the deal is still open"
    ) { input in
        guard let close = input.deal.closeDate, close < input.asOf else { return nil }
        let days = close.days(until: input.asOf)
        return RuleResult(
            severity: days > 30 ? .high : .medium,
            title: "Overdue: the close date passed \(days) days ago",
            evidence: ["close date \(close), still open on \(input.asOf)"],
            questions: [
                "What does \(input.account.name) still have to do, and what date would \(input.contact) give it?"
            ],
            nextAction:
                "Ask \(input.contact) where things stand on their side and set the close date from their answer.")
    }
}
