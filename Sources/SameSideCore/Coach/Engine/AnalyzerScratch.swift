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

/// The distinct vocabulary slots of one message, in the order first used, and a flag per slot; and, for the
/// sentence reader, the distinct slots and the measures of the sentence being read.
///
/// Memory of its own behind pointers: the sentence loop marks a slot for most seller words, and writing an
/// `Array` element there checked the array's uniqueness every time (about 5 % of `coach --batch` in perf).
final class WordSeen {
    let capacity: Int
    let seen: UnsafeMutablePointer<Bool>
    let hits: UnsafeMutablePointer<Int32>
    /// How many slots ``hits`` holds.
    var count = 0
    /// Per slot, the number of the last sentence that used it (words count once per sentence for the reader).
    let stamps: UnsafeMutablePointer<UInt32>
    /// The number of the sentence being read; never 0, so that fresh stamps match no sentence.
    var sentence: UInt32 = 0
    /// The measures of the sentence being read (``SentenceMeasures``).
    let measures: UnsafeMutablePointer<Double>
    /// The distinct slots of the sentence being read, in order of first use.
    let sentenceSlots: UnsafeMutablePointer<Int32>

    init(capacity: Int) {
        self.capacity = capacity
        seen = .allocate(capacity: max(capacity, 1))
        seen.initialize(repeating: false, count: max(capacity, 1))
        hits = .allocate(capacity: max(capacity, 1))
        stamps = .allocate(capacity: max(capacity, 1))
        stamps.initialize(repeating: 0, count: max(capacity, 1))
        measures = .allocate(capacity: SentenceMeasures.count)
        measures.initialize(repeating: 0, count: SentenceMeasures.count)
        sentenceSlots = .allocate(capacity: max(capacity, 1))
    }

    /// Starts a new sentence: a new number, wrapping (and clearing the stamps) after 2³² − 1 of them.
    func nextSentence() {
        if sentence == UInt32.max {
            stamps.update(repeating: 0, count: max(capacity, 1))
            sentence = 0
        }
        sentence += 1
    }

    /// Unmarks the slots of the last message.
    func reset() {
        for k in 0..<count { seen[Int(hits[k])] = false }
        count = 0
    }

    deinit {
        seen.deallocate()
        hits.deallocate()
        stamps.deallocate()
        measures.deallocate()
        sentenceSlots.deallocate()
    }
}

/// Every seller sentence of the messages an analyzer runs on, with its measures and distinct vocabulary slots:
/// what fitting the sentence reader and the sentence table read (``MessageAnalyzer/run``'s `record`).
final class SentenceRecorder {
    struct Row {
        /// The sentence's text as UTF-8 byte offsets: its first word to its last word or closing punctuation.
        var start: Int
        var end: Int
        /// ``SentenceMeasures``, in order.
        var measures: [Double]
        /// Distinct vocabulary slots, in order of first use.
        var words: [Int32]
        /// The sentence's tokens (training reads its grams from them: ``CoachReaderGrams/hashes(_:tokens:roles:in:)``).
        var tokens: Range<Int>
        /// How many words the sentence has.
        var length: Int
    }

    var rows: [Row] = []
}
