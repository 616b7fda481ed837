/// A list of lowercase ASCII phrases matched case-insensitively on UTF-8 bytes.
///
/// Foundation's `String.contains` goes through NSString and dominated the review's profile;
/// matching bytes keeps the rules well under the cost of decoding the file. The text is read
/// once, in place: at each byte only the phrases starting with that (lowercased) byte are tried.
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
    }

    /// Whether any phrase occurs in `text`. Pure.
    func matches(_ text: String) -> Bool {
        if hasEmpty { return true }
        var text = text
        return text.withUTF8 { bytes in
            var start = 0
            while start < bytes.count {
                let first = Int(Self.lower(bytes[start]))
                var k = firstOffset[first]
                while k < firstOffset[first + 1] {
                    if occurs(byFirstByte[k], in: bytes, at: start) { return true }
                    k += 1
                }
                start += 1
            }
            return false
        }
    }

    /// Every phrase that occurs in `text`, in list order. Pure.
    func found(in text: String) -> [String] {
        var text = text
        var hit = [Bool](repeating: false, count: phrases.count)
        text.withUTF8 { bytes in
            var start = 0
            while start < bytes.count {
                let first = Int(Self.lower(bytes[start]))
                var k = firstOffset[first]
                while k < firstOffset[first + 1] {
                    let index = byFirstByte[k]
                    if !hit[index] && occurs(index, in: bytes, at: start) { hit[index] = true }
                    k += 1
                }
                start += 1
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
            var start = 0
            while start < bytes.count && best > 0 {
                let first = Int(Self.lower(bytes[start]))
                var k = firstOffset[first]
                while k < firstOffset[first + 1] {
                    let index = byFirstByte[k]
                    if index < best && occurs(index, in: bytes, at: start) { best = index }
                    k += 1
                }
                start += 1
            }
        }
        return best < limit ? best : nil
    }

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
