/// Reads a message against a deal's context: which goals, events and steps it mentions, and where it
/// names the customer's company or people (references to them) or ours (references to us).
struct ContextMatcher {
    struct Result {
        var alignment: GoalAlignment
        /// Byte offsets of references to the customer and to us found through names.
        var customerNameAt: [Int]
        var sellerNameAt: [Int]
    }

    private static let stopwords: Set<String> = [
        "the", "and", "for", "with", "that", "this", "from", "more", "less", "than", "their", "have", "into", "over",
        "per", "each", "much", "make", "made", "time", "year", "years", "month", "months", "week", "weeks", "will",
        "what", "when", "your", "our", "they", "them", "also", "about", "after", "before", "under", "every", "all",
        "inc", "group", "company", "corp", "corporation", "ltd", "llc", "gmbh", "co", "plc", "team", "get", "new",
        "across", "within", "without", "other", "some", "most", "than", "then", "able", "down", "up", "out",
    ]

    /// Pure. `isSellerWord(tokenIndex)` says whether a token was written by the seller.
    static func match(
        _ p: UnsafeBufferPointer<UInt8>, tokens: [CoachToken], roles: [UInt8], context: CoachContext
    ) -> Result {
        var messageWords: [String: [Int]] = [:]
        for (index, token) in tokens.enumerated()
        where token.kind == .word && token.isFirstOfWord && roles[index] == TokenRole.seller {
            let canonical = CoachTokenizer.canonicalBytes(p, Int(token.start), Int(token.end))
            messageWords[stem(String(decoding: canonical, as: UTF8.self)), default: []].append(Int(token.start))
        }
        func hits(_ keywords: Set<String>) -> Int { keywords.filter { messageWords[$0] != nil }.count }

        var mentioned: [String] = []
        var suggestions: [String] = []
        var goalsMentioned = 0
        let goals = context.goals.enumerated().sorted {
            ($0.element.customerStated ? 0 : 1, $0.offset) < ($1.element.customerStated ? 0 : 1, $1.offset)
        }.map(\.element)
        for goal in goals {
            let keywords = self.keywords(goal.statement + " " + (goal.metric ?? ""))
            let numbers = Set([goal.target, goal.baseline].compactMap { $0 }.map(format))
            let keywordHits = hits(keywords)
            let numberHits = numbers.filter { messageWords[$0] != nil }.count
            let needed = min(2, keywords.count)
            if (needed > 0 && keywordHits >= needed) || (numberHits > 0 && keywordHits >= 1) {
                mentioned.append(goal.statement)
                goalsMentioned += 1
            } else {
                suggestions.append(describe(goal))
            }
        }
        if let event = context.compellingEvent, let what = event.what, !what.isEmpty {
            let keywords = self.keywords(what)
            if keywords.count > 0 && hits(keywords) >= min(2, keywords.count) {
                mentioned.append(what)
            } else {
                suggestions.append(
                    "their compelling event: \(what)" + (event.date.map { " (\($0))" } ?? "")
                        + " — tie your timing to it, not to ours")
            }
        }
        for step in context.openSteps.sorted(by: { ($0.due?.ordinal ?? Int.max) < ($1.due?.ordinal ?? Int.max) }) {
            let keywords = self.keywords(step.title)
            if keywords.count > 0 && hits(keywords) >= min(2, keywords.count) {
                mentioned.append(step.title)
            } else {
                var text = "their open step: \(step.title)"
                if let due = step.due { text += " (due \(due))" }
                if let blocker = step.blocker, !blocker.isEmpty { text += "; offer help with the blocker: \(blocker)" }
                suggestions.append(text)
            }
        }
        let coverage = context.goals.isEmpty ? 1.0 : Double(goalsMentioned) / Double(context.goals.count)

        var customerNameAt: [Int] = []
        var customerNames = Set<String>()
        if let name = context.customerName { customerNames.formUnion(nameWords(name)) }
        for person in context.customerPeople {
            if let first = nameWords(person).first { customerNames.insert(first) }
        }
        for word in customerNames { customerNameAt += messageWords[word] ?? [] }
        var sellerNameAt: [Int] = []
        for name in context.sellerNames {
            for word in nameWords(name) where !customerNames.contains(word) { sellerNameAt += messageWords[word] ?? [] }
        }
        return Result(
            alignment: GoalAlignment(
                mentioned: mentioned, suggestions: Array(suggestions.prefix(4)), coverage: coverage),
            customerNameAt: customerNameAt, sellerNameAt: sellerNameAt)
    }

    /// "their target: first-time fix rate (%) from 71 to 85 by 2027-06-30", or the goal's statement.
    static func describe(_ goal: CoachContext.GoalRef) -> String {
        if let metric = goal.metric, let target = goal.target {
            var text = "their target: \(metric)"
            if let baseline = goal.baseline { text += " from \(format(baseline))" }
            text += " to \(format(target))"
            if let due = goal.due { text += " by \(due)" }
            return text
        }
        var text = "their goal: \(goal.statement)"
        if let due = goal.due { text += " (by \(due))" }
        return text
    }

    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "?" }
        if value == value.rounded() && abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    private static func keywords(_ text: String) -> Set<String> {
        Set(words(text).filter { $0.count >= 4 && !stopwords.contains($0) }.map(stem))
    }

    private static func nameWords(_ text: String) -> [String] {
        words(text).filter { $0.count >= 3 && !stopwords.contains($0) }.map(stem)
    }

    private static func words(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else {
                if !current.isEmpty { result.append(current) }
                current = ""
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// A light stem: "faults" → "fault", "visits" → "visit" (not "process", not "us").
    private static func stem(_ word: String) -> String {
        if word.count > 4 && word.hasSuffix("s") && !word.hasSuffix("ss") { return String(word.dropLast()) }
        return word
    }
}
