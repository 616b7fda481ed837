/// Places a deal on the ``BuyerStage`` ladder from what the customer has done, and only that.
enum BuyerStageEvidence {
    /// A fact that puts the deal on a rung, formatted only if its rung wins.
    private enum Fact {
        case firstEngaged(Day)
        case statedGoal(String)
        case acknowledgedNeed
        case done(BuyingStep)
        case inProgress(BuyingStep)
        case doneBoth(BuyingStep, BuyingStep)
        case doneAndCaseValidated(BuyingStep)
        /// Done when the step is done, else in progress.
        case started(BuyingStep)

        var text: String {
            switch self {
            case .firstEngaged(let day): return "the customer first engaged on \(day)"
            case .statedGoal(let statement): return "customer-stated goal \"\(statement)\""
            case .acknowledgedNeed: return "the customer acknowledged the need to change"
            case .done(let step): return Self.doneText(step)
            case .inProgress(let step): return "customer step \"\(step.title)\" in progress"
            case .doneBoth(let first, let second): return "\(Self.doneText(first)) and \(Self.doneText(second))"
            case .doneAndCaseValidated(let step):
                return "\(Self.doneText(step)) and the customer validated the business case"
            case .started(let step): return step.isDone ? Self.doneText(step) : Fact.inProgress(step).text
            }
        }

        private static func doneText(_ step: BuyingStep) -> String {
            "customer step \"\(step.title)\" done" + (step.completed.map { " on \($0)" } ?? "")
        }
    }

    /// The highest rung with customer evidence, and the facts behind it. Pure.
    ///
    /// - Parameter customerSteps: the visible steps the customer owns or shares.
    static func assess(
        deal: Opportunity, touches: ActivitySlice, tiedGoals: [Goal], customerSteps: [BuyingStep], asOf: Day
    ) -> (stage: BuyerStage, evidence: [String]) {
        var stage = BuyerStage.prospecting
        // Facts are formatted only for the rung that wins: most deals climb several rungs. Values, not closures:
        // a closure per fact cost an allocation each.
        var pending: [Fact] = []
        func reach(_ rung: BuyerStage, _ fact: Fact) {
            if rung > stage {
                stage = rung
                pending.removeAll(keepingCapacity: true)
                pending.append(fact)
            } else if rung == stage {
                pending.append(fact)
            }
        }
        // Arrays, not sets: one to five kinds each, and building a set per question cost more than asking.
        // Read in place, field by field: `first(where:)` copied every step it looked at.
        func first(_ kinds: [StepKind], orInProgress: Bool) -> BuyingStep? {
            customerSteps.withUnsafeBufferPointer { steps in
                for index in steps.indices {
                    guard let kind = steps[index].kind, kinds.contains(kind) else { continue }
                    let status = steps[index].status
                    if BuyingStep.isDone(status: status, completed: steps[index].completed)
                        || (orInProgress && status == .inProgress)
                    {
                        return steps[index]
                    }
                }
                return nil
            }
        }
        func done(_ kinds: [StepKind]) -> BuyingStep? { first(kinds, orInProgress: false) }
        func started(_ kinds: [StepKind]) -> BuyingStep? { first(kinds, orInProgress: true) }
        if let first = touches.first {
            reach(.discovery, .firstEngaged(first.date))
        } else if let goal = tiedGoals.first(where: { $0.source == .customerStated }) {
            reach(.discovery, .statedGoal(goal.statement))
        }
        if deal.needToChange?.customerAcknowledged == true { reach(.qualification, .acknowledgedNeed) }
        if let step = done([.alignTeam]) { reach(.qualification, .done(step)) }
        if let step = done([.successCriteria]) { reach(.evaluation, .done(step)) }
        if let step = started([.evaluation]) { reach(.evaluation, .started(step)) }
        if let evaluation = done([.evaluation]) {
            if let step = done([.businessCase]) {
                reach(.proposal, .doneBoth(evaluation, step))
            } else if deal.businessCase?.validatedByCustomer == true {
                reach(.proposal, .doneAndCaseValidated(evaluation))
            }
        }
        if let step = done([.managementApproval, .budget]) { reach(.negotiation, .done(step)) }
        if let step = started([.securityReview, .legal, .procurement, .purchaseOrder, .signature]) {
            reach(.closing, .started(step))
        }
        if let step = done([.purchaseOrder, .signature]) { reach(.committed, .done(step)) }
        guard !pending.isEmpty else {
            return (stage, ["no customer-initiated activity, acknowledgement or completed customer step"])
        }
        return (stage, pending.map(\.text))
    }
}
