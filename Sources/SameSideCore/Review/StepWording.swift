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
        // Most titles are ASCII and answered from byte ranges, making strings of at most their first two words.
        if let answer = title.utf8.withContiguousStorageIfAvailable(asciiActor) ?? nil { return answer }
        return fullReading(of: title)
    }

    /// ``actor(of:)`` without the ASCII shortcut (the tests check that both always agree).
    static func fullReading(of title: String) -> Actor { actor(words: words(title)) }

    /// ``actor(of:)`` of an all-ASCII title, or `nil` when it has other characters or its first word may be a
    /// verb with an opener after it (then the full reading decides).
    private static func asciiActor(_ bytes: UnsafeBufferPointer<UInt8>) -> Actor? {
        var ranges: [Range<Int>] = []
        var start = -1
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
        for index in 0..<bytes.count {
            let byte = bytes[index]
            if byte >= 0x80 { return nil }
            if isLetter(byte) || ((byte == 0x2D || byte == 0x27) && start >= 0) {
                if start < 0 { start = index }
            } else if start >= 0 {
                ranges.append(start..<index)
                start = -1
            }
        }
        if start >= 0 { ranges.append(start..<bytes.count) }
        guard !ranges.isEmpty else { return .other }
        func lower(_ range: Range<Int>) -> String {
            String(unsafeUninitializedCapacity: range.count) { buffer in
                for (offset, index) in range.enumerated() {
                    let byte = bytes[index]
                    buffer[offset] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                }
                return range.count
            }
        }
        for range in ranges where range.count <= 2 {
            let first = bytes[range.lowerBound]
            if range.count == 1, first == 0x49 { return .us }  // "I"
            if range.count == 2, first | 0x20 == 0x77, bytes[range.lowerBound + 1] | 0x20 == 0x65 { return .us }
        }
        var index = 0
        if ranges[0].count == 6, lower(ranges[0]) == "please" { index = 1 }
        guard index < ranges.count else { return .other }
        let first = lower(ranges[index])
        if verbs.contains(first) { return .instruction(verb: first) }
        guard nounOrVerb.contains(first), index + 1 < ranges.count, openers.contains(lower(ranges[index + 1])) else {
            return .other
        }
        return nil
    }

    /// ``actor(of:)`` over a title's words.
    private static func actor(words: [(lower: String, original: String)]) -> Actor {
        guard !words.isEmpty else { return .other }
        if words.contains(where: { $0.lower == "we" || ($0.lower == "i" && $0.original == "I") }) { return .us }
        var start = 0
        if words[0].lower == "please" { start = 1 }
        guard start < words.count else { return .other }
        let first = words[start].lower
        if verbs.contains(first) { return .instruction(verb: first) }
        // The later words are read only for a first word that may be a verb (the review asks this of every
        // customer step of every deal).
        guard nounOrVerb.contains(first), start + 1 < words.count, openers.contains(words[start + 1].lower) else {
            return .other
        }
        let laterVerb = words.dropFirst(start + 1).contains { isFiniteVerb($0.lower) }
        return laterVerb ? .other : .instruction(verb: first)
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
        if auxiliaries.contains(word) { return true }
        for stem in stems(of: word) where verbs.contains(stem) || nounOrVerb.contains(stem) { return true }
        return false
    }

    private static let auxiliaries: Set<String> = ["has", "does", "is", "are", "goes", "will", "can", "must", "should"]

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
