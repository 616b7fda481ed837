extension ReviewRule {
    /// The seller's stage is ahead of the buyer-verified stage.
    public static let stageAheadOfEvidence = ReviewRule(
        id: "stage-ahead-of-evidence", firesWhen: "the seller's stage is ahead of the buyer-verified stage"
    ) { input in
        guard let seller = input.facts.sellerStage else { return nil }
        let buyer = input.facts.buyerStage
        let gap = seller.rank - buyer.rank
        guard gap >= 1 else { return nil }
        var evidence = [input.sellerStagePhrase]
        evidence.append(
            "buyer-verified stage: \(buyer.rawValue) (\(input.facts.buyerStageEvidence.joined(separator: "; ")))")
        let missing = BuyerStage.allCases.filter { $0 > buyer && $0 <= seller }
        if let next = missing.first {
            evidence.append("no customer evidence yet for \(next.rawValue): \(next.customerEvidence)")
        }
        let next = missing.first ?? seller
        return RuleResult(
            severity: gap >= 3 ? .high : gap == 2 ? .medium : .low,
            title: "Our stage is ahead of what the customer has done",
            evidence: evidence,
            questions: [
                "What has \(input.account.name) done — not said — that shows they are at \"\(input.deal.stage ?? seller.rawValue)\"?",
                "What would \(input.contact) say \(input.accountPossessive) next step is, and who owns it?",
            ],
            nextAction:
                "Set the stage to what the customer has done (\(buyer.rawValue)) and plan with \(input.contact) "
                + "the step that gets them to \(next.rawValue): \(next.customerEvidence).")
    }

    /// The seller's stage name maps to no rung of the ladder.
    public static let stageUnmapped = ReviewRule(
        id: "stage-unmapped", firesWhen: "the seller's stage name matches no known stage and no playbook mapping"
    ) { input in
        guard let stage = input.deal.stage, input.facts.sellerStage == nil else { return nil }
        return RuleResult(
            severity: .low,
            title: "The seller's stage is not on the ladder",
            evidence: [
                "stage \"\(stage)\" matches no Salesforce, HubSpot or generic stage name and no playbook mapping"
            ],
            questions: ["What has the customer done when a deal reaches \"\(stage)\" in your process?"],
            nextAction: "Add \"\(stage)\" to the playbook's stageMapping so the review can compare it with "
                + "what the customer has done.")
    }

    /// The deal has sat in its seller stage too long.
    public static let stalledInStage = ReviewRule(
        id: "stalled-in-stage", firesWhen: "the deal has been in its seller stage longer than the playbook allows"
    ) { input in
        guard !input.facts.isPaused, let stage = input.deal.stage, let since = input.currentStageSince else {
            return nil
        }
        let days = since.days(until: input.asOf)
        let limit = input.playbook.stalledStageDays
        guard days > limit else { return nil }
        var evidence = ["in \"\(stage)\" since \(since): \(days) days (the playbook allows \(limit))"]
        if let last = input.facts.lastEngagement {
            evidence.append("last customer touch: \(ReviewText.activity(last))")
        }
        return RuleResult(
            severity: days > 2 * limit ? .high : .medium,
            title: "Stalled in \"\(stage)\" for \(days) days",
            evidence: evidence,
            questions: [
                "What has \(input.account.name) been doing since \(since): is this still a priority for them?",
                "What is standing in \(input.contact)'s way, and can we help remove it?",
            ],
            nextAction: "Ask \(input.contact) openly whether \(input.goalPhrase) is still a priority, and either agree "
                + "their next step or an honest pause with a date.")
    }
}
