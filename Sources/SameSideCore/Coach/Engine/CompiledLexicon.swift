/// A ``CoachLexicon`` made ready for matching: a vocabulary of word ids, per-word class bits and a trie of
/// phrases over word ids. Built once per lexicon; immutable and shared.
final class CompiledLexicon: Sendable {
    /// Word class bits (see ``CoachLexicon/words``).
    struct WordClass: OptionSet, Sendable {
        let rawValue: UInt64
        static let customer = WordClass(rawValue: 1 << 0)
        static let seller = WordClass(rawValue: 1 << 1)
        static let possessiveCustomer = WordClass(rawValue: 1 << 2)
        static let negator = WordClass(rawValue: 1 << 3)
        static let yesNoStarter = WordClass(rawValue: 1 << 4)
        static let openStarter = WordClass(rawValue: 1 << 5)
        static let questionLeadIn = WordClass(rawValue: 1 << 6)
        static let business = WordClass(rawValue: 1 << 7)
        static let closing = WordClass(rawValue: 1 << 8)
        static let objectVerb = WordClass(rawValue: 1 << 9)
        static let sellerSubjectVerb = WordClass(rawValue: 1 << 10)
        static let goalCue = WordClass(rawValue: 1 << 11)
        static let customerSelf = WordClass(rawValue: 1 << 12)
        static let sellerSingular = WordClass(rawValue: 1 << 13)
        static let logistics = WordClass(rawValue: 1 << 14)
        static let greeting = WordClass(rawValue: 1 << 15)
        // The classes below feed only the verdict's features (see ``CoachFeatures``).
        static let thirdPerson = WordClass(rawValue: 1 << 16)
        static let productNoun = WordClass(rawValue: 1 << 17)
        static let claim = WordClass(rawValue: 1 << 18)
        static let breakUp = WordClass(rawValue: 1 << 19)
        static let callBack = WordClass(rawValue: 1 << 20)
        static let content = WordClass(rawValue: 1 << 21)
        static let favour = WordClass(rawValue: 1 << 22)
        static let clientList = WordClass(rawValue: 1 << 23)
        static let sellerRole = WordClass(rawValue: 1 << 24)
        static let commercial = WordClass(rawValue: 1 << 25)
        static let sarcasm = WordClass(rawValue: 1 << 26)
        // The classes below read questions and the thread a message belongs to.
        /// Words that only date a question (a day, a week): neither side's business.
        static let timeWord = WordClass(rawValue: 1 << 27)
        /// Free, available, works, suit: asking when someone can meet.
        static let availability = WordClass(rawValue: 1 << 28)
        /// See, show, watch: offering to show them our thing.
        static let offer = WordClass(rawValue: 1 << 29)
        /// Hear, learn, understand, know: what an indirect question asks to do ("I'd love to hear how…").
        static let askVerb = WordClass(rawValue: 1 << 30)
        /// How, what, whether, if…: the word an embedded question starts with.
        static let interrogative = WordClass(rawValue: 1 << 31)
        /// Mentioned, asked, spoke, met…: a past exchange between the two sides, after "you", "we" or "I".
        static let threadVerb = WordClass(rawValue: 1 << 32)
        /// Reply, response, call, meeting…: what a thank-you for an earlier exchange names.
        static let threadNoun = WordClass(rawValue: 1 << 33)
        /// Thanks, thank.
        static let thanks = WordClass(rawValue: 1 << 34)
        /// Auxiliaries and modals skipped when looking for a question's subject (can, would, do, is…).
        static let auxiliary = WordClass(rawValue: 1 << 35)
        /// Great, good, enjoyed…: appreciation of an earlier exchange ("good call yesterday").
        static let appreciation = WordClass(rawValue: 1 << 36)
        /// Yes, understood, absolutely…: a sentence that answers them.
        static let answerOpener = WordClass(rawValue: 1 << 37)
        /// Call, meeting, demo, minutes…: what a meeting ask asks for.
        static let meeting = WordClass(rawValue: 1 << 38)
        /// Noticed, saw, read, came across, looking into…: "I noticed your…" is about what was noticed.
        static let frameVerb = WordClass(rawValue: 1 << 39)
        /// Budget, spend, funding…: with our product or us in a question, the money is for our deal.
        static let budget = WordClass(rawValue: 1 << 40)

        static let byName: [String: WordClass] = [
            "customer": .customer, "seller": .seller, "possessiveCustomer": .possessiveCustomer,
            "negators": .negator, "yesNoStarters": .yesNoStarter, "openStarters": .openStarter,
            "questionLeadIns": .questionLeadIn, "businessTerms": .business, "closingTerms": .closing,
            "objectVerbs": .objectVerb, "sellerSubjectVerbs": .sellerSubjectVerb, "goalCues": .goalCue,
            "customerSelf": .customerSelf, "sellerSingular": .sellerSingular, "logistics": .logistics,
            "greetings": .greeting, "thirdPerson": .thirdPerson, "productNouns": .productNoun,
            "claimWords": .claim, "breakUpWords": .breakUp, "callBackWords": .callBack, "contentWords": .content,
            "favourWords": .favour, "clientListWords": .clientList, "sellerRoleWords": .sellerRole,
            "commercialWords": .commercial, "sarcasmWords": .sarcasm, "timeWords": .timeWord,
            "availabilityWords": .availability, "offerWords": .offer, "askVerbs": .askVerb,
            "interrogatives": .interrogative, "threadVerbs": .threadVerb, "threadNouns": .threadNoun,
            "thanks": .thanks, "auxiliaries": .auxiliary, "appreciation": .appreciation,
            "answerOpeners": .answerOpener, "meetingWords": .meeting, "frameVerbs": .frameVerb, "budgetWords": .budget,
        ]
    }

    /// Words that make reply headers (`On … wrote:`, `From:`/`Sent:`, `Original Message`).
    enum ReplyWord: Int, CaseIterable {
        case on, wrote, from, sent, date, to, subject, original, message, forwarded
    }

    /// What reaching the end of a phrase means.
    struct Action: Sendable {
        enum Kind: UInt8, Sendable { case group, cue, block, blockGroup, sellerName }
        var kind: Kind
        /// Group index (group, blockGroup), rule index (cue, block), or -1.
        var index: Int32
        /// For cues: which of the rule's lists.
        var list: Int32
    }

    /// Holds no `String` (its suggestion is an index into ``suggestions``), so reading one costs no retain.
    struct GroupInfo: Sendable {
        var kind: CoachFinding.Kind
        var category: CoachFinding.Category
        var suggestion: Int32
    }

    struct RuleInfo: Sendable {
        var kind: CoachFinding.Kind
        var category: CoachFinding.Category
        var suggestion: Int32
        var lists: Int
        var questionsOnly: Bool
    }

    let table: WordTable
    let wordClasses: [UInt64]
    /// How many reader words the lexicon does not know are in ``table`` (``init(_:gramWords:)``).
    let unknownGramWords: Int
    let expansionStart: [Int32]
    let expansionCount: [UInt8]
    let expansionIDs: [Int32]
    let startsPhrase: [Bool]
    /// Per word id: the trie node its phrases start at, or -1 (a direct index saves a hash per walk).
    let rootChild: [Int32]
    /// Per trie node: whether a `*` (any word) leaves it.
    let hasWildcard: [Bool]
    /// The word id of `*` in phrases.
    static let wildcard = Int32.max - 1
    let children: WordTable
    let actionStart: [Int32]
    let actionCount: [UInt16]
    let actions: [Action]
    let groups: [GroupInfo]
    let rules: [RuleInfo]
    /// Ids of words the analyzer reads structurally (reply headers, "US", "will").
    let special: [String: Int32]
    let idUs: Int32
    /// Ids of the words of reply headers, in the order of ``ReplyWord``.
    let replyWords: [Int32]
    let idWill: Int32
    let idWould: Int32
    /// Ids of words the question and thread readers look at ("curious", "help me understand", "Re:").
    let keyWords: KeyWords

    struct KeyWords: Sendable {
        var curious: Int32
        var wondering: Int32
        var wonder: Int32
        var to: Int32
        var me: Int32
        var help: Int32
        var re: Int32
        var fwd: Int32
        var fw: Int32
        var like: Int32
        var want: Int32
        var `as`: Int32
        var `if`: Int32
    }
    /// Every suggestion a finding can carry: the analyzer's own (``Suggestion``), then the groups', then the
    /// rules'. Findings refer to them by index.
    let suggestions: [String]
    /// Each suggestion as a JSON string (quotes included), escaped once here rather than once per finding:
    /// suggestion i is `escapedSuggestions[escapedSuggestionStart[i]..<escapedSuggestionStart[i + 1]]`.
    let escapedSuggestions: [UInt8]
    let escapedSuggestionStart: [Int]

    /// The analyzer's own suggestions, by their index in ``suggestions``.
    enum Suggestion {
        static let featureList: Int32 = 0
        static let closingQuestion: Int32 = 1
        static let aboutUs: Int32 = 2
        /// The `length` finding's, for 200 and for 100 words.
        static let length200: Int32 = 3
        static let length100: Int32 = 4

        static let texts = [
            "A feature list is about us. Keep the one item that answers their problem and say what it changes for "
                + "them.",
            "Ask about their side instead: what has to happen on their end (who approves, what budget, which "
                + "steps) and what could get in the way.",
            "This sentence is about us. Turn it around: what does it change for them, in their numbers or their "
                + "words?",
            length(200),
            length(100),
        ]

        static func length(_ wordLimit: Int) -> String {
            "From here on the message runs past \(wordLimit) words, longer than most people read; cut to what "
                + "matters to them."
        }
    }

    static let specialWords = [
        "will", "would", "us", "on", "wrote", "from", "sent", "to", "subject", "date", "original", "message",
        "forwarded", "your", "you", "i", "we", "be", "cc", "reply", "header", "re", "fwd", "fw", "me", "curious",
        "wondering", "wonder", "help", "like", "want", "as", "if",
    ]

    /// The compiled form of `lexicon`. Pure; costs a few milliseconds for the standard lexicon.
    ///
    /// `gramWords` are the sentence reader's words (``ReaderTables/gramWords``; "" is skipped): the k-th of them
    /// that the lexicon does not know goes into the word table with the id `-2 − k`, so that the tokenizer's one
    /// probe per word also finds its gram (``GramLayout``). Ids below 0 are unknown words to everything else, as
    /// -1 is.
    init(_ lexicon: CoachLexicon, gramWords: [String] = []) {
        var vocabulary: [UInt64: Int32] = [:]
        var classes: [UInt64] = []
        func id(_ hash: UInt64) -> Int32 {
            if let existing = vocabulary[hash] { return existing }
            let new = Int32(classes.count)
            vocabulary[hash] = new
            classes.append(0)
            return new
        }
        var expansionsByID: [Int32: [Int32]] = [:]
        for (word, parts) in Contractions.withoutApostrophe {
            let wordID = id(WordHash.of(word))
            expansionsByID[wordID] = parts.map { id(WordHash.of($0)) }
        }
        let contractionHashes = Dictionary(
            uniqueKeysWithValues: Contractions.withoutApostrophe.map { ($0.0, $0.1) }.map {
                (WordHash.of($0.0), $0.1.map(WordHash.of))
            })
        func tokenizeText(_ phrase: String) -> [Int32] {
            var sink = HashSink(expansions: contractionHashes)
            var text = phrase
            text.withUTF8 { CoachTokenizer.run($0, into: &sink) }
            return sink.hashes.map(id)
        }
        // A lone `*` in a phrase stands for any one word.
        func tokenize(_ phrase: String) -> [Int32] {
            // Most phrases have no `*`: tokenized whole, without splitting and joining (lexicon start-up time).
            guard phrase.utf8.contains(UInt8(ascii: "*")) else { return tokenizeText(phrase) }
            var ids: [Int32] = []
            var pending: [Substring] = []
            for part in phrase.split(separator: " ") {
                if part == "*" {
                    ids += tokenizeText(pending.joined(separator: " "))
                    pending.removeAll()
                    ids.append(Self.wildcard)
                } else {
                    pending.append(part)
                }
            }
            ids += tokenizeText(pending.joined(separator: " "))
            return ids
        }
        var special: [String: Int32] = [:]
        for word in Self.specialWords { special[word] = id(WordHash.of(word)) }
        for (name, list) in lexicon.words {
            guard let bit = WordClass.byName[name] else { continue }
            for entry in list {
                let ids = tokenize(entry)
                guard ids.count == 1 else { continue }
                classes[Int(ids[0])] |= bit.rawValue
            }
        }

        var trieChildren: [UInt64: Int32] = [:]
        var nodeActions: [[Action]] = [[]]
        func insert(_ ids: [Int32], _ action: Action) {
            guard !ids.isEmpty else { return }
            var node: Int32 = 0
            for word in ids {
                let key = Self.childKey(node, word)
                if let child = trieChildren[key] {
                    node = child
                } else {
                    let child = Int32(nodeActions.count)
                    nodeActions.append([])
                    trieChildren[key] = child
                    node = child
                }
            }
            let existing = nodeActions[Int(node)]
            let duplicate = existing.contains {
                $0.kind == action.kind && $0.index == action.index && $0.list == action.list
            }
            if !duplicate { nodeActions[Int(node)].append(action) }
        }
        func insertAll(_ patterns: [String], _ action: Action) {
            for pattern in patterns {
                for phrase in PhraseExpander.expand(pattern, classes: lexicon.classes) {
                    insert(tokenize(phrase), action)
                }
            }
        }
        var suggestions = Suggestion.texts
        var groups: [GroupInfo] = []
        for (index, group) in lexicon.groups.enumerated() {
            groups.append(GroupInfo(kind: group.kind, category: group.category, suggestion: Int32(suggestions.count)))
            suggestions.append(group.suggestion)
            insertAll(group.phrases, Action(kind: .group, index: Int32(index), list: -1))
            insertAll(group.sentenceMustNotContain, Action(kind: .blockGroup, index: Int32(index), list: -1))
        }
        var rules: [RuleInfo] = []
        for (index, rule) in lexicon.cooccurrences.enumerated() {
            rules.append(
                RuleInfo(
                    kind: rule.kind, category: rule.category, suggestion: Int32(suggestions.count),
                    lists: rule.all.count, questionsOnly: rule.questionsOnly))
            suggestions.append(rule.suggestion)
            for (listIndex, list) in rule.all.enumerated() {
                insertAll(list, Action(kind: .cue, index: Int32(index), list: Int32(listIndex)))
            }
            insertAll(rule.sentenceMustNotContain, Action(kind: .block, index: Int32(index), list: -1))
        }
        for name in lexicon.sellerNames {
            insert(tokenize(name), Action(kind: .sellerName, index: -1, list: -1))
        }

        // Sized for the words it will hold: a larger table costs every word of every message a likelier miss.
        let gramHashes = gramWords.lazy.filter { !$0.isEmpty }.map(WordHash.of).filter { vocabulary[$0] == nil }
        var table = WordTable(minimumCapacity: vocabulary.count + gramHashes.count)
        for (hash, wordID) in vocabulary { table.insert(hash, wordID) }
        var unknownGramWords = 0
        for hash in gramHashes where table.lookup(hash) == -1 {
            table.insert(hash, Self.gramWordID(unknownGramWords))
            unknownGramWords += 1
        }
        self.unknownGramWords = unknownGramWords
        var children = WordTable(minimumCapacity: trieChildren.count)
        for (key, child) in trieChildren { children.insert(key, child) }
        var hasWildcard = [Bool](repeating: false, count: nodeActions.count)
        for key in trieChildren.keys where UInt32(truncatingIfNeeded: key &- 1) == UInt32(bitPattern: Self.wildcard) {
            hasWildcard[Int((key &- 1) >> 32)] = true
        }
        var startsPhrase = [Bool](repeating: false, count: classes.count)
        var rootChild = [Int32](repeating: -1, count: classes.count)
        for word in 0..<classes.count {
            if let child = trieChildren[Self.childKey(0, Int32(word))] {
                startsPhrase[word] = true
                rootChild[word] = child
            }
        }
        var expansionStart = [Int32](repeating: -1, count: classes.count)
        var expansionCount = [UInt8](repeating: 0, count: classes.count)
        var expansionIDs: [Int32] = []
        for (wordID, parts) in expansionsByID {
            expansionStart[Int(wordID)] = Int32(expansionIDs.count)
            expansionCount[Int(wordID)] = UInt8(parts.count)
            expansionIDs += parts
        }
        var actionStart: [Int32] = []
        var actionCount: [UInt16] = []
        var flat: [Action] = []
        for list in nodeActions {
            actionStart.append(Int32(flat.count))
            actionCount.append(UInt16(min(list.count, Int(UInt16.max))))
            flat += list
        }
        self.table = table
        self.wordClasses = classes
        self.expansionStart = expansionStart
        self.expansionCount = expansionCount
        self.expansionIDs = expansionIDs
        self.startsPhrase = startsPhrase
        self.rootChild = rootChild
        self.hasWildcard = hasWildcard
        self.children = children
        self.actionStart = actionStart
        self.actionCount = actionCount
        self.actions = flat
        self.groups = groups
        self.rules = rules
        self.special = special
        self.idUs = special["us"] ?? -9
        self.replyWords = ReplyWord.allCases.map { special[String(describing: $0)] ?? -9 }
        self.idWill = special["will"] ?? -9
        self.idWould = special["would"] ?? -9
        func wordID(_ word: String) -> Int32 { special[word] ?? -9 }
        self.keyWords = KeyWords(
            curious: wordID("curious"), wondering: wordID("wondering"), wonder: wordID("wonder"), to: wordID("to"),
            me: wordID("me"), help: wordID("help"), re: wordID("re"), fwd: wordID("fwd"), fw: wordID("fw"),
            like: wordID("like"), want: wordID("want"), as: wordID("as"), if: wordID("if"))
        var escaped = JSONText(capacity: 1 << 14)
        var escapedStart = [0]
        for suggestion in suggestions {
            escaped.string(suggestion)
            escapedStart.append(escaped.count)
        }
        self.suggestions = suggestions
        self.escapedSuggestions = Array(escaped.bytes)
        self.escapedSuggestionStart = escapedStart
    }

    /// The token id of the k-th reader word the lexicon does not know: `-2 − k` (``init(_:gramWords:)``).
    @inline(__always)
    static func gramWordID(_ k: Int) -> Int32 { Int32(-2 - k) }

    /// A copy of `other` whose tables live in memory of their own (same contents). Pure; costs a copy of
    /// the tables (well under a millisecond), where compiling the lexicon again costs tens.
    ///
    /// Threads that each read their own copy keep the tables' reference counts on their own core.
    init(copying other: CompiledLexicon) {
        table = other.table.copy()
        wordClasses = Self.ownCopy(other.wordClasses)
        unknownGramWords = other.unknownGramWords
        expansionStart = Self.ownCopy(other.expansionStart)
        expansionCount = Self.ownCopy(other.expansionCount)
        expansionIDs = Self.ownCopy(other.expansionIDs)
        startsPhrase = Self.ownCopy(other.startsPhrase)
        rootChild = Self.ownCopy(other.rootChild)
        hasWildcard = Self.ownCopy(other.hasWildcard)
        children = other.children.copy()
        actionStart = Self.ownCopy(other.actionStart)
        actionCount = Self.ownCopy(other.actionCount)
        actions = Self.ownCopy(other.actions)
        groups = Self.ownCopy(other.groups)
        rules = Self.ownCopy(other.rules)
        special = other.special
        idUs = other.idUs
        replyWords = Self.ownCopy(other.replyWords)
        idWill = other.idWill
        idWould = other.idWould
        keyWords = other.keyWords
        suggestions = Self.ownCopy(other.suggestions)
        escapedSuggestions = Self.ownCopy(other.escapedSuggestions)
        escapedSuggestionStart = Self.ownCopy(other.escapedSuggestionStart)
    }

    /// `array`'s elements in a new buffer (`Array(array)` would share the old one).
    static func ownCopy<Element>(_ array: [Element]) -> [Element] {
        array.withUnsafeBufferPointer { Array($0) }
    }

    @inline(__always)
    static func childKey(_ node: Int32, _ word: Int32) -> UInt64 {
        (UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: word))) &+ 1
    }

    /// The trie node reached from `node` by `word`, or -1.
    @inline(__always)
    func child(_ node: Int32, _ word: Int32) -> Int32 { children.lookup(Self.childKey(node, word)) }

    @inline(__always)
    func has(_ word: Int32, _ wordClass: WordClass) -> Bool {
        word >= 0 && wordClasses[Int(word)] & wordClass.rawValue != 0
    }

    /// Tokenizes `bytes` against this vocabulary.
    func tokenize(_ bytes: UnsafeBufferPointer<UInt8>) -> [CoachToken] {
        var tokens: [CoachToken] = []
        tokenize(bytes, into: &tokens)
        return tokens
    }

    /// Tokenizes `bytes` into `tokens` (replaced), reusing the array's memory when it is large enough.
    ///
    /// The tokens are written through a pointer into the array's spare capacity: a message of n bytes makes at
    /// most about n tokens (every token but a contraction's second word consumes a byte), so n + 16 slots
    /// almost always suffice, and writing through a pointer saves `Array.append`'s uniqueness and capacity
    /// checks per token. Kept from message to message (``AnalyzerScratch``), the array costs no allocation
    /// once it has grown to the largest message. Should a message ever need more slots, it is tokenized
    /// again with twice as many.
    ///
    /// - Parameter slots: the slots to try first (tests pass a small number to exercise the retry).
    func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, into tokens: inout [CoachToken], slots: Int? = nil) {
        var capacity = max(1, slots ?? bytes.count + 16)
        while true {
            tokens.removeAll(keepingCapacity: true)
            var overflowed = false
            tokens.append(addingCapacity: capacity) { span in
                span.withUnsafeMutableBufferPointer { buffer, initialized in
                    var sink = TokenSink(lexicon: self, base: buffer.baseAddress!, capacity: buffer.count)
                    CoachTokenizer.run(bytes, into: &sink)
                    initialized = sink.count
                    overflowed = sink.overflowed
                }
            }
            if !overflowed { return }
            capacity *= 2
        }
    }

    /// Turns tokenizer output into ``CoachToken``s with word ids, written into memory the caller allocated;
    /// stops writing (and says so) when it is full.
    struct TokenSink: CoachTokenSink {
        private let table: WordTable
        private let expansionStart: [Int32]
        private let expansionCount: [UInt8]
        private let expansionIDs: [Int32]
        private let base: UnsafeMutablePointer<CoachToken>
        private let capacity: Int
        private(set) var count = 0
        private(set) var overflowed = false

        init(lexicon: CompiledLexicon, base: UnsafeMutablePointer<CoachToken>, capacity: Int) {
            table = lexicon.table
            expansionStart = lexicon.expansionStart
            expansionCount = lexicon.expansionCount
            expansionIDs = lexicon.expansionIDs
            self.base = base
            self.capacity = capacity
        }

        @inline(__always)
        private mutating func put(_ token: CoachToken) {
            guard count < capacity else {
                overflowed = true
                return
            }
            (base + count).initialize(to: token)
            count += 1
        }

        @inline(__always)
        mutating func word(hash: UInt64, start: Int, end: Int, flags: UInt8, syllables: UInt8) {
            let id = table.lookup(hash)
            if id >= 0 {
                let expansion = expansionStart[Int(id)]
                if expansion >= 0 {
                    var first = true
                    for k in 0..<Int(expansionCount[Int(id)]) {
                        put(
                            CoachToken(
                                start: Int32(start), end: Int32(end), word: expansionIDs[Int(expansion) + k],
                                kind: .word, flags: first ? flags : flags & ~CoachToken.firstOfWord,
                                syllables: first ? syllables : 0))
                        first = false
                    }
                    return
                }
            }
            put(
                CoachToken(
                    start: Int32(start), end: Int32(end), word: id, kind: .word, flags: flags, syllables: syllables))
        }

        @inline(__always)
        mutating func mark(_ kind: CoachToken.Kind, start: Int, end: Int) {
            put(CoachToken(start: Int32(start), end: Int32(end), word: -1, kind: kind, flags: 0, syllables: 0))
        }
    }

    /// Collects word hashes of a lexicon phrase, splitting apostrophe-less contractions as the runtime does.
    private struct HashSink: CoachTokenSink {
        let expansions: [UInt64: [UInt64]]
        var hashes: [UInt64] = []

        mutating func word(hash: UInt64, start: Int, end: Int, flags: UInt8, syllables: UInt8) {
            if let parts = expansions[hash] { hashes += parts } else { hashes.append(hash) }
        }

        mutating func mark(_ kind: CoachToken.Kind, start: Int, end: Int) {}
    }
}
