/// Places a deal on the ``BuyerStage`` ladder from what the customer has done, and only that.
enum BuyerStageEvidence {
    /// The highest rung with customer evidence, and the facts behind it. Pure.
    static func assess(
        deal: Opportunity, touches: [Activity], tiedGoals: [Goal], visibleSteps: [BuyingStep], asOf: Day
    ) -> (stage: BuyerStage, evidence: [String]) {
        var stage = BuyerStage.prospecting
        // Facts are formatted only for the rung that wins: most deals climb several rungs.
        var pending: [() -> String] = []
        func reach(_ rung: BuyerStage, _ fact: @escaping @autoclosure () -> String) {
            if rung > stage {
                stage = rung
                pending = [fact]
            } else if rung == stage {
                pending.append(fact)
            }
        }
        let customerSteps = visibleSteps.filter { $0.owner != .seller }
        // Arrays, not sets: one to five kinds each, and building a set per question cost more than asking.
        func done(_ kinds: [StepKind]) -> BuyingStep? {
            customerSteps.first { step in step.kind.map { kinds.contains($0) } ?? false && step.isDone }
        }
        func started(_ kinds: [StepKind]) -> BuyingStep? {
            customerSteps.first { step in
                step.kind.map { kinds.contains($0) } ?? false && (step.isDone || step.status == .inProgress)
            }
        }
        func doneText(_ step: BuyingStep) -> String {
            "customer step \"\(step.title)\" done" + (step.completed.map { " on \($0)" } ?? "")
        }
        if let first = touches.first {
            reach(.discovery, "the customer first engaged on \(first.date)")
        } else if let goal = tiedGoals.first(where: { $0.source == .customerStated }) {
            reach(.discovery, "customer-stated goal \"\(goal.statement)\"")
        }
        if deal.needToChange?.customerAcknowledged == true {
            reach(.qualification, "the customer acknowledged the need to change")
        }
        if let step = done([.alignTeam]) { reach(.qualification, doneText(step)) }
        if let step = done([.successCriteria]) { reach(.evaluation, doneText(step)) }
        if let step = started([.evaluation]) {
            reach(.evaluation, step.isDone ? doneText(step) : "customer step \"\(step.title)\" in progress")
        }
        if let evaluation = done([.evaluation]) {
            if let step = done([.businessCase]) {
                reach(.proposal, "\(doneText(evaluation)) and \(doneText(step))")
            } else if deal.businessCase?.validatedByCustomer == true {
                reach(.proposal, "\(doneText(evaluation)) and the customer validated the business case")
            }
        }
        if let step = done([.managementApproval, .budget]) { reach(.negotiation, doneText(step)) }
        if let step = started([.securityReview, .legal, .procurement, .purchaseOrder, .signature]) {
            reach(.closing, step.isDone ? doneText(step) : "customer step \"\(step.title)\" in progress")
        }
        if let step = done([.purchaseOrder, .signature]) { reach(.committed, doneText(step)) }
        let evidence = pending.map { $0() }
        guard !evidence.isEmpty else {
            return (stage, ["no customer-initiated activity, acknowledgement or completed customer step"])
        }
        return (stage, evidence)
    }
}
