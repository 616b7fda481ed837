/// A list of lowercase ASCII phrases matched case-insensitively on UTF-8 bytes.
///
/// Foundation's `String.contains` goes through NSString and dominated the review's profile;
/// matching bytes keeps the rules well under the cost of decoding the file. The text is read
/// once, in place: at each byte only the phrases starting with that (lowercased) byte are tried.
struct PhraseList: Sendable {
    let phrases: [String]
    private let patterns: [[UInt8]]
    /// For each byte, the indices of the phrases that start with it, in list order.
    private let byFirstByte: [[Int]]

    init(_ phrases: [String]) {
        self.phrases = phrases
        let patterns = phrases.map { Array($0.utf8) }
        self.patterns = patterns
        var table = [[Int]](repeating: [], count: 256)
        for (index, pattern) in patterns.enumerated() {
            if let first = pattern.first { table[Int(first)].append(index) }
        }
        byFirstByte = table
    }

    /// Whether any phrase occurs in `text`. Pure.
    func matches(_ text: String) -> Bool {
        if patterns.contains(where: \.isEmpty) { return true }
        var text = text
        return text.withUTF8 { bytes in
            var start = 0
            while start < bytes.count {
                for index in byFirstByte[Int(Self.lower(bytes[start]))]
                where Self.occurs(patterns[index], in: bytes, at: start) {
                    return true
                }
                start += 1
            }
            return false
        }
    }

    /// Every phrase that occurs in `text`, in list order. Pure.
    func found(in text: String) -> [String] {
        var text = text
        var hit = [Bool](repeating: false, count: patterns.count)
        text.withUTF8 { bytes in
            var start = 0
            while start < bytes.count {
                for index in byFirstByte[Int(Self.lower(bytes[start]))]
                where !hit[index] && Self.occurs(patterns[index], in: bytes, at: start) {
                    hit[index] = true
                }
                start += 1
            }
        }
        return patterns.indices.filter { hit[$0] || patterns[$0].isEmpty }.map { phrases[$0] }
    }

    @inline(__always)
    private static func lower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }

    /// Whether `pattern` (lowercase) starts at `start` in `bytes`, ignoring ASCII case.
    private static func occurs(_ pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard pattern.count <= bytes.count - start else { return false }
        var offset = 1
        while offset < pattern.count && lower(bytes[start + offset]) == pattern[offset] { offset += 1 }
        return offset == pattern.count
    }
}
