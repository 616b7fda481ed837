extension ReviewRule {
    /// The seller's messages on the deal carry pressure.
    public static let pressureLanguage = ReviewRule(
        id: "pressure-language", firesWhen: "the seller's messages on the deal carry pressure (as the coach judges it)"
    ) { input in
        let hits = input.facts.pressureHits
        guard !hits.isEmpty else { return nil }
        // Hits grouped by message (day and people), as positions: only the five groups shown are worded.
        var grouped: [(date: Day, people: [StakeholderID], hits: [Int])] = []
        for (position, hit) in hits.enumerated() {
            if let index = grouped.firstIndex(where: { $0.date == hit.date && $0.people == hit.stakeholderIds }) {
                grouped[index].hits.append(position)
            } else {
                grouped.append((hit.date, hit.stakeholderIds, [position]))
            }
        }
        let evidence = grouped.prefix(5).map { group -> String in
            let to = group.people.isEmpty ? "" : " to \(ReviewText.list(group.people.map(input.name)))"
            let phrases = group.hits.map { "\"\(hits[$0].phrase)\" (\(hits[$0].category.rawValue))" }
            return "\(group.date) message\(to): " + phrases.joined(separator: ", ")
        }
        return RuleResult(
            severity: grouped.count >= 3 ? .high : .medium,
            title: "Our messages press the customer",
            evidence: evidence + (grouped.count > 5 ? ["and \(grouped.count - 5) more messages"] : []),
            questions: [
                "What would make our next message worth \(input.contact)'s time on a busy day?",
                "What does \(input.contact) need from us right now to move \(input.goalPhrase) forward?",
            ],
            nextAction: "Write the next message around \(input.goalPhrase): one useful thing for \(input.account.name) "
                + "(a fact, an answer, a draft for their approval) and no deadline of ours.")
    }

    /// A discount was offered to make the customer move faster.
    public static let discountToAccelerate = ReviewRule(
        id: "discount-to-accelerate", firesWhen: "a discount was offered to make the customer move faster"
    ) { input in
        let timed = DiscountReason.timedDiscounts(input)
        // Days the coach found a discount for speed; most deals have none, so no set is built.
        var coachedDates: [Day] = []
        for hit in input.facts.pressureHits where hit.category == .discountForSpeed {
            if !coachedDates.contains(hit.date) { coachedDates.append(hit.date) }
        }
        // Only the two messages quoted are needed: the search stops there, each text read in place once.
        let offeredInMessages = input.facts.sellerOutreach.first(2) { activity in
            guard let text = activity.pointee.text else { return false }
            return coachedDates.contains(activity.pointee.date)
                || (DiscountReason.isDiscountOffer(text) && DiscountReason.isAboutTiming(text))
        }
        guard !timed.isEmpty || !offeredInMessages.isEmpty else { return nil }
        var evidence = timed.map { discount -> String in
            var text = "\(ReviewText.number(discount.percent))% off"
            if let date = discount.date { text += " offered on \(date)" }
            text += discount.reason.map { ": \"\($0)\"" } ?? " with no reason recorded, late in the deal"
            if let amount = input.deal.amount, discount.percent.isFinite {
                text += " (\(ReviewText.money(amount * discount.percent / 100, input.currency)) of \(input.amount))"
            }
            return text
        }
        evidence += offeredInMessages.map { activity in
            "\(activity.date) message: \(ReviewText.quote(activity.text ?? "", limit: 100, focus: ["%", "discount", " off"]))"
        }
        return RuleResult(
            severity: .high,
            title: "A discount was used to hurry the customer",
            evidence: evidence,
            questions: [
                "What is really holding the decision at \(input.account.name): price, or a step on their side we don't know?",
                "Who must approve \(input.amount), and does a discount change anything for them?",
            ],
            nextAction: "Take the deadline off the table: tell \(input.contact) the price does not depend on a date, "
                + "and ask what \(input.account.name) still has to do and how we can help.")
    }

    /// A late-stage deal where price has never come up.
    public static let pricingNotDiscussed = ReviewRule(
        id: "pricing-not-discussed", firesWhen: "a late-stage deal where price, budget or the investment never came up"
    ) { input in
        guard input.facts.isLateStage, input.deal.discounts.isEmpty, input.deal.businessCase == nil else { return nil }
        // Read in place: `contains` copied every activity, and an array of its two texts was built for each.
        let mentioned = input.facts.activities.containsInPlace { activity in
            (activity.pointee.summary.map(DiscountReason.mentionsPrice) ?? false)
                || (activity.pointee.text.map(DiscountReason.mentionsPrice) ?? false)
        }
        guard !mentioned else { return nil }
        return RuleResult(
            severity: .medium,
            title: "Price has never been discussed",
            evidence: [
                input.sellerStagePhrase,
                "no activity mentions price, budget, cost or a proposal; no business case and no discount on file",
            ],
            questions: [
                "Does \(input.contact) know what \(input.amount) means for \(input.accountPossessive) budget, and who holds it?",
                "What return would \(input.account.name) need to see for that investment?",
            ],
            nextAction: "Walk \(input.contact) through the investment next to what it does for \(input.goalPhrase) "
                + "and ask how it fits their budget.")
    }

    /// Warning signs in the deal: open obstacles, opponents, worrying customer words.
    public static let redFlags = ReviewRule(
        id: "red-flags",
        firesWhen: "open obstacles, opponents or blockers, or warning signs in the customer's own words"
    ) { input in
        var flags: [String] = []
        var serious = false
        for obstacle in input.deal.obstacles where DiscountReason.isOpen(obstacle.status) {
            flags.append("open obstacle: \"\(obstacle.description)\"")
        }
        for person in input.account.stakeholders {
            let opposed = person.stance == .opponent || person.roles.contains(.blocker)
            let powerful = person.roles.contains(.economicBuyer) || person.roles.contains(.decisionMaker)
            if opposed || (powerful && person.stance == .skeptic) {
                flags.append(
                    "\(ReviewText.person(person)) is \(opposed ? "opposed" : "skeptical")"
                        + (powerful ? " and holds power over the decision" : ""))
                if powerful { serious = true }
            }
        }
        // Six flags are shown and three already make the finding high, so the customer's words are read (in place)
        // only until the sixth.
        if flags.count < 6 {
            let warned = input.facts.customerTouches.first(6 - flags.count) { touch in
                touch.pointee.summary.flatMap(DiscountReason.firstWarningWord) != nil
                    || touch.pointee.text.flatMap(DiscountReason.firstWarningWord) != nil
            }
            for touch in warned {
                if let word = touch.summary.flatMap(DiscountReason.firstWarningWord)
                    ?? touch.text.flatMap(DiscountReason.firstWarningWord)
                {
                    flags.append(
                        "\(touch.date) the customer said: \"\(word)\" — \(ReviewText.quote(touch.summary ?? touch.text ?? "", limit: 80))"
                    )
                }
            }
        }
        guard !flags.isEmpty else { return nil }
        return RuleResult(
            severity: serious || flags.count >= 3 ? .high : .medium,
            title: "Red flags in the deal",
            evidence: Array(flags.prefix(6)),
            questions: [
                "What would \(input.account.name) need to resolve first, and who on their side owns it?",
                "What does the person most opposed to this change need to see or believe?",
            ],
            nextAction: "Talk the red flags through openly with \(input.contact) and offer help on the first one they "
                + "want resolved; adjust the plan and close date to what they say.")
    }
}

/// Word lists for discount reasons, price mentions and warning signs (case-insensitive substring matches).
enum DiscountReason {
    static let timingWords = PhraseList([
        "sign", "quarter", "month end", "month-end", "end of", "before", "this week", "this month", "by the",
        "if the po", "po ", "close", "faster", "quick", "today", "deadline", "expire", "early", "accelerat",
        "fast-track", "speed", "now", "urgent", "this year",
    ])
    static let discountWords = PhraseList(["% off", "discount", "take another", "reduce the price", "price reduction"])
    static let priceWords = PhraseList([
        "price", "pricing", "quote", "proposal", "cost", "budget", "investment", "commercial", "discount", "% off",
        "contract value", "licen",
    ])
    static let warningPhrases = PhraseList([
        "freeze", "frozen", "on hold", "postpone", "delay", "reorg", "re-org", "layoff", "budget cut", "no budget",
        "not a priority", "another vendor", "competitor", "new ceo", "new cfo", "acquired", "merger", "next year",
        "revisit", "hold off", "too expensive",
    ])

    static func isAboutTiming(_ text: String) -> Bool { timingWords.matches(text) }

    static func isDiscountOffer(_ text: String) -> Bool { discountWords.matches(text) }

    static func mentionsPrice(_ text: String) -> Bool { priceWords.matches(text) }

    /// The first warning phrase (in list order) found in `text`, or `nil`.
    static func firstWarningWord(_ text: String) -> String? { warningPhrases.firstFound(in: text) }

    /// An obstacle is open unless its status says resolved, closed or done.
    static func isOpen(_ status: String?) -> Bool {
        guard let status = status?.lowercased() else { return true }
        return !["resolved", "closed", "done", "removed"].contains(status)
    }
}
