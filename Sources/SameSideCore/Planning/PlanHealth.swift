/// How the customer's plan stands, and what each overdue customer step costs the customer.
///
/// The status is the review's (``MutualPlanStatus``: At Risk when a customer step is 1–6 days overdue or blocked,
/// Stalled at 7 or more). A step's slip cost is `daysLate × costOfInactionPerMonth / 30`, in the customer's
/// currency; `nil` when the monthly cost of doing nothing is unknown.
public struct PlanHealth: Equatable, Sendable {
    /// One overdue customer step.
    public struct Slip: Equatable, Sendable {
        public var stepId: StepID
        public var title: String
        public var due: Day
        public var daysLate: Int
        /// Who on the customer's side owns it, when known.
        public var owner: String?
        /// What the slip has cost the customer so far; `nil` when their cost of doing nothing is unknown.
        public var cost: Double?
    }

    public var status: MutualPlanStatus
    /// Overdue customer steps, most late first.
    public var slips: [Slip]
    /// The customer's monthly cost of doing nothing, when known.
    public var costPerMonth: Double?
    /// What that cost is about, in the customer's words when recorded ("lost margin + penalties").
    public var costBasis: String?
    public var currency: String
    public var customerName: String

    /// The health of `input`'s plan. Pure.
    public init(input: ReviewInput) {
        let monthly = input.facts.urgency.costPerMonth
        status = input.facts.planStatus
        costPerMonth = monthly
        costBasis = input.deal.needToChange?.costOfInactionBasis
        currency = input.currency
        customerName = input.account.name
        slips = input.facts.overdueSteps.map { item in
            Slip(
                stepId: item.step.id, title: item.step.title, due: item.due, daysLate: item.daysLate,
                owner: item.step.ownerStakeholderId.map(input.name),
                cost: monthly.map { Double(item.daysLate) * $0 / 30 })
        }
    }

    /// For the seller: one line per overdue step, with what it costs the customer. Pure.
    public var sellerLines: [String] {
        slips.map { slip in
            let owner = slip.owner.map { " (\($0))" } ?? ""
            var line = "\"\(slip.title)\"\(owner) is \(ReviewText.count(slip.daysLate, "day")) late (due \(slip.due))"
            if let cost = slip.cost, let monthly = costPerMonth {
                line +=
                    ": at \(ReviewText.money(monthly, currency))/month of doing nothing, that has cost "
                    + "\(customerName) about \(ReviewText.money(cost, currency))"
            }
            return line
        }
    }

    /// For the customer, in their terms: what each day of delay costs them, never a word about our deal. Pure.
    public var customerLines: [String] {
        slips.map { slip in
            var line =
                "\(slip.title) is \(ReviewText.count(slip.daysLate, "day")) behind the date we agreed (\(slip.due))"
            if let cost = slip.cost, let monthly = costPerMonth {
                let basis = costBasis.map { " (\(ReviewText.sentenceFragment($0)))" } ?? ""
                line +=
                    ". Each day of delay costs \(customerName) about \(ReviewText.money(monthly / 30, currency))\(basis): "
                    + "about \(ReviewText.money(cost, currency)) so far"
            }
            return line + "."
        }
    }
}
