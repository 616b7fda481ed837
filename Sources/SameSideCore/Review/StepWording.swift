/// Who a buying step's title says acts: read from its grammar, not from a list of phrases.
///
/// A title that names someone before a verb ("Finance issues the order", "Dana approves the budget") has that
/// subject as its actor; "we" as the subject is us. A title that opens with a bare verb ("Send PO", "Sign the
/// contract") is an instruction with no subject: the to-do of whoever wrote the plan — us — not what the
/// customer does. A noun phrase ("Security review", "Budget approved") names no actor and is fine. The verbs
/// are a small lexicon of English task verbs; words that are as often nouns ("review", "budget", "pilot") count
/// as verbs only before an article or pronoun ("Review the terms", not "Review meeting with IT").
enum StepWording {
    /// What the title says about who acts.
    enum Actor: Equatable, Sendable {
        /// "we" is the subject: the title is our action.
        case us
        /// A bare verb opens the title: an instruction written from our to-do list.
        case instruction(verb: String)
        /// Someone else is the subject, or no actor is named.
        case other
    }

    /// The actor of `title`. Pure.
    static func actor(of title: String) -> Actor {
        let words = self.words(title)
        guard !words.isEmpty else { return .other }
        if words.contains(where: { $0.lower == "we" || ($0.lower == "i" && $0.original == "I") }) { return .us }
        var start = 0
        if words[0].lower == "please" { start = 1 }
        guard start < words.count else { return .other }
        let first = words[start].lower
        let next = start + 1 < words.count ? words[start + 1].lower : nil
        let laterVerb = words.dropFirst(start + 1).contains { isFiniteVerb($0.lower) }
        if verbs.contains(first) { return .instruction(verb: first) }
        if nounOrVerb.contains(first), !laterVerb, let next, openers.contains(next) {
            return .instruction(verb: first)
        }
        return .other
    }

    /// Words of a title, lowercased beside their original spelling; hyphenated words stay one word.
    private static func words(_ title: String) -> [(lower: String, original: String)] {
        var result: [(String, String)] = []
        var current = ""
        for character in title {
            if character.isLetter || ((character == "-" || character == "'") && !current.isEmpty) {
                current.append(character)
            } else if !current.isEmpty {
                result.append((current.lowercased(), current))
                current = ""
            }
        }
        if !current.isEmpty { result.append((current.lowercased(), current)) }
        return result
    }

    /// A present-tense verb after a subject: "approves", "signs", "applies", "has", or a plural subject's "approve".
    private static func isFiniteVerb(_ word: String) -> Bool {
        if ["has", "does", "is", "are", "goes", "will", "can", "must", "should"].contains(word) { return true }
        for stem in stems(of: word) where verbs.contains(stem) || nounOrVerb.contains(stem) { return true }
        return false
    }

    private static func stems(of word: String) -> [String] {
        var stems: [String] = []
        if word.hasSuffix("ies") { stems.append(String(word.dropLast(3)) + "y") }
        if word.hasSuffix("es") { stems.append(String(word.dropLast(2))) }
        if word.hasSuffix("s"), !word.hasSuffix("ss") { stems.append(String(word.dropLast())) }
        return stems
    }

    /// Words after which a noun-or-verb word is read as a verb: articles, pronouns, possessives, particles.
    private static let openers: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "our", "your", "their", "its", "his", "her", "my", "all",
        "each", "every", "both", "any", "some", "them", "it", "him", "us", "up", "off", "out",
    ]

    /// Task verbs that are rarely a noun at the start of a title.
    private static let verbs: Set<String> = [
        "accept", "agree", "align", "approve", "arrange", "ask", "book", "build", "calculate", "chase", "choose",
        "collect", "complete", "confirm", "countersign", "create", "decide", "define", "deliver",
        "demonstrate", "evaluate", "execute", "finalise", "finalize", "finish", "follow", "gather",
        "get", "give", "identify", "introduce", "invite", "kick", "meet", "negotiate", "obtain",
        "organise", "organize", "pay", "prepare", "present", "provide", "push", "raise", "receive", "remind",
        "request", "select", "send", "set", "share", "sign", "submit", "validate", "verify", "win",
        "write",
    ]

    /// Task verbs that are as often nouns ("review meeting", "budget line", "transfer team").
    private static let nounOrVerb: Set<String> = [
        "budget", "call", "check", "close", "contract", "demo", "draft", "email", "install", "issue", "name", "order",
        "pilot", "plan", "process",
        "purchase", "release", "return", "review", "run", "schedule", "secure", "start", "test", "transfer", "update",
    ]
}
