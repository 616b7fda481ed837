/// The arrays ``MessageAnalyzer`` works in, kept between messages so that coaching many messages in turn
/// allocates only while they grow to the largest message.
struct AnalyzerScratch {
    var tokens: [CoachToken] = []
    var roles: [UInt8] = []
    var sentences: [Sentence] = []
    var findings: [MessageAnalyzer.RawFinding] = []
    var candidates: [MessageAnalyzer.RawCandidate] = []
    var cueFirst: [Int] = []
    var cueLast: [Int] = []
    var blocked: [Bool] = []
    var matches: [MessageAnalyzer.Match] = []
    var groupMatches: [MessageAnalyzer.Match] = []
    var kept: [MessageAnalyzer.Match] = []
    var bulletRun: [Sentence] = []
    /// Vocabulary slots of the seller's words (``CompiledModel/wordSlots``), repeats included.
    var wordHits: [Int32] = []
    /// Which vocabulary slots the message uses, written per seller word through pointers.
    var wordSeen: WordSeen?
}

/// The distinct vocabulary slots of one message, in the order first used, and a flag per slot.
///
/// Memory of its own behind pointers: the sentence loop marks a slot for most seller words, and writing an
/// `Array` element there checked the array's uniqueness every time (about 5 % of `coach --batch` in perf).
final class WordSeen {
    let capacity: Int
    let seen: UnsafeMutablePointer<Bool>
    let hits: UnsafeMutablePointer<Int32>
    /// How many slots ``hits`` holds.
    var count = 0

    init(capacity: Int) {
        self.capacity = capacity
        seen = .allocate(capacity: max(capacity, 1))
        seen.initialize(repeating: false, count: max(capacity, 1))
        hits = .allocate(capacity: max(capacity, 1))
    }

    /// Unmarks the slots of the last message.
    func reset() {
        for k in 0..<count { seen[Int(hits[k])] = false }
        count = 0
    }

    deinit {
        seen.deallocate()
        hits.deallocate()
    }
}
