/// A list of lowercase ASCII phrases matched case-insensitively on UTF-8 bytes.
///
/// Foundation's `String.contains` goes through NSString and dominated the review's profile;
/// matching bytes keeps the rules well under the cost of decoding the file. The text is read
/// once, in place: a position is tried only when some phrase starts with its two (lowercased) bytes, and then
/// only the phrases starting with its byte.
struct PhraseList: Sendable {
    let phrases: [String]
    /// The phrases' bytes one after another: phrase `i` is `patternBytes[patternStart[i]..<patternStart[i + 1]]`.
    private let patternBytes: [UInt8]
    private let patternStart: [Int]
    /// The indices of the phrases, grouped by first byte in byte order (list order within a byte); the phrases
    /// starting with byte `b` are `byFirstByte[firstOffset[b]..<firstOffset[b + 1]]`. Flat, so reading it
    /// retains no inner array.
    private let byFirstByte: [Int]
    private let firstOffset: [Int]
    /// An empty phrase occurs in every text.
    private let hasEmpty: Bool
    /// Bit `a << 8 | b` is set when some phrase starts with the bytes `a b` in any ASCII case: most positions of
    /// a text start no phrase, and this rules them out with one lookup of the raw bytes. `nil` when a phrase is
    /// shorter than two bytes.
    private let firstPairs: [UInt64]?

    init(_ phrases: [String]) {
        self.phrases = phrases
        let patterns = phrases.map { Array($0.utf8) }
        patternBytes = patterns.flatMap { $0 }
        var starts = [0]
        for pattern in patterns { starts.append(starts[starts.count - 1] + pattern.count) }
        patternStart = starts
        var table = [[Int]](repeating: [], count: 256)
        for (index, pattern) in patterns.enumerated() {
            if let first = pattern.first { table[Int(first)].append(index) }
        }
        byFirstByte = table.flatMap { $0 }
        var offsets = [0]
        for list in table { offsets.append(offsets[offsets.count - 1] + list.count) }
        firstOffset = offsets
        hasEmpty = patterns.contains { $0.isEmpty }
        if patterns.allSatisfy({ $0.count >= 2 }) {
            var pairs = [UInt64](repeating: 0, count: 1024)
            for pattern in patterns {
                for first in Self.cases(pattern[0]) {
                    for second in Self.cases(pattern[1]) {
                        let pair = Int(first) << 8 | Int(second)
                        pairs[pair >> 6] |= 1 << UInt64(pair & 63)
                    }
                }
            }
            firstPairs = pairs
        } else {
            firstPairs = nil
        }
    }

    /// Calls `body` with each phrase index that may start at each position of `bytes`, position by position;
    /// `body` returns `false` to stop. Reads the tables in place.
    @inline(__always)
    private func forEachCandidate(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Int, Int) -> Bool) {
        byFirstByte.withUnsafeBufferPointer { byFirst in
            firstOffset.withUnsafeBufferPointer { offsets in
                func visit(_ start: Int, _ first: Int) -> Bool {
                    var k = offsets[first]
                    let end = offsets[first + 1]
                    while k < end {
                        if !body(byFirst[k], start) { return false }
                        k += 1
                    }
                    return true
                }
                guard let firstPairs else {
                    for start in bytes.indices where !visit(start, Int(Self.lower(bytes[start]))) { return }
                    return
                }
                firstPairs.withUnsafeBufferPointer { pairs in
                    guard bytes.count >= 2 else { return }
                    for start in 0..<(bytes.count - 1) {
                        let pair = Int(bytes[start]) << 8 | Int(bytes[start + 1])
                        guard pairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else { continue }
                        if !visit(start, Int(Self.lower(bytes[start]))) { return }
                    }
                }
            }
        }
    }

    /// Whether any phrase occurs in `text`. Pure.
    func matches(_ text: String) -> Bool {
        if hasEmpty { return true }
        var text = text
        return text.withUTF8 { bytes in
            var found = false
            forEachCandidate(in: bytes) { index, start in
                found = occurs(index, in: bytes, at: start)
                return !found
            }
            return found
        }
    }

    /// Every phrase that occurs in `text`, in list order. Pure.
    func found(in text: String) -> [String] {
        var text = text
        var hit = [Bool](repeating: false, count: phrases.count)
        text.withUTF8 { bytes in
            forEachCandidate(in: bytes) { index, start in
                if !hit[index] && occurs(index, in: bytes, at: start) { hit[index] = true }
                return true
            }
        }
        return phrases.indices.filter { hit[$0] || patternStart[$0] == patternStart[$0 + 1] }.map { phrases[$0] }
    }

    /// The first phrase in list order that occurs in `text` (what `found(in:).first` gives, without the array).
    /// Pure.
    func firstFound(in text: String) -> String? {
        if let empty = patternStart.indices.dropLast().first(where: { patternStart[$0] == patternStart[$0 + 1] }) {
            // An empty phrase occurs in every text, so nothing after it in the list can come first.
            return matchedBefore(empty, in: text).map { phrases[$0] } ?? phrases[empty]
        }
        return matchedBefore(phrases.count, in: text).map { phrases[$0] }
    }

    /// The lowest phrase index below `limit` whose phrase occurs in `text`.
    private func matchedBefore(_ limit: Int, in text: String) -> Int? {
        var text = text
        var best = limit
        text.withUTF8 { bytes in
            forEachCandidate(in: bytes) { index, start in
                if index < best && occurs(index, in: bytes, at: start) { best = index }
                return best > 0
            }
        }
        return best < limit ? best : nil
    }

    /// The byte and, for a lowercase ASCII letter, its uppercase form: the bytes a text may have where a
    /// (lowercase) phrase has `byte`.
    private static func cases(_ byte: UInt8) -> [UInt8] { byte >= 97 && byte <= 122 ? [byte, byte - 32] : [byte] }

    @inline(__always)
    private static func lower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }

    /// Whether phrase `index` (lowercase) starts at `start` in `bytes`, ignoring ASCII case.
    @inline(__always)
    private func occurs(_ index: Int, in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        let from = patternStart[index]
        let count = patternStart[index + 1] - from
        guard count <= bytes.count - start else { return false }
        var offset = 1
        while offset < count && Self.lower(bytes[start + offset]) == patternBytes[from + offset] { offset += 1 }
        return offset == count
    }
}
