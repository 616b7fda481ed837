/// Keeps a deal's text from saying the same thing twice: a line already shown is dropped, and a long quote
/// or parenthesis already shown in full (a goal with its metric, a person's title, a customer's words) is
/// referred to briefly the next time.
struct RepeatTrimmer {
    private var lines = Set<String>()
    private var quotes = Set<String>()
    private var asides = Set<String>()

    /// Quotes and parentheses from this many characters are shortened on repetition.
    static let longPart = 24

    /// `line` with repeated long parts shortened, or `nil` when the same line was shown already.
    mutating func admit(_ line: String) -> String? {
        let shortened = shorten(line)
        guard !lines.contains(line), !lines.contains(shortened) else { return nil }
        lines.insert(line)
        lines.insert(shortened)
        return shortened
    }

    private mutating func shorten(_ line: String) -> String {
        guard line.contains("\"") || line.contains("(") else { return line }
        var out = ""
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if character == "\"", let close = line[line.index(after: index)...].firstIndex(of: "\"") {
                let inner = String(line[line.index(after: index)..<close])
                if inner.count >= Self.longPart, !quotes.insert(inner).inserted {
                    out += "\"" + Self.firstWords(inner, 4) + "…\""
                } else {
                    out += "\"" + inner + "\""
                }
                index = line.index(after: close)
                continue
            }
            if character == "(", let close = line[index...].firstIndex(of: ")") {
                let inner = String(line[line.index(after: index)..<close])
                if inner.count >= Self.longPart, !asides.insert(inner).inserted {
                    // Drop the parenthesis and the space before it: it was said in full above.
                    while out.last == " " { out.removeLast() }
                } else {
                    out += "(" + inner + ")"
                }
                index = line.index(after: close)
                continue
            }
            out.append(character)
            index = line.index(after: index)
        }
        return out
    }

    private static func firstWords(_ text: String, _ count: Int) -> String {
        text.split(separator: " ", omittingEmptySubsequences: true).prefix(count).joined(separator: " ")
    }
}
