/// A list of lowercase ASCII phrases matched case-insensitively on UTF-8 bytes.
///
/// Foundation's `String.contains` goes through NSString and dominated the review's profile;
/// matching bytes keeps the rules well under the cost of decoding the file.
struct PhraseList: Sendable {
    let phrases: [String]
    private let patterns: [[UInt8]]

    init(_ phrases: [String]) {
        self.phrases = phrases
        self.patterns = phrases.map { Array($0.utf8) }
    }

    /// Whether any phrase occurs in `text`. Pure.
    func matches(_ text: String) -> Bool { firstIndex(in: text, all: false).first != nil }

    /// Every phrase that occurs in `text`, in list order. Pure.
    func found(in text: String) -> [String] { firstIndex(in: text, all: true).map { phrases[$0] } }

    private func firstIndex(in text: String, all: Bool) -> [Int] {
        var bytes = Array(text.utf8)
        for index in bytes.indices where bytes[index] >= 65 && bytes[index] <= 90 { bytes[index] += 32 }
        var hits: [Int] = []
        for (index, pattern) in patterns.enumerated() where PhraseList.contains(bytes, pattern) {
            hits.append(index)
            if !all { break }
        }
        return hits
    }

    private static func contains(_ bytes: [UInt8], _ pattern: [UInt8]) -> Bool {
        guard let first = pattern.first, pattern.count <= bytes.count else { return pattern.isEmpty }
        var start = 0
        let last = bytes.count - pattern.count
        while start <= last {
            if bytes[start] == first {
                var offset = 1
                while offset < pattern.count && bytes[start + offset] == pattern[offset] { offset += 1 }
                if offset == pattern.count { return true }
            }
            start += 1
        }
        return false
    }
}
