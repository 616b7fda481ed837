/// The document a customer's champion takes to their management: the business case in the customer's terms.
///
/// A view model: every field is ready to print, and renderers (``ApprovalPackRenderer``) only lay it out. It
/// is about the customer — their goals, their cost of doing nothing, their options, their hurdles, their
/// remaining steps — and never lists the seller's internal steps.
public struct ApprovalPack: Equatable, Sendable {
    /// One of the customer's goals the change serves, with the benefits tied to it.
    public struct GoalSection: Equatable, Sendable {
        public var statement: String
        public var metric: String?
        public var baseline: Double?
        public var target: Double?
        public var due: Day?
        /// "Name (title)" of the customer's owner of the goal.
        public var owner: String?
        public var provenance: Provenance
        public var evidence: String?
        public var benefits: [BenefitRow]
    }

    /// One benefit line of the case.
    public struct BenefitRow: Equatable, Sendable {
        public var label: String
        public var perYear: Double
        public var confidence: Double
        public var rampMonths: Double
        /// Undiscounted, over the horizon, at the line's confidence.
        public var overHorizon: Double
        public var provenance: Provenance
    }

    /// One line of what the customer would pay.
    public struct InvestmentRow: Equatable, Sendable {
        public var label: String
        public var oneTime: Double
        public var perYear: Double
        public var overHorizon: Double
    }

    /// A remaining step of the customer's buying process (never an internal one of the seller).
    public struct StepRow: Equatable, Sendable {
        public var title: String
        public var kind: StepKind?
        /// "customer", "supplier" or "joint", with the person when known.
        public var owner: String
        public var due: Day?
        public var status: StepStatus?
        public var blocker: String?
        public var overdue: Bool
    }

    /// A number the case rests on, and where it came from.
    public struct Assumption: Equatable, Sendable {
        public var statement: String
        public var provenance: Provenance
    }

    public var customerName: String
    public var title: String
    public var currency: String
    public var asOf: Day
    /// "Name (title)" of the customer's people who decide; empty when unknown.
    public var decisionMakers: [String]
    /// "Name (title)" of the customer's people presenting the case.
    public var presenters: [String]
    public var strategy: String?
    public var summary: [String]
    public var goals: [GoalSection]
    public var benefitsWithoutGoal: [BenefitRow]
    public var trigger: String?
    public var compellingEvent: CompellingEvent?
    public var costOfInactionBasis: String?
    public var investment: [InvestmentRow]
    public var analysis: BusinessCaseAnalysis
    public var hurdles: FinancialHurdles?
    public var risks: [String]
    public var openObstacles: [String]
    /// Done steps that already reduce the risk of the change (pilots, evaluations, success criteria,
    /// security reviews), e.g. "Pilot in the Midtown depot (done 2026-10-08)".
    public var riskReducers: [String]
    public var remainingSteps: [StepRow]
    /// Kinds of the usual approval and purchasing steps nobody has planned yet.
    public var unplannedSteps: [StepKind]
    public var assumptions: [Assumption]
    public var validatedByCustomer: Bool

    /// The pack for `deal` of `account`, in `currency`, as of `asOf`. Pure.
    /// - Throws: ``BusinessCaseError`` when the deal's business case cannot be calculated.
    public static func build(
        deal: Opportunity, account: Account, currency: String, asOf: Day
    ) throws(BusinessCaseError) -> ApprovalPack {
        guard let input = deal.businessCase else { throw .noBusinessCase(deal.id) }
        let analysis = try BusinessCaseAnalysis.of(deal, account: account, asOf: asOf, currency: currency)
        let result = analysis.result
        let validated = input.validatedByCustomer ?? false
        let benefitProvenance: Provenance = validated ? .customerStated : .sellerEstimated
        let calculator = BusinessCaseCalculator()

        var rowsByGoal: [GoalID: [BenefitRow]] = [:]
        var unassigned: [BenefitRow] = []
        for line in input.benefits {
            let single = BusinessCaseInput(horizonYears: input.horizonYears, benefits: [line])
            let total = (try? calculator.cashFlows(single).totalBenefit) ?? 0
            let row = BenefitRow(
                label: line.label ?? "benefit", perYear: line.perYear ?? 0, confidence: line.confidence ?? 1,
                rampMonths: line.rampMonths ?? 0, overHorizon: Rounding.money(total), provenance: benefitProvenance)
            if let goalId = line.goalId, account.goal(goalId) != nil {
                rowsByGoal[goalId, default: []].append(row)
            } else {
                unassigned.append(row)
            }
        }

        var goalIds = deal.goalIds
        for goalId in rowsByGoal.keys.sorted() where !goalIds.contains(goalId) { goalIds.append(goalId) }
        let goals = goalIds.compactMap { account.goal($0) }.map { goal in
            GoalSection(
                statement: goal.statement, metric: goal.metric, baseline: goal.baseline, target: goal.target,
                due: goal.due, owner: goal.ownerId.flatMap { account.stakeholder($0) }.map(Self.person),
                provenance: goal.source == .customerStated ? .customerStated : .sellerEstimated,
                evidence: goal.evidence, benefits: rowsByGoal[goal.id] ?? [])
        }

        let investment = input.investment.enumerated().map { index, line in
            InvestmentRow(
                label: line.label ?? "investment \(index + 1)", oneTime: line.oneTime ?? 0, perYear: line.perYear ?? 0,
                overHorizon: Rounding.money(
                    (line.oneTime ?? 0) + (line.perYear ?? 0) / 12 * Double(result.horizonMonths)))
        }

        let steps = deal.buyingProcess.filter { $0.internal != true && !$0.isDone && !$0.isCancelled }
            .sorted { ($0.due ?? Day(ordinal: Int.max)) < ($1.due ?? Day(ordinal: Int.max)) }
            .map { step in
                StepRow(
                    title: step.title, kind: step.kind, owner: owner(of: step, account: account), due: step.due,
                    status: step.status, blocker: step.blocker, overdue: step.due.map { $0 < asOf } ?? false)
            }
        let knownKinds = coveredKinds(deal.buyingProcess.filter { $0.internal != true })
        let usual: [StepKind] = [.managementApproval, .budget, .procurement, .purchaseOrder, .signature]
        let unplanned = usual.filter { !knownKinds.contains($0) }

        let deciders = account.stakeholders.filter {
            $0.roles.contains(.economicBuyer) || $0.roles.contains(.decisionMaker)
        }.map(person)
        let presenters = account.stakeholders.filter { $0.roles.contains(.champion) }.map(person)
        let need = deal.needToChange
        let hurdles = account.context?.financialHurdles

        return ApprovalPack(
            customerName: account.name, title: title(deal: deal, goals: goals), currency: currency, asOf: asOf,
            decisionMakers: deciders, presenters: presenters, strategy: account.context?.strategy,
            summary: summary(account: account, goals: goals, analysis: analysis, hurdles: hurdles, currency: currency),
            goals: goals, benefitsWithoutGoal: unassigned, trigger: need?.trigger,
            compellingEvent: need?.compellingEvent,
            costOfInactionBasis: need?.costOfInactionBasis, investment: investment, analysis: analysis,
            hurdles: hurdles, risks: need?.changeRisks ?? [],
            openObstacles: deal.obstacles.filter { ($0.status ?? "open").lowercased() != "resolved" }.map(
                \.description),
            riskReducers: riskReducers(deal),
            remainingSteps: steps, unplannedSteps: unplanned,
            assumptions: assumptions(input: input, deal: deal, goals: goals, result: result, validated: validated),
            validatedByCustomer: validated)
    }

    /// The usual kinds of approval and purchasing step that `steps` already cover: by their kind, by what a
    /// kind implies (a purchase order goes through procurement), or by their title ("Capital top-up approved"
    /// is the budget, "Supplier onboarding" is procurement). Pure.
    static func coveredKinds(_ steps: [BuyingStep]) -> Set<StepKind> {
        var kinds = Set(steps.compactMap(\.kind))
        if kinds.contains(.purchaseOrder) { kinds.insert(.procurement) }
        let words: [(StepKind, [String])] = [
            (.budget, ["budget", "capital", "funding", "funds"]),
            (.procurement, ["procurement", "supplier", "vendor", "purchasing", "onboarding"]),
            (.purchaseOrder, ["purchase order", " po", "po "]),
            (.signature, ["sign", "contract"]),
            (.managementApproval, ["approv", "board", "sign-off", "sign off"]),
        ]
        for step in steps {
            let title = " " + step.title.lowercased() + " "
            for (kind, keys) in words where keys.contains(where: { title.contains($0) }) { kinds.insert(kind) }
        }
        return kinds
    }

    private static func riskReducers(_ deal: Opportunity) -> [String] {
        let kinds: Set<StepKind> = [.evaluation, .successCriteria, .securityReview]
        return deal.buyingProcess.filter { step in
            step.internal != true && step.isDone && step.kind.map(kinds.contains) == true
        }.map { step in step.title + (step.completed.map { " (done \($0))" } ?? " (done)") }
    }

    /// "Northwind's", "Northline Elevator Services'". Pure.
    public static func possessive(_ name: String) -> String {
        name.hasSuffix("s") || name.hasSuffix("S") ? name + "'" : name + "'s"
    }

    /// "Name (title)".
    static func person(_ stakeholder: Stakeholder) -> String {
        stakeholder.title.map { "\(stakeholder.name) (\($0))" } ?? stakeholder.name
    }

    private static func owner(of step: BuyingStep, account: Account) -> String {
        let side: String
        switch step.owner {
        case .customer?: side = account.name
        case .seller?: side = "supplier"
        case .joint?: side = "joint"
        case nil: side = "owner not agreed"
        }
        if let id = step.ownerStakeholderId, let person = account.stakeholder(id) {
            return "\(Self.person(person)), \(side)"
        }
        return side
    }

    private static func title(deal: Opportunity, goals: [GoalSection]) -> String {
        if let first = goals.first { return first.statement }
        return deal.name
    }

    private static func summary(
        account: Account, goals: [GoalSection], analysis: BusinessCaseAnalysis, hurdles: FinancialHurdles?,
        currency: String
    ) -> [String] {
        let result = analysis.result
        let money = { (value: Double) in NumberText.readableMoney(value, currency: currency) }
        var lines: [String] = []
        if let goal = goals.first {
            var sentence = "\(account.name) aims to: \(goal.statement)"
            if let metric = goal.metric, let target = goal.target {
                let from = goal.baseline.map { " from \(NumberText.plain($0, places: 2))" } ?? ""
                sentence += " (\(metric)\(from) to \(NumberText.plain(target, places: 2))"
                sentence += goal.due.map { " by \($0))" } ?? ")"
            }
            lines.append(sentence + ".")
        }
        if let doingNothing = analysis.costOfDoingNothing {
            var sentence = "Doing nothing costs about \(money(doingNothing.perMonth)) a month"
            if doingNothing.growthPercentPerMonth != 0 {
                sentence += ", growing \(NumberText.percent(doingNothing.growthPercentPerMonth)) a month"
            }
            sentence += ": \(money(doingNothing.overHorizon)) over \(result.horizonMonths) months."
            lines.append(sentence)
        }
        var proposal = "The change costs \(money(result.totalInvestment)) over \(result.horizonMonths) months"
        proposal += " and is expected to bring \(money(result.totalBenefit)) (net \(money(result.netBenefit)))"
        if let payback = result.paybackMonths {
            proposal += ", paying back in \(NumberText.plain(payback)) months"
        } else {
            proposal += ", without paying back within that time"
        }
        proposal += "; NPV at \(NumberText.percent(result.discountRatePercent)) is \(money(result.npv))."
        lines.append(proposal)
        if !result.hurdleChecks.isEmpty {
            if result.meetsHurdles {
                lines.append(
                    "It meets \(possessive(account.name)) own investment hurdles: "
                        + result.hurdleChecks.map(\.explanation).joined(separator: "; ") + ".")
            } else {
                lines.append(
                    "It does not yet meet \(possessive(account.name)) own investment hurdles: "
                        + result.hurdleFailures.joined(separator: "; ") + ".")
            }
        }
        if let low = analysis.sensitivity.scenarios.first, let breakEven = analysis.sensitivity.breakEvenBenefitPercent
        {
            lines.append(
                "If only half the expected benefit arrives, the net is \(money(low.netBenefit)); the case breaks even"
                    + " at \(NumberText.percent(breakEven)) of the expected benefit.")
        }
        return lines
    }

    private static func assumptions(
        input: BusinessCaseInput, deal: Opportunity, goals: [GoalSection], result: BusinessCaseResult, validated: Bool
    ) -> [Assumption] {
        var list: [Assumption] = []
        for goal in goals {
            if let baseline = goal.baseline, let metric = goal.metric {
                list.append(
                    Assumption(
                        statement: "Today's \(metric) is \(NumberText.plain(baseline, places: 2))"
                            + (goal.evidence.map { " (\($0))" } ?? ""),
                        provenance: goal.provenance))
            }
        }
        for line in input.benefits {
            var statement =
                "\(line.label ?? "Benefit"): \(NumberText.readableMoney(line.perYear ?? 0)) a year at full value"
            if let confidence = line.confidence, confidence < 1 {
                statement += ", counted at \(NumberText.percent(confidence * 100)) confidence"
            }
            if let ramp = line.rampMonths, ramp > 0 {
                statement += ", reached after \(NumberText.plain(ramp)) months"
            }
            list.append(Assumption(statement: statement, provenance: validated ? .customerStated : .sellerEstimated))
        }
        if let need = deal.needToChange, let cost = need.costOfInactionPerMonth {
            var statement = "The current situation costs \(NumberText.readableMoney(cost)) a month"
            if let basis = need.costOfInactionBasis { statement += "; basis: \(basis)" }
            if let growth = need.costOfInactionGrowthPercentPerMonth, growth != 0 {
                statement += ", growing \(NumberText.percent(growth)) a month"
            }
            list.append(
                Assumption(
                    statement: statement,
                    provenance: need.customerAcknowledged == true ? .customerStated : .sellerEstimated))
        }
        let rateStatement: String
        let rateProvenance: Provenance
        switch result.discountRateSource {
        case .deal:
            rateStatement = "Future money is discounted at \(NumberText.percent(result.discountRatePercent)) a year"
            rateProvenance = validated ? .customerStated : .sellerEstimated
        case .customerHurdleRate:
            rateStatement =
                "Future money is discounted at the \(NumberText.percent(result.discountRatePercent))"
                + " hurdle rate"
            rateProvenance = .customerStated
        case .none:
            rateStatement = "No discount rate is known, so future money is not discounted"
            rateProvenance = .sellerEstimated
        }
        list.append(Assumption(statement: rateStatement, provenance: rateProvenance))
        list.append(
            Assumption(
                statement: "The case covers \(result.horizonMonths) months"
                    + (input.horizonYears == nil ? " (a default; the horizon was not agreed)" : ""),
                provenance: input.horizonYears == nil || !validated ? .sellerEstimated : .customerStated))
        if !input.investment.isEmpty {
            list.append(
                Assumption(
                    statement: "Investment amounts are those of the current quote", provenance: .quote))
        }
        return list
    }
}
