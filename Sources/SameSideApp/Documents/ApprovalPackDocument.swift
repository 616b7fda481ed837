import SameSideCore

/// Lays the approval pack out as a document for the customer's management.
public enum ApprovalPackDocument {
    public static func make(_ pack: ApprovalPack) -> Document {
        let result = pack.analysis.result
        let money = { (value: Double) in NumberText.money(value, currency: pack.currency) }
        var subtitle = ["Business case for the management of \(pack.customerName), \(pack.asOf)"]
        if !pack.presenters.isEmpty { subtitle.append("Presented by " + pack.presenters.joined(separator: ", ")) }
        if !pack.decisionMakers.isEmpty {
            subtitle.append("For the decision of " + pack.decisionMakers.joined(separator: ", "))
        }
        subtitle.append("All amounts in \(pack.currency). Numbers marked ◆ are supplier estimates to confirm.")
        var blocks: [Document.Block] = []

        if !pack.validatedByCustomer {
            blocks.append(
                .note([
                    .plain("Draft for \(pack.customerName) to check: "),
                    .plain(
                        "the benefit figures have not yet been confirmed by "
                            + "\(ApprovalPack.possessive(pack.customerName)) own team."
                    ),
                ]))
        }
        blocks.append(.heading("Summary"))
        blocks.append(.list(pack.summary.map { [.plain($0)] }))

        blocks += goalBlocks(pack)
        blocks += needBlocks(pack, money: money)
        blocks += optionBlocks(pack, money: money)
        blocks += investmentBlocks(pack, money: money)
        blocks += figureBlocks(pack, money: money)
        blocks += sensitivityBlocks(pack, money: money)
        blocks += riskBlocks(pack)
        blocks += stepBlocks(pack)

        blocks.append(.heading("Assumptions and where each number comes from"))
        blocks.append(
            .table(
                headers: ["Assumption", "Source"],
                rows: pack.assumptions.map { [[.plain($0.statement)], [.tag($0.provenance)]] }, numeric: []))
        blocks.append(
            .paragraph([
                .plain(
                    "Method: monthly cash flows over \(result.horizonMonths) months; one-time costs in month 0;"
                        + " yearly amounts spread evenly by month; benefits scaled by their confidence and ramped up"
                        + " linearly; payback interpolated within the month;"
                        + " NPV discounts month m by (1 + rate)^(m/12)."
                )
            ]))
        return Document(title: pack.title, subtitle: subtitle, blocks: blocks)
    }

    private static func goalBlocks(_ pack: ApprovalPack) -> [Document.Block] {
        var blocks: [Document.Block] = [.heading("\(ApprovalPack.possessive(pack.customerName)) goals")]
        if let strategy = pack.strategy {
            blocks.append(.paragraph([.plain("Strategy: "), .plain(strategy)]))
        }
        guard !pack.goals.isEmpty else {
            blocks.append(
                .note([
                    .warning(
                        "No goal of \(pack.customerName) is tied to this case yet;"
                            + " it should not go forward until one is."
                    )
                ]))
            return blocks
        }
        let rows: [[Document.Line]] = pack.goals.map { goal in
            [
                [.plain(goal.statement)],
                [.plain(goal.metric ?? "not yet measured")],
                [.plain(goal.baseline.map { NumberText.plain($0, places: 2) } ?? "unknown")],
                [.plain(goal.target.map { NumberText.plain($0, places: 2) } ?? "unknown")],
                [.plain(goal.due?.description ?? "—")],
                [.plain(goal.owner ?? "—")],
                [.tag(goal.provenance)],
            ]
        }
        blocks.append(
            .table(
                headers: ["Goal", "Measure", "Today", "Target", "By", "Owner", "Source"], rows: rows,
                numeric: [2, 3, 4]))
        let evidence = pack.goals.compactMap { goal in goal.evidence.map { "\(goal.statement): \($0)" } }
        if !evidence.isEmpty {
            blocks.append(.list(evidence.map { [.plain($0)] }))
        }
        return blocks
    }

    private static func needBlocks(_ pack: ApprovalPack, money: (Double) -> String) -> [Document.Block] {
        var blocks: [Document.Block] = [.heading("The cost of doing nothing")]
        if let trigger = pack.trigger { blocks.append(.paragraph([.plain("What changed: "), .plain(trigger)])) }
        if let event = pack.compellingEvent {
            var line: Document.Line = [.plain("Deadline in \(ApprovalPack.possessive(pack.customerName)) business: ")]
            line.append(.plain(event.what ?? "compelling event"))
            if let date = event.date { line.append(.plain(" on \(date)")) }
            blocks.append(.paragraph(line))
        }
        guard let cost = pack.analysis.costOfDoingNothing else {
            blocks.append(
                .note([.warning("What the current situation costs each month has not been put into numbers yet.")]))
            return blocks
        }
        var rows: [[Document.Line]] = [
            [[.plain("Per month today")], [.plain(money(cost.perMonth))]]
        ]
        if cost.growthPercentPerMonth != 0 {
            rows.append([[.plain("Growth per month")], [.plain(NumberText.percent(cost.growthPercentPerMonth))]])
        }
        if let until = cost.untilEvent, let months = cost.monthsUntilEvent {
            rows.append([
                [.plain("Until the deadline (\(NumberText.plain(months)) months)")], [.plain(money(until))],
            ])
        }
        rows.append([[.plain("Over \(cost.horizonMonths) months")], [.strong(money(cost.overHorizon))]])
        blocks.append(.table(headers: ["Doing nothing costs", "Amount"], rows: rows, numeric: [1]))
        var basis: Document.Line = [.plain("Basis: \(pack.costOfInactionBasis ?? "not stated") ")]
        basis.append(.tag(cost.customerAcknowledged ? .customerStated : .sellerEstimated))
        blocks.append(.paragraph(basis))
        return blocks
    }

    private static func optionBlocks(_ pack: ApprovalPack, money: (Double) -> String) -> [Document.Block] {
        let months = pack.analysis.result.horizonMonths
        let rows: [[Document.Line]] = pack.analysis.options.map { option in
            [
                [.strong(option.title)],
                [.plain(option.cost.map(money) ?? "—")],
                [.plain(option.benefit.map(money) ?? "—")],
                [.plain(option.net.map(money) ?? "—")],
                [.plain(option.consequence)],
            ]
        }
        return [
            .heading("Options"),
            .table(
                headers: ["Option", "Cost over \(months) months", "Benefit", "Net", "What it means"], rows: rows,
                numeric: [1, 2, 3]),
        ]
    }

    private static func investmentBlocks(_ pack: ApprovalPack, money: (Double) -> String) -> [Document.Block] {
        let result = pack.analysis.result
        var blocks: [Document.Block] = [.heading("Investment and benefits, goal by goal")]
        var investmentRows: [[Document.Line]] = pack.investment.map { row in
            [
                [.plain(row.label)], [.plain(money(row.oneTime))], [.plain(money(row.perYear))],
                [.plain(money(row.overHorizon))], [.tag(.quote)],
            ]
        }
        investmentRows.append([[.strong("Total")], [], [], [.strong(money(result.totalInvestment))], []])
        blocks.append(
            .table(
                headers: ["Investment", "One-time", "Per year", "Over \(result.horizonMonths) months", "Source"],
                rows: investmentRows, numeric: [1, 2, 3]))
        var rows: [[Document.Line]] = []
        for goal in pack.goals {
            for benefit in goal.benefits { rows.append(benefitRow(goal.statement, benefit, money: money)) }
        }
        for benefit in pack.benefitsWithoutGoal {
            rows.append(benefitRow("not tied to a stated goal", benefit, money: money))
        }
        rows.append([[.strong("Total")], [], [], [], [], [.strong(money(result.totalBenefit))], []])
        blocks.append(
            .table(
                headers: [
                    "Goal", "Benefit", "Per year", "Confidence", "Ramp-up", "Over \(result.horizonMonths) months",
                    "Source",
                ],
                rows: rows, numeric: [2, 3, 4, 5]))
        return blocks
    }

    private static func benefitRow(
        _ goal: String, _ benefit: ApprovalPack.BenefitRow, money: (Double) -> String
    ) -> [Document.Line] {
        [
            [.plain(goal)], [.plain(benefit.label)], [.plain(money(benefit.perYear))],
            [.plain(NumberText.percent(benefit.confidence * 100))],
            [.plain(benefit.rampMonths > 0 ? "\(NumberText.plain(benefit.rampMonths)) months" : "none")],
            [.plain(money(benefit.overHorizon))], [.tag(benefit.provenance)],
        ]
    }

    private static func figureBlocks(_ pack: ApprovalPack, money: (Double) -> String) -> [Document.Block] {
        let analysis = pack.analysis
        let result = analysis.result
        let rateSource: String
        switch result.discountRateSource {
        case .deal: rateSource = ""
        case .customerHurdleRate: rateSource = " (the hurdle rate)"
        case .none: rateSource = " (no rate known)"
        }
        var rows: [[Document.Line]] = [
            [[.plain("Total investment")], [.plain(money(result.totalInvestment))]],
            [[.plain("Total benefit")], [.plain(money(result.totalBenefit))]],
            [[.plain("Net benefit")], [.strong(money(result.netBenefit))]],
            [
                [.plain("Return on investment")],
                [.plain(result.roiPercent.map(NumberText.percent) ?? "n/a (nothing invested)")],
            ],
            [
                [.plain("Payback")],
                [
                    .plain(
                        result.paybackMonths.map { "\(NumberText.plain($0)) months" }
                            ?? "not within \(result.horizonMonths) months")
                ],
            ],
            [
                [.plain("Net present value at \(NumberText.percent(result.discountRatePercent))\(rateSource)")],
                [.plain(money(result.npv))],
            ],
        ]
        switch analysis.irr {
        case .rate(let percent):
            rows.append([[.plain("Internal rate of return")], [.plain(NumberText.percent(percent) + " a year")]])
        case .suppressed:
            rows.append([[.plain("Internal rate of return")], [.plain("not shown (see below)")]])
        }
        rows.append([[.plain("Cost of each month of delay")], [.plain(money(result.costOfDelayPerMonth))]])
        var blocks: [Document.Block] = [
            .heading("The figures"),
            .table(headers: ["Measure", "Value"], rows: rows, numeric: [1]),
        ]
        if case .suppressed(let why) = analysis.irr {
            blocks.append(.paragraph([.plain("Internal rate of return: \(why.reason).")]))
        }
        blocks += [
            .heading("\(ApprovalPack.possessive(pack.customerName)) investment hurdles")
        ]
        if result.hurdleChecks.isEmpty {
            var line: Document.Line = [
                .plain(
                    "\(ApprovalPack.possessive(pack.customerName)) required payback and hurdle rate are not known yet;")
            ]
            line.append(.plain(" they should be confirmed with finance before this case is presented."))
            blocks.append(.note(line))
        } else {
            blocks.append(
                .list(
                    result.hurdleChecks.map { check in
                        check.passed ? [.ok("Met: " + check.explanation)] : [.warning("Not met: " + check.explanation)]
                    }))
        }
        if let cycle = pack.hurdles?.budgetCycle {
            blocks.append(.paragraph([.plain("Budget cycle: \(cycle)")]))
        }
        return blocks
    }

    private static func sensitivityBlocks(_ pack: ApprovalPack, money: (Double) -> String) -> [Document.Block] {
        let sensitivity = pack.analysis.sensitivity
        let names = [
            "low": "Half the expected benefit", "expected": "As expected", "high": "Half as much again (max 100%)",
        ]
        let rows: [[Document.Line]] = sensitivity.scenarios.map { scenario in
            [
                [.plain(names[scenario.name] ?? scenario.name)],
                [.plain(money(scenario.totalBenefit))],
                [.plain(money(scenario.netBenefit))],
                [.plain(scenario.paybackMonths.map { "\(NumberText.plain($0)) months" } ?? "none")],
                [.plain(money(scenario.npv))],
                [scenario.meetsHurdles ? .ok("yes") : .warning("no")],
            ]
        }
        var blocks: [Document.Block] = [
            .heading("If the benefits come in lower or higher"),
            .table(
                headers: ["Benefit confidence", "Benefit", "Net", "Payback", "NPV", "Meets hurdles"], rows: rows,
                numeric: [1, 2, 4]),
        ]
        if let percent = sensitivity.breakEvenBenefitPercent, let perYear = sensitivity.breakEvenBenefitPerYear {
            blocks.append(
                .paragraph([
                    .plain("Break-even: the case still returns its cost (NPV 0) if the benefit is "),
                    .strong(NumberText.percent(percent)),
                    .plain(" of what is expected, about \(money(perYear)) a year at full value."),
                ]))
        }
        return blocks
    }

    private static func riskBlocks(_ pack: ApprovalPack) -> [Document.Block] {
        var blocks: [Document.Block] = [.heading("Risks of the change and how they are handled")]
        if pack.risks.isEmpty && pack.openObstacles.isEmpty {
            blocks.append(
                .note([
                    .plain(
                        "No risks of the change have been written down yet;"
                            + " list them with the team before the decision."
                    )
                ]))
            return blocks
        }
        let with = pack.presenters.first.map { " with \($0)" } ?? ""
        var rows: [[Document.Line]] = pack.risks.map {
            [
                [.plain($0)], [.plain("Risk of the change")],
                [.plain("not yet agreed: to settle\(with) before the decision")],
            ]
        }
        rows += pack.openObstacles.map {
            [[.plain($0)], [.plain("Open obstacle")], [.plain("to be resolved before the decision")]]
        }
        blocks.append(.table(headers: ["Risk", "Kind", "How it is handled"], rows: rows, numeric: []))
        if !pack.riskReducers.isEmpty {
            blocks.append(
                .paragraph([
                    .plain("Already done to reduce the risk: " + pack.riskReducers.joined(separator: "; ") + ".")
                ]))
        }
        return blocks
    }

    private static func stepBlocks(_ pack: ApprovalPack) -> [Document.Block] {
        var blocks: [Document.Block] = [.heading("Remaining steps to a decision")]
        if pack.remainingSteps.isEmpty {
            blocks.append(.paragraph([.plain("No open steps are recorded.")]))
        } else {
            let rows: [[Document.Line]] = pack.remainingSteps.map { step in
                var status: Document.Line = [.plain(step.status?.rawValue ?? "not started")]
                if step.overdue { status = [.warning("overdue")] }
                if let blocker = step.blocker { status.append(.plain(" — blocked by: \(blocker)")) }
                return [
                    [.plain(step.title)], [.plain(step.owner)], [.plain(step.due?.description ?? "date not agreed")],
                    status,
                ]
            }
            blocks.append(.table(headers: ["Step", "Owner", "Due", "Status"], rows: rows, numeric: [2]))
        }
        if !pack.unplannedSteps.isEmpty {
            let names = pack.unplannedSteps.map(\.displayName).joined(separator: ", ")
            blocks.append(.paragraph([.plain("Not yet planned: \(names). Owners and dates to be agreed.")]))
        }
        return blocks
    }
}
