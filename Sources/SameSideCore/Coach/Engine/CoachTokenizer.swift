/// Receives what ``CoachTokenizer`` finds: canonical word hashes and punctuation marks, with byte spans.
protocol CoachTokenSink {
    /// One canonical word. A contraction arrives as several calls with the same span.
    mutating func word(hash: UInt64, start: Int, end: Int, flags: UInt8, syllables: UInt8)
    mutating func mark(_ kind: CoachToken.Kind, start: Int, end: Int)
}

/// Splits UTF-8 text into canonical words and marks in one pass over the bytes.
///
/// Canonical means: lowercased (ASCII by table, other scripts through Unicode's lowercase mapping), curly
/// and modifier apostrophes read as `'`, hyphens as word breaks (so "best-in-class" is "best in class"),
/// and contractions split into their words ("we're" → "we are", "don't" → "do not"). The hot path stays on
/// ASCII bytes; only non-ASCII scalars are decoded.
enum CoachTokenizer {
    // Byte classes of ASCII.
    static let other: UInt8 = 0, lower: UInt8 = 1, upper: UInt8 = 2, digit: UInt8 = 3, space: UInt8 = 4
    static let newline: UInt8 = 5, apostrophe: UInt8 = 6, dot: UInt8 = 7, qmark: UInt8 = 8, bang: UInt8 = 9
    static let clause: UInt8 = 10, dquote: UInt8 = 11, hyphen: UInt8 = 12, symbolWord: UInt8 = 13
    static let star: UInt8 = 14, greater: UInt8 = 15, nonASCII: UInt8 = 16

    static let byteClass: [UInt8] = {
        var table = [UInt8](repeating: other, count: 256)
        for b in UInt8(ascii: "a")...UInt8(ascii: "z") { table[Int(b)] = lower }
        for b in UInt8(ascii: "A")...UInt8(ascii: "Z") { table[Int(b)] = upper }
        for b in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(b)] = digit }
        for b in [9, 11, 12, 13, 32] { table[b] = space }
        table[10] = newline
        table[Int(UInt8(ascii: "'"))] = apostrophe
        table[Int(UInt8(ascii: "."))] = dot
        table[Int(UInt8(ascii: "?"))] = qmark
        table[Int(UInt8(ascii: "!"))] = bang
        for c in ",;:()[]" { table[Int(c.asciiValue!)] = clause }
        table[Int(UInt8(ascii: "\""))] = dquote
        table[Int(UInt8(ascii: "-"))] = hyphen
        for c in "%#$&+" { table[Int(c.asciiValue!)] = symbolWord }
        table[Int(UInt8(ascii: "*"))] = star
        table[Int(UInt8(ascii: ">"))] = greater
        for b in 0x80...0xFF { table[b] = nonASCII }
        return table
    }()

    /// Bit n set when the letter `a`+n is a vowel for syllable counting (a e i o u y).
    private static let vowelBits: UInt32 = (1 << 0) | (1 << 4) | (1 << 8) | (1 << 14) | (1 << 20) | (1 << 24)

    private struct ScannedWord {
        var end: Int
        var hash: UInt64
        var flags: UInt8
        var syllables: UInt8
        var hasApostrophe: Bool
        var digitsOnly: Bool
        /// Running hash of the canonical bytes before the last apostrophe (the contraction's base).
        var baseHash: UInt64 = 0
        /// Running hash of the base without its last byte, and that byte (for `n't`).
        var baseButLastHash: UInt64 = 0
        var baseLast: UInt8 = 0
        /// Up to three ASCII bytes after the last apostrophe, packed (first byte lowest); `suffixLength` 255
        /// when the suffix is longer or not ASCII.
        var suffix: UInt32 = 0
        var suffixLength: UInt8 = 0
    }

    /// Tokenizes `bytes` (valid UTF-8; malformed bytes are read as separators) into `sink`.
    static func run<S: CoachTokenSink>(_ bytes: UnsafeBufferPointer<UInt8>, into sink: inout S) {
        byteClass.withUnsafeBufferPointer { classes in
            run(bytes, classes: classes, into: &sink)
        }
    }

    private static func run<S: CoachTokenSink>(
        _ p: UnsafeBufferPointer<UInt8>, classes cls: UnsafeBufferPointer<UInt8>, into sink: inout S
    ) {
        let n = p.count
        var i = 0
        var atLineStart = true
        while i < n {
            let b = p[i]
            let c = cls[Int(b)]
            switch c {
            case lower, upper, digit:
                let w = scanWord(p, i, cls)
                if atLineStart && w.digitsOnly && w.end - i <= 3 && w.end + 1 < n
                    && (p[w.end] == UInt8(ascii: ".") || p[w.end] == UInt8(ascii: ")"))
                    && cls[Int(p[w.end + 1])] == space
                {
                    sink.mark(.bullet, start: i, end: w.end + 1)
                    i = w.end + 1
                } else {
                    emit(w, p, start: i, into: &sink)
                    i = w.end
                }
                atLineStart = false
            case space:
                i += 1
            case newline:
                sink.mark(.lineBreak, start: i, end: i + 1)
                i += 1
                atLineStart = true
            case dot:
                var j = i + 1
                while j < n && p[j] == UInt8(ascii: ".") { j += 1 }
                if j - i > 1 {
                    sink.mark(.clause, start: i, end: j)
                } else if j == n || endsSentence(p[j], cls) {
                    sink.mark(.period, start: i, end: j)
                }
                i = j
                atLineStart = false
            case qmark, bang:
                var j = i
                var question = false
                while j < n && (p[j] == UInt8(ascii: "?") || p[j] == UInt8(ascii: "!")) {
                    if p[j] == UInt8(ascii: "?") { question = true }
                    j += 1
                }
                sink.mark(question ? .question : .exclaim, start: i, end: j)
                i = j
                atLineStart = false
            case clause:
                let isNumberSeparator =
                    (b == UInt8(ascii: ",") || b == UInt8(ascii: ":")) && i > 0 && i + 1 < n
                    && cls[Int(p[i - 1])] == digit && cls[Int(p[i + 1])] == digit
                if !isNumberSeparator { sink.mark(.clause, start: i, end: i + 1) }
                i += 1
                atLineStart = false
            case dquote:
                sink.mark(.quoteToggle, start: i, end: i + 1)
                i += 1
                atLineStart = false
            case hyphen:
                let nextIsSpace = i + 1 >= n || cls[Int(p[i + 1])] == space || cls[Int(p[i + 1])] == newline
                if atLineStart && nextIsSpace {
                    sink.mark(.bullet, start: i, end: i + 1)
                } else if nextIsSpace && i > 0 && cls[Int(p[i - 1])] == space {
                    sink.mark(.clause, start: i, end: i + 1)
                } else if i + 1 < n && p[i + 1] == UInt8(ascii: "-") {
                    var j = i
                    while j < n && p[j] == UInt8(ascii: "-") { j += 1 }
                    sink.mark(.clause, start: i, end: j)
                    i = j
                    atLineStart = false
                    continue
                }
                i += 1
                atLineStart = false
            case symbolWord:
                // A symbol is matched like a word ("20% off") but not counted as one.
                sink.word(hash: WordHash.of(bytes: CollectionOfOne(b)), start: i, end: i + 1, flags: 0, syllables: 0)
                i += 1
                atLineStart = false
            case star:
                if atLineStart && i + 1 < n && cls[Int(p[i + 1])] == space {
                    sink.mark(.bullet, start: i, end: i + 1)
                }
                i += 1
                atLineStart = false
            case greater:
                if atLineStart { sink.mark(.quoteLine, start: i, end: i + 1) }
                i += 1
                atLineStart = false
            case nonASCII:
                let (scalar, length) = decode(p, i)
                switch scalar {
                case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0xFEFF, 0x200B...0x200D, 0xFE0F:
                    i += length
                    continue
                case 0x2028, 0x2029, 0x0085:
                    sink.mark(.lineBreak, start: i, end: i + length)
                    i += length
                    atLineStart = true
                    continue
                case 0x201C, 0x201E, 0x00AB:
                    sink.mark(.quoteOpen, start: i, end: i + length)
                case 0x201D, 0x00BB:
                    sink.mark(.quoteClose, start: i, end: i + length)
                case 0x2012...0x2015:
                    let nextIsSpace = i + length >= n || cls[Int(p[i + length])] == space
                    sink.mark(atLineStart && nextIsSpace ? .bullet : .clause, start: i, end: i + length)
                case 0x2026, 0xFF0C, 0x3001:
                    sink.mark(.clause, start: i, end: i + length)
                case 0xFF1F:
                    sink.mark(.question, start: i, end: i + length)
                case 0xFF01:
                    sink.mark(.exclaim, start: i, end: i + length)
                case 0x3002:
                    sink.mark(.period, start: i, end: i + length)
                case 0x2022, 0x25E6, 0x25AA, 0x25AB, 0x2023, 0x00B7, 0x25CF, 0x2043, 0x25BA, 0x25B8, 0x2713, 0x2714,
                    0x2705, 0x27A4, 0x2192, 0x25A0, 0x25A1, 0x2794:
                    if atLineStart { sink.mark(.bullet, start: i, end: i + length) }
                case 0x20AC, 0x00A3, 0x00A5:
                    sink.word(
                        hash: WordHash.of(bytes: UnsafeBufferPointer(rebasing: p[i..<(i + length)])), start: i,
                        end: i + length, flags: 0, syllables: 0)
                default:
                    if isWordScalar(scalar) {
                        let w = scanWord(p, i, cls)
                        emit(w, p, start: i, into: &sink)
                        i = w.end
                        atLineStart = false
                        continue
                    }
                }
                i += length
                atLineStart = false
            default:
                i += 1
                atLineStart = false
            }
        }
    }

    @inline(__always)
    private static func endsSentence(_ next: UInt8, _ cls: UnsafeBufferPointer<UInt8>) -> Bool {
        let c = cls[Int(next)]
        return c == space || c == newline || c == dquote || c == nonASCII || next == UInt8(ascii: ")")
            || next == UInt8(ascii: "]") || next == UInt8(ascii: "'")
    }

    /// The scalar at `i` and its length in bytes; a malformed sequence reads as U+FFFD of length 1.
    @inline(__always)
    static func decode(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
        let n = p.count
        let b0 = p[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        if b0 < 0xC2 { return (0xFFFD, 1) }
        if b0 < 0xE0 {
            guard i + 1 < n, p[i + 1] & 0xC0 == 0x80 else { return (0xFFFD, 1) }
            return (UInt32(b0 & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F), 2)
        }
        if b0 < 0xF0 {
            guard i + 2 < n, p[i + 1] & 0xC0 == 0x80, p[i + 2] & 0xC0 == 0x80 else { return (0xFFFD, 1) }
            return (UInt32(b0 & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F), 3)
        }
        guard b0 < 0xF5, i + 3 < n, p[i + 1] & 0xC0 == 0x80, p[i + 2] & 0xC0 == 0x80, p[i + 3] & 0xC0 == 0x80
        else { return (0xFFFD, 1) }
        let value =
            UInt32(b0 & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12 | UInt32(p[i + 2] & 0x3F) << 6
            | UInt32(p[i + 3] & 0x3F)
        return (value, 4)
    }

    @inline(__always)
    private static func isApostrophe(_ scalar: UInt32) -> Bool {
        scalar == 0x2019 || scalar == 0x2018 || scalar == 0x02BC || scalar == 0x2032
    }

    /// Letters, digits and combining marks of any script make words; emoji and symbols do not.
    static func isWordScalar(_ value: UInt32) -> Bool {
        guard value != 0xFFFD, let scalar = Unicode.Scalar(value) else { return false }
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .decimalNumber, .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Whether the byte at `j` starts a letter (for apostrophes inside words).
    @inline(__always)
    private static func letterFollows(
        _ p: UnsafeBufferPointer<UInt8>, _ j: Int, _ cls: UnsafeBufferPointer<UInt8>
    )
        -> Bool
    {
        guard j < p.count else { return false }
        let c = cls[Int(p[j])]
        if c == lower || c == upper { return true }
        if c == nonASCII {
            let (scalar, _) = decode(p, j)
            return isWordScalar(scalar) && !isApostrophe(scalar)
        }
        return false
    }

    /// The word starting at `start`. Most words are ASCII letters only; they take a loop with little state
    /// (few registers, no spills), and any other byte inside a word sends it to ``scanWordInFull``.
    @inline(__always)
    private static func scanWord(
        _ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ cls: UnsafeBufferPointer<UInt8>
    )
        -> ScannedWord
    {
        let n = p.count
        var hash = WordHash.seed
        var j = start
        var uppers = 0
        var syllables = 0
        var previousVowel = false
        var last: UInt8 = 0
        var secondLast: UInt8 = 0
        while j < n {
            let b = p[j]
            // An ASCII letter, tested without the class table: `b | 0x20` is `a`…`z` only for letters, and
            // one predictable branch here beats the switch over byte classes the compiler made of the table.
            let l = b | 0x20
            if l &- 97 < 26 {
                if b < 97 { uppers += 1 }
                hash = WordHash.add(hash, l)
                let isVowel = vowelBits & (1 &<< UInt32(l &- 97)) != 0
                if isVowel && !previousVowel { syllables += 1 }
                previousVowel = isVowel
                secondLast = last
                last = l
                j += 1
            } else {
                let c = cls[Int(b)]
                if c == digit || c == apostrophe || c == nonASCII { return scanWordInFull(p, start, cls) }
                break
            }
        }
        let letters = j - start
        if last == UInt8(ascii: "e") && secondLast != UInt8(ascii: "l") && syllables > 1 { syllables -= 1 }
        if syllables == 0 && letters > 0 { syllables = 1 }
        var flags = CoachToken.firstOfWord
        if letters > 0 && uppers == letters { flags |= CoachToken.allCaps }
        if letters > 0 && cls[Int(p[start])] == upper { flags |= CoachToken.capitalized }
        if letters == 0 { flags |= CoachToken.number }
        return ScannedWord(
            end: j, hash: hash == 0 ? 1 : hash, flags: flags, syllables: UInt8(min(syllables, 255)),
            hasApostrophe: false, digitsOnly: letters == 0)
    }

    /// Any word: letters and digits of any script, apostrophes inside it, lowercasing through Unicode.
    private static func scanWordInFull(
        _ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ cls: UnsafeBufferPointer<UInt8>
    )
        -> ScannedWord
    {
        let n = p.count
        var hash = WordHash.seed
        var j = start
        var letters = 0
        var uppers = 0
        var digits = 0
        var firstUpper = false
        var syllables = 0
        var previousVowel = false
        var last: UInt8 = 0
        var secondLast: UInt8 = 0
        var hasApostrophe = false
        var lastWasLetter = false
        // For splitting contractions without building their text: see `emit`.
        var previousHash = hash
        var lastByte: UInt8 = 0
        var baseHash: UInt64 = 0
        var baseButLastHash: UInt64 = 0
        var baseLast: UInt8 = 0
        var suffix: UInt32 = 0
        var suffixLength: UInt8 = 0
        while j < n {
            let b = p[j]
            let c = cls[Int(b)]
            if c == lower || c == upper {
                let l = b | 0x20
                if c == upper {
                    uppers += 1
                    if letters == 0 { firstUpper = true }
                }
                letters += 1
                previousHash = hash
                hash = WordHash.add(hash, l)
                lastByte = l
                if hasApostrophe { extendSuffix(&suffix, &suffixLength, with: l) }
                let isVowel = vowelBits & (1 &<< UInt32(l &- 97)) != 0
                if isVowel && !previousVowel { syllables += 1 }
                previousVowel = isVowel
                secondLast = last
                last = l
                lastWasLetter = true
                j += 1
            } else if c == digit {
                digits += 1
                previousHash = hash
                hash = WordHash.add(hash, b)
                lastByte = b
                if hasApostrophe { extendSuffix(&suffix, &suffixLength, with: b) }
                previousVowel = false
                lastWasLetter = false
                j += 1
            } else if c == apostrophe {
                guard lastWasLetter, letterFollows(p, j + 1, cls) else { break }
                baseHash = hash
                baseButLastHash = previousHash
                baseLast = lastByte
                suffix = 0
                suffixLength = 0
                previousHash = hash
                hash = WordHash.add(hash, UInt8(ascii: "'"))
                lastByte = UInt8(ascii: "'")
                hasApostrophe = true
                previousVowel = false
                lastWasLetter = false
                j += 1
            } else if c == nonASCII {
                let (scalar, length) = decode(p, j)
                if isApostrophe(scalar) {
                    guard lastWasLetter, letterFollows(p, j + length, cls) else { break }
                    baseHash = hash
                    baseButLastHash = previousHash
                    baseLast = lastByte
                    suffix = 0
                    suffixLength = 0
                    previousHash = hash
                    hash = WordHash.add(hash, UInt8(ascii: "'"))
                    lastByte = UInt8(ascii: "'")
                    hasApostrophe = true
                    previousVowel = false
                    lastWasLetter = false
                    j += length
                    continue
                }
                guard isWordScalar(scalar), let unicode = Unicode.Scalar(scalar) else { break }
                let properties = unicode.properties
                if properties.isAlphabetic {
                    if properties.isUppercase {
                        uppers += 1
                        if letters == 0 { firstUpper = true }
                    }
                    letters += 1
                }
                if properties.changesWhenLowercased {
                    for byte in properties.lowercaseMapping.utf8 {
                        previousHash = hash
                        hash = WordHash.add(hash, byte)
                        lastByte = byte
                    }
                } else {
                    for k in j..<(j + length) {
                        previousHash = hash
                        hash = WordHash.add(hash, p[k])
                        lastByte = p[k]
                    }
                }
                if hasApostrophe { suffixLength = 255 }
                lastWasLetter = properties.isAlphabetic
                previousVowel = false
                j += length
            } else {
                break
            }
        }
        if last == UInt8(ascii: "e") && secondLast != UInt8(ascii: "l") && syllables > 1 { syllables -= 1 }
        if syllables == 0 && (letters > 0 || digits > 0) { syllables = 1 }
        var flags = CoachToken.firstOfWord
        if letters > 0 && uppers == letters { flags |= CoachToken.allCaps }
        if firstUpper { flags |= CoachToken.capitalized }
        if letters == 0 { flags |= CoachToken.number }
        return ScannedWord(
            end: j, hash: hash == 0 ? 1 : hash, flags: flags, syllables: UInt8(min(syllables, 255)),
            hasApostrophe: hasApostrophe, digitsOnly: letters == 0, baseHash: baseHash,
            baseButLastHash: baseButLastHash, baseLast: baseLast, suffix: suffix, suffixLength: suffixLength)
    }

    /// Adds an ASCII byte after a word's last apostrophe to its packed suffix (see ``ScannedWord/suffix``):
    /// up to three bytes are kept, a longer suffix is marked with length 255.
    @inline(__always)
    private static func extendSuffix(_ suffix: inout UInt32, _ length: inout UInt8, with byte: UInt8) {
        guard length < 255 else { return }
        if length < 3 {
            suffix |= UInt32(byte) << (8 * UInt32(length))
            length += 1
        } else {
            length = 255
        }
    }

    /// Most words have no apostrophe: they go to the sink inline, without a call or the scanned word copied
    /// to memory; contractions take ``emitContraction``.
    @inline(__always)
    private static func emit<S: CoachTokenSink>(
        _ w: ScannedWord, _ p: UnsafeBufferPointer<UInt8>, start: Int, into sink: inout S
    ) {
        guard w.hasApostrophe else {
            sink.word(hash: w.hash, start: start, end: w.end, flags: w.flags, syllables: w.syllables)
            return
        }
        emitContraction(w, start: start, into: &sink)
    }

    @inline(never)
    private static func emitContraction<S: CoachTokenSink>(_ w: ScannedWord, start: Int, into sink: inout S) {
        // The same split as `Contractions.split(canonical:)`, from hashes gathered while scanning.
        let second: UInt64
        var first = WordHash.finish(w.baseHash)
        let whole = w.hash
        if whole == Split.letS || whole == Split.oClock || whole == Split.maAm {
            second = 0
            first = whole
        } else if whole == Split.yAll {
            first = Split.you
            second = Split.all
        } else if w.suffixLength == 1 && w.suffix == UInt32(UInt8(ascii: "t")) && w.baseLast == UInt8(ascii: "n") {
            let stem = WordHash.finish(w.baseButLastHash)
            switch stem {
            case Split.wo: first = Split.will
            case Split.ca: first = Split.can
            case Split.sha: first = Split.shall
            case Split.ai: first = Split.isWord
            default: first = stem
            }
            second = Split.not
        } else {
            switch (w.suffixLength, w.suffix) {
            case (2, Split.re): second = Split.are
            case (2, Split.ve): second = Split.have
            case (2, Split.ll): second = Split.will
            case (1, Split.d): second = Split.would
            case (1, Split.m): second = Split.am
            case (1, Split.s): second = Split.isWord
            default:
                second = 0
                first = whole
            }
        }
        sink.word(hash: first, start: start, end: w.end, flags: w.flags, syllables: w.syllables)
        if second != 0 {
            sink.word(hash: second, start: start, end: w.end, flags: w.flags & ~CoachToken.firstOfWord, syllables: 0)
        }
    }

    /// Hashes and packed suffixes for splitting contractions (see ``Contractions``).
    private enum Split {
        static func packed(_ text: StaticString) -> UInt32 {
            text.withUTF8Buffer { bytes in
                var value: UInt32 = 0
                for (index, byte) in bytes.enumerated() { value |= UInt32(byte) << (8 * UInt32(index)) }
                return value
            }
        }
        static let re = packed("re"), ve = packed("ve"), ll = packed("ll"), d = packed("d"), m = packed("m")
        static let s = packed("s")
        static let are = WordHash.of("are"), have = WordHash.of("have"), will = WordHash.of("will")
        static let would = WordHash.of("would"), am = WordHash.of("am"), isWord = WordHash.of("is")
        static let not = WordHash.of("not"), can = WordHash.of("can"), shall = WordHash.of("shall")
        static let wo = WordHash.of("wo"), ca = WordHash.of("ca"), sha = WordHash.of("sha"), ai = WordHash.of("ai")
        static let letS = WordHash.of("let's"), oClock = WordHash.of("o'clock"), maAm = WordHash.of("ma'am")
        static let yAll = WordHash.of("y'all"), you = WordHash.of("you"), all = WordHash.of("all")
    }

    /// The canonical bytes of the word in `p[start..<end]` (slow path, for words with an apostrophe).
    static func canonicalBytes(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(end - start)
        var j = start
        while j < end {
            let b = p[j]
            if b < 0x80 {
                out.append(b >= 65 && b <= 90 ? b | 0x20 : b)
                j += 1
                continue
            }
            let (scalar, length) = decode(p, j)
            if isApostrophe(scalar) {
                out.append(UInt8(ascii: "'"))
            } else if let unicode = Unicode.Scalar(scalar), unicode.properties.changesWhenLowercased {
                out.append(contentsOf: unicode.properties.lowercaseMapping.utf8)
            } else {
                out.append(contentsOf: p[j..<(j + length)])
            }
            j += length
        }
        return out
    }
}
