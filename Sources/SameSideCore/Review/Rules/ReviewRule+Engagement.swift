extension ReviewRule {
    /// Repeated seller-initiated outreach with no customer response.
    public static let sellerChasing = ReviewRule(
        id: "seller-chasing", firesWhen: "repeated seller-initiated outreach with no customer response"
    ) { input in
        let unanswered = input.facts.unansweredOutreach
        guard !input.facts.isPaused, unanswered.count >= input.playbook.chasingCount, let first = unanswered.first
        else { return nil }
        var kinds: [String: Int] = [:]
        for activity in unanswered { kinds[activity.type?.rawValue ?? "touch", default: 0] += 1 }
        let breakdown = kinds.keys.sorted().map { ReviewText.count(kinds[$0] ?? 0, $0) }
        let who = input.deal.owner.map { " from \($0)" } ?? ""
        var evidence = [
            "\(ReviewText.count(unanswered.count, "outreach", "outreaches"))\(who) since \(first.date) "
                + "(\(breakdown.joined(separator: ", "))), no reply"
        ]
        evidence += unanswered.suffix(4).map(ReviewText.activity)
        if let last = input.facts.lastEngagement {
            evidence.append("last heard from the customer: \(ReviewText.activity(last))")
        } else {
            evidence.append("the customer has never replied or met with us")
        }
        return RuleResult(
            severity: .high,
            title: "We are chasing; the customer has gone quiet",
            evidence: evidence,
            questions: [
                "What has changed for \(input.contact) since \(input.facts.lastEngagement?.date.description ?? "we started") "
                    + "— what are they dealing with that we don't know about?",
                "What does \(input.contact) still have to do inside \(input.account.name) to move this, and who must approve it?",
            ],
            nextAction:
                "Stop asking. Send \(input.contact) one short note that offers help with their next internal step "
                + "(for example material for \(input.approverName)) and asks nothing for us.")
    }

    /// The customer engaged, then went silent while the seller kept reaching out.
    public static let ghosted = ReviewRule(
        id: "ghosted", firesWhen: "the customer had engaged, then went silent while we reached out twice or more"
    ) { input in
        guard !input.facts.isPaused, let last = input.facts.lastEngagement else { return nil }
        let silence = last.date.days(until: input.asOf)
        let limit = input.playbook.ghostedDays
        let since = input.facts.unansweredOutreach
        guard silence >= limit, since.count >= 2 else { return nil }
        return RuleResult(
            severity: silence >= 2 * limit ? .high : .medium,
            title: "Ghosted: \(silence) days of silence from the customer",
            evidence: [
                "last heard from the customer \(silence) days ago: \(ReviewText.activity(last))",
                "\(ReviewText.count(since.count, "seller outreach", "seller outreaches")) since, none answered",
            ],
            questions: [
                "What did \(input.account.name) say or do last, and what might have happened inside the company since?",
                "Is \(input.goalPhrase) still a priority for them this quarter?",
            ],
            nextAction:
                "Try a different, useful channel: ask someone else at \(input.account.name) how things stand, or "
                + "send \(input.contact) something that helps with \(input.goalPhrase) and invite them to pause honestly if timing changed."
        )
    }

    /// No customer-initiated activity recently.
    public static let noCustomerPull = ReviewRule(
        id: "no-customer-pull", firesWhen: "no customer-initiated activity recently"
    ) { input in
        guard !input.facts.isPaused else { return nil }
        let window = input.playbook.pullWindowDays
        let last = input.facts.lastCustomerTouch
        if let last, last.date.days(until: input.asOf) <= window { return nil }
        var evidence = [
            "no customer-initiated activity in the last \(window) days (since \(input.asOf.adding(days: -window)))"
        ]
        if let last {
            evidence.append("last customer touch: \(ReviewText.activity(last))")
        } else {
            evidence.append("no customer-initiated activity ever recorded")
        }
        evidence.append(
            "\(ReviewText.count(input.facts.sellerOutreach.count, "seller outreach", "seller outreaches")) in all")
        return RuleResult(
            severity: .medium,
            title: "The customer is not pulling",
            evidence: evidence,
            questions: [
                "When did \(input.account.name) last ask us for something, and what was it?",
                "What would make this worth \(input.contact)'s time right now?",
            ],
            nextAction:
                "Offer \(input.contact) something they can use for \(input.goalPhrase) (an answer, a benchmark, "
                + "an introduction) and let them decide the next step.")
    }

    /// No activity for too long.
    public static let stale = ReviewRule(id: "stale", firesWhen: "no activity for too long") { input in
        guard !input.facts.isPaused else { return nil }
        let limit = input.playbook.staleDays
        var reference = input.facts.lastActivity?.date ?? input.deal.createdDate
        var basis =
            input.facts.lastActivity.map { "last activity: \(ReviewText.activity($0))" }
            ?? input.deal.createdDate.map { "no activity since the deal was created on \($0)" }
        // After an honest pause, silence is counted from the pause's end, not from before it.
        if let pauseEnd = input.deal.pausedUntil, pauseEnd <= input.asOf, reference.map({ pauseEnd > $0 }) ?? true {
            reference = pauseEnd
            basis = "paused until \(pauseEnd); nothing since"
        }
        guard let reference else {
            return RuleResult(
                severity: .medium, title: "No activity recorded",
                evidence: ["no activity and no created date for \"\(input.deal.name)\""],
                questions: ["Is anyone at \(input.account.name) actually working on this with us?"],
                nextAction: "Record the last real conversation with \(input.account.name), or close the deal honestly.")
        }
        let days = reference.days(until: input.asOf)
        guard days >= limit else { return nil }
        return RuleResult(
            severity: days >= 2 * limit ? .high : .medium,
            title: "No activity for \(days) days",
            evidence: [basis ?? "", "the playbook calls a deal stale after \(limit) days"].filter { !$0.isEmpty },
            questions: [
                input.mainGoal == nil
                    ? "Does \(input.account.name) still want to change anything here, and why now?"
                    : "Is \(input.goalPhrase) still a priority for \(input.account.name)?",
                "What would \(input.contact) need to pick this up again?",
            ],
            nextAction:
                "Ask \(input.contact) plainly whether the timing still works for them; record an honest pause with "
                + "a date, or close the deal if the need has gone.")
    }

    /// An honest pause ended and nobody has reconnected.
    public static let pauseExpired = ReviewRule(
        id: "pause-expired",
        firesWhen: "the deal's honest pause has ended and the customer has not been heard from since"
    ) { input in
        guard let until = input.deal.pausedUntil, until < input.asOf else { return nil }
        if let last = input.facts.lastEngagement, last.date >= until { return nil }
        let reason = input.deal.pauseReason.map { " (\"\($0)\")" } ?? ""
        return RuleResult(
            severity: .medium,
            title: "The pause ended \(until.days(until: input.asOf)) days ago",
            evidence: [
                "paused until \(until)\(reason)",
                "no customer touch since \(until)",
            ],
            questions: [
                "Is what \(input.account.name) paused for\(reason) resolved?",
                "Has anything changed in \(input.goalPhrase) since the pause?",
            ],
            nextAction: "Reconnect with \(input.contact) about what the pause was for and agree the next step or a new "
                + "pause date with them.")
    }
}
