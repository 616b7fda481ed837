/// A first draft of a business case for a deal that has no case figures yet, from what is known — the
/// customer's goals, the cost of doing nothing, the amount — with exactly which numbers are still needed and
/// from whom. Marked as a draft everywhere it is shown: nothing in it is a calculated case. Pure value.
public struct CaseDraft: Equatable, Sendable {
    /// One number the case still needs.
    public struct Need: Equatable, Sendable {
        /// What the number is.
        public var what: String
        /// Who at the customer (or on our side) can give it.
        public var from: String
    }

    public var dealId: DealID
    public var dealName: String
    public var accountName: String
    public var currency: String
    /// The deal's amount, the likely investment's core.
    public var amount: Double?
    /// The goals the deal serves, with their metric where known.
    public var goals: [String]
    /// The cost of doing nothing, when the deal gives a monthly cost.
    public var costOfDoingNothing: CostOfDoingNothing?
    /// The customer's hurdles on file, in words.
    public var hurdles: [String]
    /// The numbers still needed, in the order to ask for them.
    public var needs: [Need]
    /// The case's horizon in months (the `case` default unless the deal says otherwise).
    public var horizonMonths: Int

    /// The draft for `deal` of `account` as of `asOf`. Pure; never throws (a bad cost of inaction is left out
    /// and asked for again).
    public init(deal: Opportunity, account: Account?, currency: String, asOf: Day) {
        let account = account ?? Account(id: deal.accountId, name: deal.accountId.rawValue)
        dealId = deal.id
        dealName = deal.name
        accountName = account.name
        self.currency = currency
        amount = deal.amount
        let years = deal.businessCase?.horizonYears ?? BusinessCaseCalculator.defaultHorizonYears
        horizonMonths = max(1, Int((years * 12).rounded()))
        let people = account.stakeholders
        func label(_ person: Stakeholder) -> String { person.title.map { "\(person.name) (\($0))" } ?? person.name }
        func name(_ id: StakeholderID?) -> String? { people.first { $0.id == id }.map(label) }
        func role(_ role: StakeholderRole) -> String? { people.first { $0.roles.contains(role) }.map(label) }
        let champion = role(.champion) ?? role(.decisionMaker) ?? "your contact at \(account.name)"
        let finance = role(.economicBuyer) ?? "\(ReviewText.possessive(account.name)) finance team"
        let tied = account.goals.filter { deal.goalIds.contains($0.id) }
        goals = tied.map { goal in
            var text = goal.statement
            if let metric = goal.metric {
                text += " — \(metric)"
                if let baseline = goal.baseline, let target = goal.target {
                    text += " from \(NumberText.plain(baseline)) to \(NumberText.plain(target))"
                }
            }
            return text
        }
        costOfDoingNothing = try? CostOfDoingNothing.of(deal.needToChange, horizonMonths: horizonMonths, asOf: asOf)
        var hurdles: [String] = []
        let onFile = account.context?.financialHurdles
        if let payback = onFile?.maxPaybackMonths {
            hurdles.append("payback within \(NumberText.plain(payback)) months")
        }
        if let rate = onFile?.hurdleRatePercent { hurdles.append("hurdle rate \(NumberText.percent(rate))") }
        self.hurdles = hurdles

        var needs: [Need] = []
        let price = deal.amount.map { " (our price: \(NumberText.readableMoney($0, currency: currency)))" } ?? ""
        needs.append(
            Need(
                what: "the investment: one-time and yearly costs, ours\(price) and their own project and running costs",
                from: "us for our price; \(champion) for their own costs"))
        if tied.isEmpty {
            needs.append(
                Need(what: "the goal the change serves, with a metric, a baseline and a target", from: champion))
        }
        for goal in tied {
            let owner = name(goal.ownerId) ?? champion
            if goal.metric == nil || goal.baseline == nil || goal.target == nil {
                needs.append(Need(what: "a metric, baseline and target for \"\(goal.statement)\"", from: owner))
            }
            needs.append(
                Need(
                    what: "what reaching \"\(goal.statement)\" is worth a year in money, and how sure they are of it",
                    from: owner))
        }
        if costOfDoingNothing == nil {
            needs.append(Need(what: "what each month of doing nothing costs, and on what basis", from: champion))
        }
        if onFile?.maxPaybackMonths == nil && onFile?.hurdleRatePercent == nil {
            needs.append(Need(what: "the payback period and hurdle rate a spend like this must meet", from: finance))
        }
        self.needs = needs
    }

    /// The draft as plain text (Markdown-compatible headings). Pure.
    public var text: String {
        var lines = [
            "DRAFT business case — \(dealName) (\(accountName))",
            "Not a calculated case: the figures below are what is known; the case needs the numbers listed last.",
            "",
        ]
        if let amount { lines.append("Amount on the deal: \(NumberText.readableMoney(amount, currency: currency))") }
        lines.append("Horizon: \(horizonMonths) months")
        lines += ["", "Goals it serves:"]
        lines += goals.isEmpty ? ["  none tied to the deal yet"] : goals.map { "  - \($0)" }
        lines += ["", "Cost of doing nothing:"]
        if let cost = costOfDoingNothing {
            lines.append(
                "  \(NumberText.readableMoney(cost.perMonth, currency: currency)) a month"
                    + (cost.growthPercentPerMonth != 0
                        ? ", growing \(NumberText.percent(cost.growthPercentPerMonth)) a month" : "")
                    + "; \(NumberText.readableMoney(cost.overHorizon, currency: currency)) over \(horizonMonths) months"
                    + (cost.customerAcknowledged ? "" : " (not yet confirmed by the customer)"))
        } else {
            lines.append("  not known yet")
        }
        if !hurdles.isEmpty { lines += ["", "The customer's hurdles: " + hurdles.joined(separator: ", ")] }
        lines += ["", "Numbers still needed (\(needs.count)):"]
        for (index, need) in needs.enumerated() { lines.append("  \(index + 1). \(need.what) — from \(need.from)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `{"dealId", "draft": true, "amount", "goals", "costOfDoingNothing", "hurdles", "needed": [{what, from}]}`.
    public var json: JSONValue {
        var object = JSONObject()
        object["dealId"] = .string(dealId.rawValue)
        object["draft"] = .bool(true)
        object["amount"] = amount.map(JSONValue.number) ?? .null
        object["horizonMonths"] = .number(Double(horizonMonths))
        object["goals"] = .array(goals.map(JSONValue.string))
        if let cost = costOfDoingNothing {
            var entry = JSONObject()
            entry["perMonth"] = .number(cost.perMonth)
            entry["overHorizon"] = .number(cost.overHorizon)
            object["costOfDoingNothing"] = .object(entry)
        } else {
            object["costOfDoingNothing"] = .null
        }
        object["hurdles"] = .array(hurdles.map(JSONValue.string))
        object["needed"] = .array(
            needs.map { need in
                var entry = JSONObject()
                entry["what"] = .string(need.what)
                entry["from"] = .string(need.from)
                return .object(entry)
            })
        return .object(object)
    }
}
