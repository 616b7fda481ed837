/// A run of tokens the analyzer treats as one sentence (or bullet item, greeting line, transcript line).
struct Sentence {
    /// Token range `start..<end`.
    var start: Int
    var end: Int
    var role: UInt8
    var isQuestion: Bool
    var isBullet: Bool
}

/// Who wrote a token.
enum TokenRole {
    static let seller: UInt8 = 0
    static let customer: UInt8 = 1
    /// Quoted text, reply history, speaker labels, headers: not judged.
    static let excluded: UInt8 = 2
}
