/// One option the customer's management can choose, priced over the case's horizon; doing nothing is one.
public struct CaseOption: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case doNothing
        case proceedNow
        /// Proceed after waiting this many months.
        case proceedLater(months: Int)
    }

    public var kind: Kind
    /// What the option costs over the horizon (investment, or the losses that continue), in cents.
    public var cost: Double?
    /// What it brings over the horizon, in cents.
    public var benefit: Double?
    /// Benefit − cost, in cents; for doing nothing, minus the continuing losses.
    public var net: Double?
    /// One sentence on what choosing it means.
    public var consequence: String

    public init(kind: Kind, cost: Double?, benefit: Double?, net: Double?, consequence: String) {
        self.kind = kind
        self.cost = cost
        self.benefit = benefit
        self.net = net
        self.consequence = consequence
    }

    /// The option's name for people.
    public var title: String {
        switch kind {
        case .doNothing: return "Do nothing"
        case .proceedNow: return "Proceed now"
        case .proceedLater(let months): return "Proceed in \(months) months"
        }
    }

    /// The options of a case: do nothing, proceed now, proceed after `delayMonths`; amounts in `currency`. Pure.
    public static func options(
        result: BusinessCaseResult, costOfDoingNothing: CostOfDoingNothing?, delayMonths: Int = 6,
        currency: String? = nil
    ) -> [CaseOption] {
        let months = result.horizonMonths
        let money = { (value: Double) in
            currency.map { NumberText.readableMoney(value, currency: $0) } ?? NumberText.readableMoney(value)
        }
        var options: [CaseOption] = []
        if let doingNothing = costOfDoingNothing {
            options.append(
                CaseOption(
                    kind: .doNothing, cost: doingNothing.overHorizon, benefit: 0, net: -doingNothing.overHorizon,
                    consequence: "No spending; the current losses of \(money(doingNothing.perMonth)) a month"
                        + " continue, \(money(doingNothing.overHorizon)) over \(months) months."))
        } else {
            options.append(
                CaseOption(
                    kind: .doNothing, cost: nil, benefit: 0, net: nil,
                    consequence: "No spending; what the current situation costs each month has not been put"
                        + " into numbers yet."))
        }
        options.append(
            CaseOption(
                kind: .proceedNow, cost: result.totalInvestment, benefit: result.totalBenefit, net: result.netBenefit,
                consequence: "Invest \(money(result.totalInvestment)) over \(months) months for"
                    + " \(money(result.totalBenefit)) of benefit." + reconciliation(result, costOfDoingNothing, money)))
        if delayMonths > 0 && delayMonths < months {
            let forgone = Rounding.money(Double(delayMonths) * max(0, result.costOfDelayPerMonth))
            options.append(
                CaseOption(
                    kind: .proceedLater(months: delayMonths), cost: nil, benefit: nil,
                    net: Rounding.money(result.netBenefit - forgone),
                    consequence: "About \(money(forgone)) of value is given up while waiting"
                        + " (\(money(result.costOfDelayPerMonth)) a month)."))
        }
        return options
    }

    /// How proceeding relates to doing nothing, so the two rows add up for a reader: what of the losses the
    /// benefit recovers and what stays lost, and why.
    static func reconciliation(
        _ result: BusinessCaseResult, _ doingNothing: CostOfDoingNothing?, _ money: (Double) -> String
    ) -> String {
        guard let doingNothing, doingNothing.overHorizon > 0 else { return "" }
        let losses = doingNothing.overHorizon
        let months = result.horizonMonths
        if result.totalBenefit >= losses {
            return " The benefit covers all \(money(losses)) that doing nothing would cost over \(months) months,"
                + " and \(money(result.totalBenefit - losses)) more."
        }
        return " Of the \(money(losses)) that doing nothing costs over \(months) months, the benefit counted"
            + " recovers \(money(result.totalBenefit)); \(money(losses - result.totalBenefit)) stays lost — losses"
            + " the benefit lines do not claim (the ramp-up months, and causes the change does not address)."
    }
}
