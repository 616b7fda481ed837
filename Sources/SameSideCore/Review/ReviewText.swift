/// Small deterministic formatters for evidence and reports (no locale, no Foundation formatters).
enum ReviewText {
    /// `186,000` for whole numbers, else two decimals: `1,234.50`.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "?" }
        let negative = value < 0
        let magnitude = value.magnitude
        guard magnitude < 1e15 else { return negative ? "-huge" : "huge" }
        let cents = Int((magnitude * 100).rounded())
        let whole = cents / 100
        let fraction = cents % 100
        // Written byte by byte into one buffer: the grouping loop over substrings built a string per group.
        let digits = String(whole).utf8
        return String(unsafeUninitializedCapacity: 1 + digits.count * 4 / 3 + 3) { buffer in
            var count = 0
            func put(_ byte: UInt8) {
                buffer[count] = byte
                count += 1
            }
            if negative { put(UInt8(ascii: "-")) }
            var left = digits.count
            for digit in digits {
                if left < digits.count && left % 3 == 0 { put(UInt8(ascii: ",")) }
                put(digit)
                left -= 1
            }
            if fraction != 0 {
                put(UInt8(ascii: "."))
                put(UInt8(ascii: "0") + UInt8(fraction / 10))
                put(UInt8(ascii: "0") + UInt8(fraction % 10))
            }
            return count
        }
    }

    /// `USD 186,000`: whole units, to the thousand from a million up (`USD 2,342,000`), cents below a thousand
    /// (`USD 12.50`) — what a reader needs; JSON keeps the exact figure. `186,000 (no currency)` when the
    /// currency is not known.
    static func money(_ value: Double, _ currency: String) -> String {
        // The same rounding as `NumberText.readableMoney`, written with `number` (rules call this on every deal).
        let magnitude = value.magnitude
        let figure: String
        if magnitude >= 999_999.5 {
            figure = number((value / 1000).rounded() * 1000)
        } else if magnitude >= 999.995 {
            figure = number(value.rounded())
        } else {
            figure = number(value)
        }
        return currency.isEmpty ? "\(figure) (no currency)" : "\(currency) \(figure)"
    }

    /// ``money(_:_:)`` for code outside the review's rules.
    static func readableMoney(_ value: Double, _ currency: String) -> String { money(value, currency) }

    /// A free-text reason as a fragment inside a sentence: trimmed, without a closing full stop.
    static func sentenceFragment(_ text: String) -> String {
        var trimmed = Substring(text)
        while let last = trimmed.last, last == "." || last == " " || last == "\n" { trimmed = trimmed.dropLast() }
        while let first = trimmed.first, first == " " || first == "\n" { trimmed = trimmed.dropFirst() }
        return String(trimmed)
    }

    /// One decimal: `14.2`.
    static func oneDecimal(_ value: Double) -> String {
        guard value.isFinite, value.magnitude < 1e15 else { return "?" }
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }

    /// Whether `a` and `b` are equal once lowercased (`a.lowercased() == b.lowercased()`), compared byte by byte
    /// without new strings when both are ASCII (the review asks it of every deal's industry and region). Pure.
    static func equalIgnoringCase(_ a: String, _ b: String) -> Bool {
        var a = a
        var b = b
        let ascii: Bool? = a.withUTF8 { x in
            b.withUTF8 { y in
                // ASCII lowercasing keeps the length; anything else is left to `lowercased()`.
                if x.count != y.count { return x.allSatisfy { $0 < 0x80 } && y.allSatisfy { $0 < 0x80 } ? false : nil }
                for index in x.indices {
                    let left = x[index]
                    let right = y[index]
                    guard left < 0x80 && right < 0x80 else { return nil }
                    if left != right && lower(left) != lower(right) { return false }
                }
                return true
            }
        }
        return ascii ?? (a.lowercased() == b.lowercased())
    }

    @inline(__always)
    private static func lower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }

    /// `1 email`, `4 emails`.
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : (plural ?? singular + "s"))"
    }

    /// `a`, `a and b`, `a, b and c`.
    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
        }
    }

    /// `Northline's`, `Acme Services'`.
    static func possessive(_ name: String) -> String { name.hasSuffix("s") ? name + "'" : name + "'s" }

    /// `Marta Kowalski (Director of Operations)`.
    static func person(_ stakeholder: Stakeholder) -> String {
        stakeholder.title.map { "\(stakeholder.name) (\($0))" } ?? stakeholder.name
    }

    /// The text in quotes, at most about `limit` characters, cut only between words and marked with an ellipsis.
    ///
    /// When one of `focus` occurs in the text (the part that is evidence, such as "% off"), the quote is a
    /// window of words around its first occurrence, so the cut never drops what the quote is there to show.
    static func quote(_ text: String, limit: Int = 90, focus: [String] = []) -> String {
        // A text of at most `limit` bytes has at most `limit` characters: no need to count them.
        if text.utf8.count <= limit { return "\"\(text)\"" }
        let characters = Array(text)
        if characters.count <= limit { return "\"\(text)\"" }
        var start = 0
        let lowered = text.lowercased()
        for word in focus {
            guard let range = lowered.range(of: word.lowercased()) else { continue }
            let at = lowered.distance(from: lowered.startIndex, to: range.lowerBound)
            let length = word.count
            // Put the focus about a third into the window; never past the text's end.
            start = max(0, min(at - limit / 3, characters.count - limit))
            if at + length > start + limit { start = max(0, at + length - limit) }
            break
        }
        // Move the start forward to the beginning of a word, the end back to the end of one.
        if start > 0 {
            var index = start
            while index < characters.count && characters[index - 1] != " " { index += 1 }
            start = index < characters.count ? index : start
        }
        var end = min(characters.count, start + limit)
        if end < characters.count {
            var index = end
            while index > start && characters[index] != " " { index -= 1 }
            if index > start { end = index }
        }
        var body = String(characters[start..<end])
        while body.last == " " || body.last == "," || body.last == ";" { body.removeLast() }
        return "\"" + (start > 0 ? "…" : "") + body + (end < characters.count ? "…" : "") + "\""
    }

    /// What an activity was: `2026-10-30 email "asked for the PO"`.
    static func activity(_ activity: Activity) -> String {
        var text = "\(activity.date) \(activity.type?.rawValue ?? "activity")"
        if let summary = activity.summary ?? activity.text { text += " " + quote(summary, limit: 70) }
        return text
    }
}
