extension MessageAnalyzer {
    /// What a question asks about, by its structure (docs/coach.md, "Questions").
    enum QuestionClass {
        /// About their side: their team, process, numbers, goals, timeline — open or closed in form.
        case business
        /// Pushes for a signature or a status.
        case closing
        /// A closed question about something else (our meeting, our thing, a plain check).
        case yesNo
        /// An open question about something else (our meeting, our thing, our next step).
        case other
    }

    /// A question's form and where its question proper starts.
    struct QuestionHead {
        /// Open (what, how, curious whether, I'd love to hear how…) or closed (is, do, can…, or no question word).
        var isOpen: Bool
        /// The token the question proper starts at: words before it (a lead-in clause) are not its topic.
        var start: Int
    }

    /// The first question head in `sentence` from token `from` on, or nil.
    ///
    /// A question word counts at the start of the sentence or of a clause (after lead-ins like "so", "quick
    /// question", and capitalised words), or anywhere after a verb of asking ("I was wondering how…", "I'd love to
    /// hear what…", "help me understand whether…"). Without `?` only the embedded form counts.
    func questionHead(
        _ tokens: [CoachToken], _ roles: [UInt8], _ sentence: Sentence, from: Int, atClauseStart clauseStart: Bool
    ) -> QuestionHead? {
        let marked = sentence.isQuestion
        var atClauseStart = clauseStart
        var askAt = -10
        var wordsSeen = 0
        var previous: Int32 = -1
        var beforePrevious: Int32 = -1
        var k = from
        while k < sentence.end {
            let token = tokens[k]
            if token.kind == .clause {
                atClauseStart = true
            } else if token.kind == .word && roles[k] != TokenRole.excluded {
                let word = token.word
                if marked && atClauseStart {
                    if has(word, .openStarter) { return QuestionHead(isOpen: true, start: k) }
                    if has(word, .yesNoStarter) { return QuestionHead(isOpen: false, start: k) }
                    if !has(word, .questionLeadIn) && token.flags & CoachToken.capitalized == 0 {
                        atClauseStart = false
                    }
                }
                if has(word, .interrogative) && wordsSeen - askAt <= 3 {
                    return QuestionHead(isOpen: true, start: k)
                }
                if has(word, .askVerb) && asks(word, previous: previous, beforePrevious: beforePrevious) {
                    askAt = wordsSeen
                }
                beforePrevious = previous
                previous = word
                wordsSeen += 1
            }
            k += 1
        }
        return nil
    }

    /// A `?` sentence without a question word is a closed question from the start of its last clause ("Your
    /// planners still rebuild the schedule by hand?"; "If you have a minute: wrong timing, or not relevant?").
    func headlessQuestion(_ tokens: [CoachToken], _ roles: [UInt8], _ sentence: Sentence) -> QuestionHead? {
        var start = -1
        var afterClause = true
        var k = sentence.start
        while k < sentence.end {
            let token = tokens[k]
            if token.kind == .clause {
                afterClause = true
            } else if token.kind == .word && roles[k] != TokenRole.excluded && afterClause {
                start = k
                afterClause = false
            }
            k += 1
        }
        return start >= 0 ? QuestionHead(isOpen: false, start: start) : nil
    }

    /// Whether a verb of asking really asks: "curious", "wondering", "to hear", "help me understand" — not "let me
    /// know" (a sign-off) or "I know how busy you are".
    private func asks(_ word: Int32, previous: Int32, beforePrevious: Int32) -> Bool {
        let key = lexicon.keyWords
        if word == key.curious || word == key.wondering || word == key.wonder { return true }
        if previous == key.to { return true }
        return previous == key.me && beforePrevious == key.help
    }

    /// The class of the question in `sentence` (nil when a sentence without `?` asks nothing), from its structure:
    /// who its subject is, whose things it is about (their people, process, numbers and goals against our meeting,
    /// product, offer and price), and whether it pushes for a signature. Each head of a question with several
    /// ("What I'd like to hear: what's working, …?") is read on its own; one about their business makes it one.
    func classifyQuestion(
        _ tokens: [CoachToken], _ roles: [UInt8], _ sentence: Sentence, hasClosing: Bool, hasBusiness: Bool,
        hasCustomer: Bool
    ) -> (QuestionClass, isOpen: Bool)? {
        guard
            let first = questionHead(tokens, roles, sentence, from: sentence.start, atClauseStart: true)
                ?? (sentence.isQuestion ? headlessQuestion(tokens, roles, sentence) : nil)
        else { return nil }
        if hasClosing && !(first.isOpen && hasBusiness && hasCustomer) { return (.closing, first.isOpen) }
        var head: QuestionHead? = first
        while let current = head {
            if isAboutTheirBusiness(tokens, roles, sentence, head: current) { return (.business, current.isOpen) }
            head = questionHead(tokens, roles, sentence, from: current.start + 1, atClauseStart: false)
        }
        return (first.isOpen ? .other : .yesNo, first.isOpen)
    }

    /// Whether the question from `head` on is about their business.
    ///
    /// - Our own action as the subject ("What can I do…", "Should we…", "Want me to…"), or, in a closed question,
    ///   an offer ("Would you like…", "Do you want…"): no.
    /// - Asking when they are free (free, available, works…) with a day or a meeting word, or for a meeting (call,
    ///   demo, minutes…) with nothing of their business: no.
    /// - Otherwise the words are weighed: their side (you/your — "your team" once —, they, business words)
    ///   against ours (I/we, our product, what we offer to show, our meeting, our price; a product, offer, meeting
    ///   or price word weighs two; days, months and quarters nothing). An open question is about their business
    ///   unless ours weighs more; a closed one when theirs weighs more.
    private func isAboutTheirBusiness(
        _ tokens: [CoachToken], _ roles: [UInt8], _ sentence: Sentence, head: QuestionHead
    ) -> Bool {
        let key = lexicon.keyWords
        var theirs = 0
        var ours = 0
        var businessWords = 0
        var meetingWords = 0
        var timeWords = 0
        var availability = false
        // Budget asked about together with our product or us ("budget set aside for a system like ours"): the
        // money is for our deal, not their business.
        var budgetWords = 0
        var purchase = false
        var subjectChecked = false
        var afterYou = -1
        var previous: Int32 = -1
        var k = head.start
        var position = 0
        while k < sentence.end {
            let token = tokens[k]
            guard token.kind == .word, roles[k] != TokenRole.excluded, token.word >= 0 else {
                if token.kind == .word { position += 1 }
                k += 1
                continue
            }
            let word = token.word
            let isSellerWord =
                has(word, .seller) && !(word == lexicon.idUs && token.flags & CoachToken.allCaps != 0)
            // The subject: the first word after the head that is not an auxiliary ("what can I do", "should we").
            if !subjectChecked && position > 0 && !has(word, .auxiliary) {
                subjectChecked = true
                if isSellerWord { return false }
                if has(word, .customer) && !has(word, .possessiveCustomer) { afterYou = position }
            } else if !subjectChecked && position == 0 && isSellerWord {
                return false
            }
            if afterYou >= 0 {
                // "Would you like me to…", "do you want us to…": our offer; "would you like…" closed: an offer too.
                if position == afterYou + 2 && isSellerWord { return false }
                if position == afterYou + 1 && !head.isOpen && (word == key.like || word == key.want) { return false }
            }
            if has(word, .availability) { availability = true }
            if has(word, .timeWord) { timeWords += 1 }
            // Their board meeting, your call: a meeting word after their business or "your" is theirs.
            let theirMeeting = has(previous, .possessiveCustomer) || has(previous, .business)
            if has(word, .customer) || has(word, .thirdPerson) {
                theirs += 1
            } else if isSellerWord {
                ours += 1
                purchase = true
            } else if has(word, .meeting) && !has(word, .business) && !theirMeeting {
                ours += 2
                meetingWords += 1
            } else if has(word, .productNoun) || has(word, .offer)
                || (has(word, .commercial) && !has(word, .business) && !has(word, .timeWord))
            {
                ours += 2
                purchase = true
            } else if has(word, .business) && !has(word, .timeWord) && !has(word, .logistics) {
                businessWords += 1
                // "your team" is one reference to them, not two.
                if !has(previous, .possessiveCustomer) {
                    theirs += 1
                    if has(word, .budget) { budgetWords += 1 }
                }
            }
            previous = word
            position += 1
            k += 1
        }
        if budgetWords > 0 && purchase {
            theirs -= budgetWords
            ours += 2 * budgetWords
        }
        if availability && (timeWords > 0 || meetingWords > 0) { return false }
        if meetingWords > 0 && businessWords == 0 { return false }
        return head.isOpen ? ours <= theirs : theirs > ours
    }
}
