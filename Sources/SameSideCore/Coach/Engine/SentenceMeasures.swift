import Foundation

/// The measures the sentence reader judges one seller sentence by: whom it names first and how often, what it
/// asks, which findings it holds and where it stands. Words of the vocabulary come after them (docs/coach.md,
/// "Sentences"). The lexicon's word classes were tried as measures too and added nothing the words did not
/// (85.4 % against 85.7 % out of fold). Pure.
enum SentenceMeasures {
    /// Every measure's name, in vector order (stable: the reader's committed weights are keyed by them).
    static let names: [String] = [
        "firstCustomer", "firstSeller", "firstThirdPerson", "firstProduct", "framed", "theirWords", "question",
        "businessQuestion", "closingQuestion", "yesNoQuestion", "customerReferences", "sellerReferences",
        "thirdPersonReferences", "words", "businessWords", "number", "namesInside", "commas", "exclamation",
        "pressure", "pitch", "allAboutUs", "bullet", "first", "position",
    ]

    static var count: Int { names.count }

    /// Where `question` stands (1 when the sentence asks): ``forEachNonZero(_:smallLog1p:_:)`` writes it there, and
    /// the message's readings look it up there.
    static let questionIndex = 6

    /// `log(1 + n)` for small counts, looked up (the hot path passes it in, so no global is touched per call).
    static let smallLog1p: [Double] = CoachFeatures.smallLog1p

    /// Calls `body` with the index and value of every measure of `s` that is not 0, in index order. Pure.
    @inline(__always)
    static func forEachNonZero(
        _ s: SentenceFacts, smallLog1p table: UnsafeBufferPointer<Double>, _ body: (Int, Double) -> Void
    ) {
        func log1p(_ n: Int) -> Double { n < table.count ? table[max(n, 0)] : Foundation.log1p(Double(n)) }
        switch s.firstReferent {
        case .customer: body(0, 1)
        case .seller: body(1, 1)
        case .thirdPerson: body(2, 1)
        case .product: body(3, 1)
        case .none: break
        }
        if s.framed { body(4, 1) }
        if s.theirWords { body(5, 1) }
        if s.isQuestion {
            body(questionIndex, 1)
            switch s.questionClass {
            case .business: body(7, 1)
            case .closing: body(8, 1)
            case .yesNo: body(9, 1)
            case .other: break
            }
        }
        if s.customerRefs > 0 { body(10, log1p(s.customerRefs)) }
        if s.sellerRefs > 0 { body(11, log1p(s.sellerRefs)) }
        if s.thirdPersonRefs > 0 { body(12, log1p(s.thirdPersonRefs)) }
        if s.words > 0 { body(13, log1p(s.words)) }
        if s.businessWords > 0 { body(14, log1p(s.businessWords)) }
        if s.hasNumber { body(15, 1) }
        if s.capitalizedInside > 0 { body(16, log1p(s.capitalizedInside)) }
        if s.commas > 0 { body(17, log1p(s.commas)) }
        if s.exclamations > 0 { body(18, 1) }
        if s.pressureFindings > 0 { body(19, log1p(s.pressureFindings)) }
        if s.pitchFindings > 0 { body(20, log1p(s.pitchFindings)) }
        if s.allAboutUs { body(21, 1) }
        if s.isBullet { body(22, 1) }
        if s.index == 0 { body(23, 1) } else { body(24, log1p(s.index)) }
    }

    /// Writes the measures of `s` into `out[0..<count]`. Pure.
    static func write(_ s: SentenceFacts, into out: UnsafeMutablePointer<Double>) {
        out.update(repeating: 0, count: count)
        smallLog1p.withUnsafeBufferPointer { table in forEachNonZero(s, smallLog1p: table) { out[$0] = $1 } }
    }
}

/// What the sentence reader made of a message's seller sentences, as fifteen measures of the message
/// (``CoachFeatures/readerNames``): the shares of its words and of its sentences that read as about us and as
/// about them, how its opening and its closing sentence read, its most us-like and most them-like sentence, its
/// questions' readings, its lean of them over us, and how many sentences read clearly either way. Pure value.
struct SentenceReadings: Sendable, Equatable {
    var words = 0.0
    var usWords = 0.0
    var themWords = 0.0
    var sentences = 0
    var us = 0.0
    var them = 0.0
    var openingUs = 0.0
    var openingThem = 0.0
    /// Whether the opening is a sentence of four words or more (until one is, the first sentence stands in).
    var opened = false
    /// The last sentence of four words or more, and the largest readings of any sentence.
    var closingUs = 0.0
    var closingThem = 0.0
    var mostUs = 0.0
    var mostThem = 0.0
    /// The readings summed over the questions alone.
    var questionsUs = 0.0
    var questionsThem = 0.0
    /// The sentences' log-odds of them over us (each within ±4), weighted by their words.
    var lean = 0.0
    /// How many sentences read as more likely than not, by a clear margin (over 0.6), about us / about them.
    var clearlyUs = 0
    var clearlyThem = 0

    /// Adds one sentence of `words` words read as about us with probability `us`, about them with `them`;
    /// `question`: whether the sentence asks.
    mutating func add(us pUs: Double, them pThem: Double, words count: Int, question: Bool) {
        let weight = Double(max(count, 1))
        words += weight
        usWords += weight * pUs
        themWords += weight * pThem
        if question {
            questionsUs += pUs
            questionsThem += pThem
        }
        if pUs > 0.6 { clearlyUs += 1 }
        if pThem > 0.6 { clearlyThem += 1 }
        lean += weight * min(max(Foundation.log(max(pThem, 1e-9) / max(pUs, 1e-9)), -4), 4)
        us += pUs
        them += pThem
        if sentences == 0 || (!opened && count >= 4) {
            openingUs = pUs
            openingThem = pThem
            opened = count >= 4
        }
        if count >= 4 || sentences == 0 {
            closingUs = pUs
            closingThem = pThem
        }
        mostUs = max(mostUs, pUs)
        mostThem = max(mostThem, pThem)
        sentences += 1
    }

    /// The fifteen measures, in ``CoachFeatures/readerNames`` order (zeros when no sentence was read).
    var values: [Double] {
        var v: [Double] = []
        append(to: &v)
        return v
    }

    /// Appends ``values`` to `v` (without an array of their own).
    func append(to v: inout [Double]) {
        guard sentences > 0 else {
            return v.append(contentsOf: repeatElement(0, count: CoachFeatures.readerNames.count))
        }
        let n = Double(sentences)
        v.append(usWords / words)
        v.append(themWords / words)
        v.append(us / n)
        v.append(them / n)
        v.append(openingUs)
        v.append(openingThem)
        v.append(closingUs)
        v.append(closingThem)
        v.append(mostUs)
        v.append(mostThem)
        v.append(Foundation.log1p(questionsUs))
        v.append(Foundation.log1p(questionsThem))
        v.append(lean / words)
        v.append(Foundation.log1p(Double(clearlyUs)))
        v.append(Foundation.log1p(Double(clearlyThem)))
    }
}
