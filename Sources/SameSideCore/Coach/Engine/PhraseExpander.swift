/// Expands the lexicon's phrase patterns into plain phrases.
///
/// Syntax: words separated by spaces; `(a|b c|)` is a choice of alternatives (an empty one makes the group
/// optional); `{name}` is every entry of the class `name`. At most `limit` phrases come out of one pattern.
enum PhraseExpander {
    static let limit = 4096

    /// The plain phrases of `pattern`. Pure.
    static func expand(_ pattern: String, classes: [String: [String]]) -> [String] {
        var results = [""]
        var index = pattern.startIndex
        while index < pattern.endIndex {
            let character = pattern[index]
            var choices: [String]
            if character == "(" {
                guard let close = pattern[index...].firstIndex(of: ")") else {
                    choices = [String(pattern[index...])]
                    index = pattern.endIndex
                    results = results.map { $0 + choices[0] }
                    continue
                }
                let inner = pattern[pattern.index(after: index)..<close]
                choices = inner.split(separator: "|", omittingEmptySubsequences: false).flatMap {
                    expand(String($0), classes: classes)
                }
                index = pattern.index(after: close)
            } else if character == "{" {
                guard let close = pattern[index...].firstIndex(of: "}") else {
                    choices = [String(pattern[index...])]
                    index = pattern.endIndex
                    results = results.map { $0 + choices[0] }
                    continue
                }
                let name = String(pattern[pattern.index(after: index)..<close])
                choices = classes[name] ?? [name]
                index = pattern.index(after: close)
            } else {
                var end = index
                while end < pattern.endIndex && pattern[end] != "(" && pattern[end] != "{" {
                    end = pattern.index(after: end)
                }
                choices = [String(pattern[index..<end])]
                index = end
            }
            var next: [String] = []
            next.reserveCapacity(min(results.count * choices.count, limit))
            outer: for prefix in results {
                for choice in choices {
                    next.append(prefix + choice)
                    if next.count >= limit { break outer }
                }
            }
            results = next
        }
        return results
    }
}
