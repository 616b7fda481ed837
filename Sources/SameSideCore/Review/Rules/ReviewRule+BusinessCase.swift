extension ReviewRule {
    /// A late-stage deal without a business case.
    public static let noBusinessCase = ReviewRule(
        id: "no-business-case", firesWhen: "a late-stage deal without a business case"
    ) { input in
        guard input.facts.isLateStage, input.facts.businessCase?.isComplete != true else { return nil }
        var evidence = [input.sellerStagePhrase]
        if let problem = input.facts.businessCase?.problem {
            evidence.append("the business case on file cannot be calculated: \(problem)")
        } else {
            evidence.append("no business case (investment and benefits) on file")
        }
        if let hurdles = input.account.context?.financialHurdles {
            var rules: [String] = []
            if let payback = hurdles.maxPaybackMonths {
                rules.append("payback within \(ReviewText.number(payback)) months")
            }
            if let rate = hurdles.hurdleRatePercent { rules.append("hurdle rate \(ReviewText.number(rate))%") }
            if !rules.isEmpty {
                evidence.append("\(input.accountPossessive) hurdles: \(rules.joined(separator: ", "))")
            }
        }
        if let monthly = input.facts.urgency.costPerMonth {
            evidence.append("cost of doing nothing on file: \(ReviewText.money(monthly, input.currency))/month")
        }
        return RuleResult(
            severity: .high,
            title: "Late stage without a business case",
            evidence: evidence,
            questions: [
                input.contactIsApprover
                    ? "What will \(input.contact) need to show \(input.accountPossessive) finance team to sign off \(input.amount)?"
                    : "How will \(input.contact) justify \(input.amount) to \(input.approver)?",
                "Which of \(input.accountPossessive) own numbers would their finance team trust?",
            ],
            nextAction:
                "Build the business case with \(input.contact) from \(input.accountPossessive) own numbers and give "
                + "it to them in a form they can take to "
                + (input.contactIsApprover ? "their finance team" : input.approverName) + ".")
    }

    /// The business case fails the customer's own payback or hurdle rate.
    public static let businessCaseMissesHurdle = ReviewRule(
        id: "business-case-misses-hurdle",
        firesWhen: "the business case fails the customer's own payback or hurdle rate"
    ) { input in
        guard let result = input.facts.businessCase?.result, !result.hurdleFailures.isEmpty else { return nil }
        var evidence = result.hurdleFailures
        evidence.append(
            "investment \(ReviewText.money(result.totalInvestment, input.currency)), benefit "
                + "\(ReviewText.money(result.totalBenefit, input.currency)) over \(ReviewText.count(result.horizonMonths, "month"))"
        )
        return RuleResult(
            severity: .high,
            title: "The business case fails the customer's own hurdles",
            evidence: evidence,
            questions: [
                "Which benefits has \(input.account.name) itself confirmed, and which did we estimate?",
                "Would a smaller first phase pay back within \(input.accountPossessive) limits?",
            ],
            nextAction: "Rework the case with \(input.contact) (scope, phasing, their figures) until it meets "
                + "\(input.accountPossessive) own hurdles, or tell them honestly that it does not yet.")
    }
}
