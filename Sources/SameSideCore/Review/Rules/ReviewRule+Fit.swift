extension ReviewRule {
    /// The account fails the seller's Ideal Customer Profile.
    public static let outsideICP = ReviewRule(
        id: "outside-icp", firesWhen: "the account fails the seller's Ideal Customer Profile"
    ) { input in
        guard let icp = input.seller?.icp,
            let fit = ICPFit(account: input.account, seller: input.seller, failuresOnly: true)
        else {
            return nil
        }
        let account = input.account
        let failures = fit.failures
        let serious = fit.serious
        guard !failures.isEmpty else { return nil }
        let needed = icp.requiredProblems.compactMap { id in input.seller?.problemsWeSolve.first { $0.id == id } }
        let problem = needed.first.map { "\"\($0.statement)\"" } ?? "a problem we solve"
        return RuleResult(
            severity: serious || failures.count >= 2 ? .high : .medium,
            title: "\(account.name) is outside our Ideal Customer Profile",
            evidence: failures.map { "\(account.name): \($0)" },
            questions: [
                "Does \(account.name) really have \(problem), in their own words?",
                "What would \(account.name) lose if they never bought from us?",
            ],
            nextAction: "Check the fit honestly with \(input.contact): if \(account.name) does not have \(problem), "
                + "say so and step back rather than spend their time.")
    }

    /// The account has none of the problems the seller solves.
    public static let noProblemWeSolve = ReviewRule(
        id: "no-problem-we-solve", firesWhen: "the account has none of the problems the seller solves"
    ) { input in
        guard let catalogue = input.seller?.problemsWeSolve, !catalogue.isEmpty else { return nil }
        let account = input.account
        guard !account.problems.contains(where: { id in catalogue.contains { $0.id == id } }) else { return nil }
        let statements = catalogue.map { "\"\($0.statement)\"" }
        let evidence: [String]
        if account.problems.isEmpty {
            evidence = ["no problems recorded for \(account.name)", "we solve: \(ReviewText.list(statements))"]
        } else {
            evidence = [
                "\(ReviewText.possessive(account.name)) problems on file: \(account.problems.map(\.rawValue).joined(separator: ", "))",
                "none of them is one we solve: \(ReviewText.list(statements))",
            ]
        }
        return RuleResult(
            severity: account.problems.isEmpty ? .medium : .high,
            title: "No problem we solve is known at \(account.name)",
            evidence: evidence,
            questions: [
                "What is getting in the way of \(ReviewText.possessive(account.name)) goals today, in their words?",
                "Which of these does \(input.contact) recognise: \(ReviewText.list(statements))?",
            ],
            nextAction:
                "Ask \(input.contact) about \(ReviewText.possessive(account.name)) biggest operational problems this year "
                + "and listen; record only what they confirm.")
    }
}

extension EmployeeRange {
    /// More than twice the maximum or under half the minimum: another market, not a neighbouring one. Pure.
    public func isFarOutside(_ count: Int) -> Bool {
        if let min, count * 2 < min { return true }
        if let max, count > max * 2 { return true }
        return false
    }
}
