import Foundation

/// The coach's phrase lists and word classes: data, not code, and extendable per organisation.
///
/// The built-in lexicon is ``standard``; a playbook (``extended(withPlaybook:)``) adds an organisation's own
/// pressure and pitch phrases and the names of its company and products. The JSON schema is in docs/coach.md.
public struct CoachLexicon: Sendable, Equatable {
    /// Phrases that each make one kind of finding.
    public struct PhraseGroup: Sendable, Equatable {
        public var kind: CoachFinding.Kind
        public var category: CoachFinding.Category
        public var suggestion: String
        /// Phrases in the pattern syntax: `(a|b|)` alternatives (empty = optional), `{class}` word classes.
        public var phrases: [String]
        /// Phrases that cancel the group's findings for the sentence (e.g. "go live": their date, not ours).
        public var sentenceMustNotContain: [String]

        public init(
            kind: CoachFinding.Kind, category: CoachFinding.Category, suggestion: String, phrases: [String],
            sentenceMustNotContain: [String] = []
        ) {
            self.kind = kind
            self.category = category
            self.suggestion = suggestion
            self.phrases = phrases
            self.sentenceMustNotContain = sentenceMustNotContain
        }
    }

    /// A finding made when one sentence holds a phrase from every list (e.g. a discount and a deadline).
    public struct CooccurrenceRule: Sendable, Equatable {
        public var kind: CoachFinding.Kind
        public var category: CoachFinding.Category
        public var suggestion: String
        public var all: [[String]]
        /// Phrases that cancel the rule for the sentence (e.g. "your deadline").
        public var sentenceMustNotContain: [String]
        /// Whether only questions can fire the rule.
        public var questionsOnly: Bool

        public init(
            kind: CoachFinding.Kind, category: CoachFinding.Category, suggestion: String, all: [[String]],
            sentenceMustNotContain: [String] = [], questionsOnly: Bool = false
        ) {
            self.kind = kind
            self.category = category
            self.suggestion = suggestion
            self.all = all
            self.sentenceMustNotContain = sentenceMustNotContain
            self.questionsOnly = questionsOnly
        }
    }

    /// Named word lists usable as `{name}` inside phrases.
    public var classes: [String: [String]]
    /// Word classes the analyzer reads by name (customer, seller, negators, businessTerms, …).
    public var words: [String: [String]]
    public var groups: [PhraseGroup]
    public var cooccurrences: [CooccurrenceRule]
    /// Our company and product names: they count as references to us.
    public var sellerNames: [String]

    public init(
        classes: [String: [String]] = [:], words: [String: [String]] = [:], groups: [PhraseGroup] = [],
        cooccurrences: [CooccurrenceRule] = [], sellerNames: [String] = []
    ) {
        self.classes = classes
        self.words = words
        self.groups = groups
        self.cooccurrences = cooccurrences
        self.sellerNames = sellerNames
    }

    /// The built-in English lexicon.
    public static let standard: CoachLexicon = {
        do {
            return try CoachLexicon(json: Array(StandardLexiconData.json.utf8))
        } catch {
            // The built-in data is checked by a test; an empty lexicon still coaches length and reading ease.
            return CoachLexicon()
        }
    }()

    /// Reads a lexicon in the full schema (`classes`, `words`, `groups`, `cooccurrence`, `sellerNames`).
    ///
    /// Throws ``CoachLexiconError`` naming the JSON path of the first problem. Pure.
    public init(json: [UInt8]) throws(CoachLexiconError) {
        let root = try Self.object(json)
        self.init()
        try merge(root, path: "$")
    }

    /// This lexicon plus a playbook's coach section:
    /// `{"coach": {"pressurePhrases": […], "pitchPhrases": […], "sellerNames": […]}}`.
    ///
    /// The section may also use the full schema's keys. Throws ``CoachLexiconError`` naming the JSON path
    /// of the first problem. Pure.
    public func extended(withPlaybook json: [UInt8]) throws(CoachLexiconError) -> CoachLexicon {
        let root = try Self.object(json)
        guard let section = root["coach"] else { return self }
        guard let coach = section as? [String: Any] else { throw .invalid(path: "$.coach", expected: "an object") }
        var result = self
        try result.merge(coach, path: "$.coach")
        let pressure = try Self.strings(coach["pressurePhrases"], path: "$.coach.pressurePhrases")
        if !pressure.isEmpty {
            result.groups.append(
                PhraseGroup(
                    kind: .pressure, category: .playbook,
                    suggestion: "Your playbook lists this as pressure: say what helps them reach their goal instead.",
                    phrases: pressure))
        }
        let pitch = try Self.strings(coach["pitchPhrases"], path: "$.coach.pitchPhrases")
        if !pitch.isEmpty {
            result.groups.append(
                PhraseGroup(
                    kind: .pitch, category: .playbook,
                    suggestion: "Your playbook lists this as pitch: lead with their problem or goal instead.",
                    phrases: pitch))
        }
        return result
    }

    private mutating func merge(_ root: [String: Any], path: String) throws(CoachLexiconError) {
        if let value = root["classes"] {
            guard let classes = value as? [String: Any] else {
                throw .invalid(path: "\(path).classes", expected: "an object of string lists")
            }
            for (name, list) in classes {
                self.classes[name, default: []] += try Self.strings(list, path: "\(path).classes.\(name)")
            }
        }
        if let value = root["words"] {
            guard let words = value as? [String: Any] else {
                throw .invalid(path: "\(path).words", expected: "an object of string lists")
            }
            for (name, list) in words {
                self.words[name, default: []] += try Self.strings(list, path: "\(path).words.\(name)")
            }
        }
        if let value = root["groups"] {
            guard let groups = value as? [Any] else { throw .invalid(path: "\(path).groups", expected: "a list") }
            for (index, item) in groups.enumerated() {
                let itemPath = "\(path).groups[\(index)]"
                guard let group = item as? [String: Any] else { throw .invalid(path: itemPath, expected: "an object") }
                let (kind, category) = try Self.kindAndCategory(group, path: itemPath)
                self.groups.append(
                    PhraseGroup(
                        kind: kind, category: category,
                        suggestion: try Self.string(group["suggestion"], path: "\(itemPath).suggestion"),
                        phrases: try Self.strings(group["phrases"], path: "\(itemPath).phrases"),
                        sentenceMustNotContain: try Self.strings(
                            group["sentenceMustNotContain"], path: "\(itemPath).sentenceMustNotContain")))
            }
        }
        if let value = root["cooccurrence"] {
            guard let rules = value as? [Any] else { throw .invalid(path: "\(path).cooccurrence", expected: "a list") }
            for (index, item) in rules.enumerated() {
                let itemPath = "\(path).cooccurrence[\(index)]"
                guard let rule = item as? [String: Any] else { throw .invalid(path: itemPath, expected: "an object") }
                let (kind, category) = try Self.kindAndCategory(rule, path: itemPath)
                guard let lists = rule["all"] as? [Any], lists.count >= 2 else {
                    throw .invalid(path: "\(itemPath).all", expected: "a list of at least two phrase lists")
                }
                var all: [[String]] = []
                for (listIndex, list) in lists.enumerated() {
                    all.append(try Self.strings(list, path: "\(itemPath).all[\(listIndex)]"))
                }
                self.cooccurrences.append(
                    CooccurrenceRule(
                        kind: kind, category: category,
                        suggestion: try Self.string(rule["suggestion"], path: "\(itemPath).suggestion"), all: all,
                        sentenceMustNotContain: try Self.strings(
                            rule["sentenceMustNotContain"], path: "\(itemPath).sentenceMustNotContain"),
                        questionsOnly: (rule["questionsOnly"] as? Bool) ?? false))
            }
        }
        sellerNames += try Self.strings(root["sellerNames"], path: "\(path).sellerNames")
    }

    private static func object(_ json: [UInt8]) throws(CoachLexiconError) -> [String: Any] {
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: Data(json), options: [])
        } catch {
            throw .invalid(path: "$", expected: "a JSON object (the file is not valid JSON)")
        }
        guard let root = parsed as? [String: Any] else { throw .invalid(path: "$", expected: "a JSON object") }
        return root
    }

    private static func kindAndCategory(
        _ object: [String: Any], path: String
    ) throws(CoachLexiconError) -> (
        CoachFinding.Kind, CoachFinding.Category
    ) {
        let kindName = try string(object["kind"], path: "\(path).kind")
        guard let kind = CoachFinding.Kind(rawValue: kindName) else {
            let names = CoachFinding.Kind.allCases.map(\.rawValue).joined(separator: ", ")
            throw .invalid(path: "\(path).kind", expected: "one of \(names)")
        }
        let categoryName = (object["category"] as? String) ?? "playbook"
        guard let category = CoachFinding.Category(rawValue: categoryName) else {
            let names = CoachFinding.Category.allCases.map(\.rawValue).joined(separator: ", ")
            throw .invalid(path: "\(path).category", expected: "one of \(names)")
        }
        return (kind, category)
    }

    private static func string(_ value: Any?, path: String) throws(CoachLexiconError) -> String {
        guard let text = value as? String else { throw .invalid(path: path, expected: "a string") }
        return text
    }

    private static func strings(_ value: Any?, path: String) throws(CoachLexiconError) -> [String] {
        guard let value else { return [] }
        guard let list = value as? [Any] else { throw .invalid(path: path, expected: "a list of strings") }
        var result: [String] = []
        for (index, item) in list.enumerated() {
            guard let text = item as? String else { throw .invalid(path: "\(path)[\(index)]", expected: "a string") }
            result.append(text)
        }
        return result
    }
}

/// Why a lexicon or playbook could not be read.
public enum CoachLexiconError: Error, Equatable, CustomStringConvertible {
    case invalid(path: String, expected: String)

    public var description: String {
        switch self {
        case .invalid(let path, let expected): return "\(path): expected \(expected)"
        }
    }
}
