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
    /// Which vocabulary slots are in ``wordHits`` (all false between messages).
    var wordSeen: [Bool] = []
}
