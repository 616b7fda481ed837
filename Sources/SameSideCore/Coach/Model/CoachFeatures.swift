import Foundation

/// The numbers the verdict is fitted on: what a message is about, as one vector. See docs/coach.md.
///
/// Counts go in as `log(1 + n)` so that the fifth of a kind moves the score less than the first; shares of
/// sentences as 0…1. The order of ``names`` is the order of the model's weights.
enum CoachFeatures {
    /// One name per feature, in vector order (stable: the committed weights are keyed by them).
    static let names: [String] =
        [
            "customerFocus", "customerReferencesPer100Words", "sellerReferencesPer100Words",
            "sentencesAboutUs", "sentencesAboutThem", "sentencesOnTheirBusiness", "opensAboutUs", "opensAboutThem",
            "thirdPersonReferences", "productSentences", "claimSentences", "breakUpSentences", "callBackSentences",
            "contentSentences", "favourSentences", "clientListSentences", "sellerRoleSentences", "commercialSentences",
            "sarcasmSentences", "theirNumbers", "ourNumbers", "questionsAboutThem", "meetingAsks", "businessQuestions",
            "closingQuestions", "yesNoQuestions", "businessWordShare", "exclamations", "endsWithQuestion",
            "pressureSentences", "chasing", "statusDemand", "sellerDeadline", "discountForSpeed", "guilt",
            "falseUrgency", "superlative", "productTalk", "featureList", "selfIntroduction", "aboutUs", "tooLong",
            "words", "isNote", "isMessage", "isTranscript", "sellerTalkShare", "handScore",
            "theirBusinessSentences", "wordsAboutThemShare", "wordsAboutUsShare", "questionShare",
            "theirWordsSentences",
        ] + readerNames

    /// The measures made of the sentence reader's readings (``SentenceReadings/values``), last in the vector:
    /// the shares of the seller's words and sentences read as about us and about them, the opening's and the
    /// close's readings (first and last sentence of four words or more), the largest of each reading, the
    /// readings summed over the questions, the word-weighted log-odds of them over us, and how many sentences
    /// read clearly (over 0.6) as about us and as about them.
    static let readerNames = [
        "readerUsWords", "readerThemWords", "readerUsSentences", "readerThemSentences", "readerOpensUs",
        "readerOpensThem", "readerClosesUs", "readerClosesThem", "readerMostUs", "readerMostThem",
        "readerQuestionsUs", "readerQuestionsThem", "readerLean", "readerClearlyUs", "readerClearlyThem",
    ]

    /// Where the reader's measures start in the vector.
    static var readerStart: Int { names.count - readerNames.count }

    /// `log1p(n)` for the small counts most features are (the same values, looked up rather than computed).
    static let smallLog1p: [Double] = (0..<256).map { Foundation.log1p(Double($0)) }

    /// Where `words` (log(1 + seller words)) stands in the vector.
    static let wordsIndex = names.firstIndex(of: "words")

    /// The vector of one analysed message. Pure.
    static func vector(
        tally: MessageAnalyzer.Tally, findings: [MessageAnalyzer.RawFinding], pressureSentences: Int,
        sellerFocusFindings: Int, focus: Double, kind: MessageKind, transcript: TranscriptMetrics?
    ) -> [Double] {
        let talkRatio = transcript?.talkRatio
        let f = tally.features
        func log1p(_ n: Int) -> Double {
            n < smallLog1p.count ? smallLog1p[max(n, 0)] : Foundation.log1p(Double(n))
        }
        let sentences = Double(max(f.sentences, 1))
        let words = Double(max(tally.sellerWords, 1))
        var categories = [Int](repeating: 0, count: categoryOrder.count)
        for finding in findings {
            if let index = categoryIndex(finding.category) { categories[index] += 1 }
        }
        var v: [Double] = [
            focus - 0.5, 100 * Double(tally.customerRefs) / words, 100 * Double(tally.sellerRefs) / words,
            Double(f.aboutUs) / sentences, Double(f.aboutThem) / sentences, Double(f.aboutTheirBusiness) / sentences,
            f.opensAboutUs ? 1 : 0, f.opensAboutThem ? 1 : 0,
            log1p(f.thirdPersonRefs), log1p(f.productSentences), log1p(f.claimSentences), log1p(f.breakUpSentences),
            log1p(f.callBackSentences), log1p(f.contentSentences), log1p(f.favourSentences),
            log1p(f.clientListSentences), log1p(f.sellerRoleSentences), log1p(f.commercialSentences),
            log1p(f.sarcasmSentences), log1p(f.theirNumbers), log1p(f.ourNumbers), log1p(f.questionsAboutThem),
            log1p(f.meetingAsks), log1p(tally.businessQuestions), log1p(tally.closingQuestions),
            log1p(tally.yesNoQuestions), Double(f.businessWords) / words, log1p(f.exclamations),
            f.endsWithQuestion ? 1 : 0, log1p(pressureSentences),
        ]
        for count in categories { v.append(log1p(count)) }
        v.append(log1p(tally.sellerWords))
        v.append(kind == .note ? 1 : 0)
        v.append(kind == .message ? 1 : 0)
        v.append(kind == .transcript ? 1 : 0)
        v.append(talkRatio ?? 0)
        v.append(
            handScore(
                tally: tally, findings: findings, pressureSentences: pressureSentences,
                sellerFocusFindings: sellerFocusFindings, focus: focus, transcript: transcript))
        v.append(log1p(f.theirBusinessSentences))
        v.append(Double(f.wordsAboutThem) / words)
        v.append(Double(f.wordsAboutUs) / words)
        v.append(Double(f.questions) / sentences)
        v.append(log1p(f.theirWordsSentences))
        f.readings.append(to: &v)
        return v
    }

    /// The hand-weighted score the coach used before the fit (docs/coach.md, "History"), without its caps and
    /// on −1…1: one feature among the others, its weight fitted like theirs. Pure.
    static func handScore(
        tally: MessageAnalyzer.Tally, findings: [MessageAnalyzer.RawFinding], pressureSentences: Int,
        sellerFocusFindings: Int, focus: Double, transcript: TranscriptMetrics?
    ) -> Double {
        var pitch = 0
        var selfIntroductions = 0
        var pushes = false
        for finding in findings {
            if finding.kind == .pitch { pitch += 1 }
            if finding.category == .selfIntroduction { selfIntroductions += 1 }
            if finding.category == .discountForSpeed || finding.category == .guilt { pushes = true }
        }
        var score = 55.0 + 60.0 * (focus - 0.5)
        // Business questions closed in form ("Is the backlog growing?") weigh as confirming ones did.
        score += 8.0 * Double(min(tally.businessQuestions - tally.confirmingQuestions, 3))
        score += 4.0 * Double(min(tally.confirmingQuestions, 2))
        score -= 13.0 * Double(min(pressureSentences, 4))
        if pushes { score -= 8 }
        score -= 7.0 * Double(min(pitch, 5))
        score -= 4.0 * Double(min(sellerFocusFindings + selfIntroductions, 3))
        score -= 4.0 * Double(min(tally.closingQuestions, 3))
        if let transcript {
            if transcript.talkRatio <= 0.5 {
                score += 10
            } else if transcript.talkRatio > MessageAnalyzer.gongTalkCeiling {
                score -= 15
            }
            if transcript.longestMonologueSeconds > 2 * MessageAnalyzer.monologueCeilingSeconds { score -= 5 }
        }
        return (max(0, min(100, score)) - 50) / 50
    }

    /// The finding categories that are features, in vector order.
    static let categoryOrder: [CoachFinding.Category] = [
        .chasing, .statusDemand, .sellerDeadline, .discountForSpeed, .guilt, .falseUrgency, .superlative,
        .productTalk, .featureList, .selfIntroduction, .aboutUs, .tooLong,
    ]

    private static func categoryIndex(_ category: CoachFinding.Category) -> Int? {
        switch category {
        case .chasing: 0
        case .statusDemand: 1
        case .sellerDeadline: 2
        case .discountForSpeed: 3
        case .guilt: 4
        case .falseUrgency: 5
        case .superlative: 6
        case .productTalk: 7
        case .featureList: 8
        case .selfIntroduction: 9
        case .aboutUs: 10
        case .tooLong: 11
        case .closing, .yesNo, .playbook: nil
        }
    }
}
