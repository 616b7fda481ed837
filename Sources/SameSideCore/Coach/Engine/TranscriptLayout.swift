/// The speaker structure of a call transcript: who speaks on which lines, and which side each speaker is on.
///
/// Lines look like `Name: words`, optionally after a timestamp (`[00:01:02]`, `00:12`, `(1:05)`), and lines
/// that do not start with a name continue the previous turn. Header lines `# seller: Dana, Mike` and
/// `# customer: Marta` name the sides; `--seller` names from the command line do the same.
struct TranscriptLayout {
    struct Turn {
        var labelStart: Int
        var contentStart: Int
        var end: Int
        var speaker: Int
    }

    var speakers: [String]
    var speakerIsSeller: [Bool]
    var turns: [Turn]
    /// Byte ranges of header lines (not part of the conversation).
    var headers: [Range<Int>]
    /// True when no seller was named and the sides were guessed.
    var sidesAssumed: Bool

    private static let sellerLabels: Set<String> = [
        "seller", "rep", "sales", "salesperson", "sales rep", "ae", "sdr", "bdr", "account executive", "me", "agent",
        "vendor",
    ]
    private static let customerLabels: Set<String> = [
        "customer", "prospect", "buyer", "client", "lead", "them", "caller",
    ]

    /// The layout of `bytes`, or nil when no line has a speaker label. Pure.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, sellers givenSellers: [String]) -> TranscriptLayout? {
        var speakers: [String] = []
        var keys: [String: Int] = [:]
        var turns: [Turn] = []
        var headers: [Range<Int>] = []
        var headerSellers: [String] = []
        var headerCustomers: [String] = []
        let n = bytes.count
        var lineStart = 0
        while lineStart < n {
            var lineEnd = lineStart
            while lineEnd < n && bytes[lineEnd] != 10 { lineEnd += 1 }
            var contentEnd = lineEnd
            if contentEnd > lineStart && bytes[contentEnd - 1] == 13 { contentEnd -= 1 }
            if let (side, names) = header(bytes, lineStart, contentEnd) {
                headers.append(lineStart..<lineEnd)
                if side { headerSellers += names } else { headerCustomers += names }
            } else if let (labelStart, nameRange, contentStart) = label(bytes, lineStart, contentEnd) {
                let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[nameRange]), as: UTF8.self)
                let key = normalize(name)
                let index: Int
                if let existing = keys[key] {
                    index = existing
                } else {
                    index = speakers.count
                    keys[key] = index
                    speakers.append(name)
                }
                turns.append(Turn(labelStart: labelStart, contentStart: contentStart, end: lineEnd, speaker: index))
            } else if var last = turns.last, last.end <= lineStart {
                last.end = lineEnd
                turns[turns.count - 1] = last
            }
            lineStart = lineEnd + 1
        }
        guard !turns.isEmpty else { return nil }
        let sellerKeys = (givenSellers + headerSellers).map(normalize).filter { !$0.isEmpty }
        let customerKeys = headerCustomers.map(normalize).filter { !$0.isEmpty }
        var isSeller = [Bool](repeating: false, count: speakers.count)
        var assumed = false
        if !sellerKeys.isEmpty {
            for (index, speaker) in speakers.enumerated() {
                isSeller[index] = sellerKeys.contains { matches(normalize(speaker), $0) }
            }
        } else if !customerKeys.isEmpty {
            for (index, speaker) in speakers.enumerated() {
                isSeller[index] = !customerKeys.contains { matches(normalize(speaker), $0) }
            }
        } else {
            var labelled = false
            for (index, speaker) in speakers.enumerated() {
                let key = normalize(speaker)
                if sellerLabels.contains(key) {
                    isSeller[index] = true
                    labelled = true
                } else if customerLabels.contains(key) {
                    labelled = true
                }
            }
            if !labelled || !isSeller.contains(true) {
                isSeller[turns[0].speaker] = true
                assumed = true
            }
        }
        return TranscriptLayout(
            speakers: speakers, speakerIsSeller: isSeller, turns: turns, headers: headers, sidesAssumed: assumed)
    }

    /// Lowercased letters and digits, words separated by one space.
    static func normalize(_ name: String) -> String {
        var words: [String] = []
        var current = ""
        for character in name.lowercased() {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words.joined(separator: " ")
    }

    /// A speaker matches a given name when equal, or when one is the other's first word(s) ("dana" ~ "dana reyes").
    private static func matches(_ speaker: String, _ given: String) -> Bool {
        speaker == given || speaker.hasPrefix(given + " ") || given.hasPrefix(speaker + " ")
    }

    private static func header(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (Bool, [String])? {
        var i = start
        while i < end && (p[i] == 32 || p[i] == 9) { i += 1 }
        guard i < end, p[i] == UInt8(ascii: "#") else { return nil }
        let text = String(decoding: UnsafeBufferPointer(rebasing: p[(i + 1)..<end]), as: UTF8.self)
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let key = text[..<colon].trimmingSpaces.lowercased()
        let isSeller: Bool
        switch key {
        case "seller", "sellers", "rep", "reps", "sales", "our side": isSeller = true
        case "customer", "customers", "buyer", "buyers", "prospect", "prospects", "their side": isSeller = false
        default: return nil
        }
        let names = text[text.index(after: colon)...]
            .split(whereSeparator: { $0 == "," || $0 == ";" })
            .map { String($0).trimmingSpaces }
            .filter { !$0.isEmpty }
        return (isSeller, names)
    }

    /// `[timestamp] Name: ` at the start of a line: where the label starts, the name's bytes, where words start.
    private static func label(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (Int, Range<Int>, Int)? {
        var i = start
        while i < end && (p[i] == 32 || p[i] == 9) { i += 1 }
        let labelStart = i
        i = skipTimestamp(p, i, end)
        let nameStart = i
        var colon = -1
        var words = 1
        var j = i
        while j < end && j - nameStart <= 48 {
            let b = p[j]
            if b == UInt8(ascii: ":") {
                colon = j
                break
            }
            if b == 32 { words += 1 }
            let allowed =
                (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || (b >= 48 && b <= 57) || b >= 0x80 || b == 32
                || b == UInt8(ascii: ".") || b == UInt8(ascii: "'") || b == UInt8(ascii: "-")
                || b == UInt8(ascii: "(") || b == UInt8(ascii: ")") || b == UInt8(ascii: "[") || b == UInt8(ascii: "]")
                || b == UInt8(ascii: "_") || b == UInt8(ascii: "&")
            guard allowed else { return nil }
            j += 1
        }
        guard colon > nameStart, words <= 5 else { return nil }
        guard colon + 1 >= end || p[colon + 1] == 32 || p[colon + 1] == 9 else { return nil }
        let first = p[nameStart]
        guard (first >= 65 && first <= 90) || (first >= 97 && first <= 122) || first >= 0x80 else { return nil }
        var nameEnd = colon
        // A trailing "(00:12)" or "[00:12]" belongs to the timestamp, not the name.
        while nameEnd > nameStart && p[nameEnd - 1] == 32 { nameEnd -= 1 }
        if nameEnd > nameStart && (p[nameEnd - 1] == UInt8(ascii: ")") || p[nameEnd - 1] == UInt8(ascii: "]")) {
            var k = nameEnd - 1
            while k > nameStart && p[k] != UInt8(ascii: "(") && p[k] != UInt8(ascii: "[") { k -= 1 }
            if k > nameStart { nameEnd = k }
            while nameEnd > nameStart && p[nameEnd - 1] == 32 { nameEnd -= 1 }
        }
        guard nameEnd > nameStart else { return nil }
        var contentStart = colon + 1
        while contentStart < end && (p[contentStart] == 32 || p[contentStart] == 9) { contentStart += 1 }
        return (labelStart, nameStart..<nameEnd, contentStart)
    }

    private static func skipTimestamp(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var i = start
        guard i < end else { return i }
        if p[i] == UInt8(ascii: "[") || p[i] == UInt8(ascii: "(") {
            let close = p[i] == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: ")")
            var j = i + 1
            while j < end && j - i < 24 && p[j] != close { j += 1 }
            guard j < end, p[j] == close, p[i + 1] >= 48 && p[i + 1] <= 57 else { return start }
            i = j + 1
        } else if p[i] >= 48 && p[i] <= 57 {
            var j = i
            while j < end && ((p[j] >= 48 && p[j] <= 57) || p[j] == UInt8(ascii: ":") || p[j] == UInt8(ascii: ".")) {
                j += 1
            }
            guard j < end, p[j] == 32 || p[j] == UInt8(ascii: "-") else { return start }
            i = j
        } else {
            return start
        }
        while i < end && (p[i] == 32 || p[i] == 9 || p[i] == UInt8(ascii: "-") || p[i] == UInt8(ascii: "|")) { i += 1 }
        return i
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
