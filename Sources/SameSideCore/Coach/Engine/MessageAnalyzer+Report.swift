import Foundation

extension MessageAnalyzer {
    /// Gong's published figure for top performers' share of talk time on calls.
    static let gongTalkRatio = 0.43
    /// Above this share of talk time Gong found markedly lower win rates.
    static let gongTalkCeiling = 0.65
    /// Spoken words per minute used to turn a monologue's words into seconds.
    static let wordsPerMinute = 150.0
    /// The longest seller monologue we accept before flagging it.
    static let monologueCeilingSeconds = 76.0

    /// Everything of a report but its spans: verdict, score, metrics, advice, goal alignment.
    struct Summary {
        var kind: MessageKind
        var verdict: CoachVerdict
        var score: Int
        var metrics: CoachMetrics
        var advice: [String]
        var alignment: GoalAlignment?
        /// The features that moved the score most.
        var drivers: [CoachDriver]
        /// The measures the score came from (``CoachFeatures/names`` order) and the distinct vocabulary slots used.
        var dense: [Double]
        var wordHits: [Int32]
    }

    /// The verdict, score, metrics and advice of what ``run(_:kind:context:sellers:scratch:)`` found. Pure.
    func summarize(
        _ p: UnsafeBufferPointer<UInt8>, kind: MessageKind, outcome: Outcome, scratch: AnalyzerScratch,
        context: CoachContext?
    ) -> Summary {
        var tally = outcome.tally
        var advice = outcome.advice
        let layout = outcome.layout
        let tokens = scratch.tokens
        let roles = scratch.roles
        let rawFindings = scratch.findings
        let sellerFocusFindings = outcome.sellerFocusFindings
        let pressureSentences = outcome.pressureSentences
        let totalBytes = Double(max(p.count, 1))

        var alignment: GoalAlignment?
        if let context {
            let result = ContextMatcher.match(p, tokens: tokens, roles: roles, context: context)
            alignment = result.alignment
            for position in result.customerNameAt {
                tally.customerRefs += 1
                tally.customerWeight += 2.0 - 1.5 * Double(position) / totalBytes
            }
            for position in result.sellerNameAt {
                tally.sellerRefs += 1
                tally.sellerWeight += 2.0 - 1.5 * Double(position) / totalBytes
            }
        }

        let focusTotal = tally.customerWeight + tally.sellerWeight
        let focus = focusTotal > 0 ? tally.customerWeight / focusTotal : 0.5
        let readability = Readability(
            words: tally.sellerWords, sentences: tally.sellerSentences, syllables: tally.sellerSyllables)

        var transcript: TranscriptMetrics?
        if let layout { transcript = Self.transcriptMetrics(tokens, roles: roles, layout: layout, tally: tally) }

        var pressure = 0
        var pitch = 0
        for finding in rawFindings {
            if finding.kind == .pressure { pressure += 1 }
            if finding.kind == .pitch { pitch += 1 }
        }

        let dense = CoachFeatures.vector(
            tally: tally, findings: rawFindings, pressureSentences: pressureSentences,
            sellerFocusFindings: sellerFocusFindings, focus: focus, kind: kind, transcript: transcript)
        // Distinct slots, in the order the seller first used them.
        let hits = scratch.wordHits
        // The deal's goals are not in the corpus the model is fitted on, so their weight is set by hand.
        var contextPoints = 0.0
        if let alignment, let context, !context.goals.isEmpty {
            contextPoints = 12.0 * alignment.coverage - (alignment.coverage == 0 ? 5.0 : 0.0)
        }
        let (verdict, finalScore) = CoachJudgement.judge(
            model: model, raw: scoring.rawScore(dense: dense, hits: hits), dense: dense, contextPoints: contextPoints)

        let firstTouch = Self.isFirstTouch(kind: kind, outcome: outcome, findings: rawFindings, context: context)
        advice += Self.advice(
            kind: kind, firstTouch: firstTouch, tally: tally, readability: readability, transcript: transcript,
            alignment: alignment, focus: focus)

        let metrics = CoachMetrics(
            words: tally.words, sentences: tally.sentences, customerFocus: Self.round(focus, 2),
            customerReferences: tally.customerRefs, sellerReferences: tally.sellerRefs,
            questions: tally.sellerQuestions, businessQuestions: tally.businessQuestions,
            closingQuestions: tally.closingQuestions, yesNoQuestions: tally.yesNoQuestions, pitchTerms: pitch,
            pressureTerms: pressure, readingEase: Self.round(readability.ease, 1),
            readingGrade: Self.round(readability.grade, 1), transcript: transcript)
        return Summary(
            kind: layout == nil && kind == .transcript ? .note : kind, verdict: verdict, score: finalScore,
            metrics: metrics, advice: advice, alignment: alignment,
            drivers: scoring.drivers(dense: dense, hits: hits), dense: dense, wordHits: hits)
    }

    /// The report on what ``run(_:kind:context:sellers:scratch:)`` found. Pure.
    func assemble(
        _ p: UnsafeBufferPointer<UInt8>, kind: MessageKind, outcome: Outcome, scratch: AnalyzerScratch,
        context: CoachContext?
    ) -> CoachReport {
        let summary = summarize(p, kind: kind, outcome: outcome, scratch: scratch, context: context)
        let rawFindings = scratch.findings
        let candidates = scratch.candidates
        let layout = outcome.layout
        // Offsets: spans in input order, so one cursor crosses the bytes about once.
        var scalarAt = ScalarOffsets(p)
        func text(_ start: Int, _ end: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: p[start..<max(start, end)]), as: UTF8.self)
        }
        var findings: [CoachFinding] = []
        findings.reserveCapacity(rawFindings.count)
        for raw in Self.inInputOrder(rawFindings) ? rawFindings : rawFindings.sorted(by: Self.inputOrder) {
            let start = scalarAt(raw.start)
            findings.append(
                CoachFinding(
                    kind: raw.kind, category: raw.category, text: text(raw.start, raw.end), start: start,
                    end: scalarAt(raw.end), suggestion: lexicon.suggestions[Int(raw.suggestion)]))
        }
        var candidateGoals: [CandidateGoal] = []
        for candidate in candidates {
            let start = scalarAt(candidate.start)
            candidateGoals.append(
                CandidateGoal(
                    speaker: Self.speaker(at: candidate.start, layout: layout),
                    text: text(candidate.start, candidate.end), start: start, end: scalarAt(candidate.end),
                    hasNumber: candidate.hasNumber))
        }

        return CoachReport(
            kind: summary.kind, verdict: summary.verdict, score: summary.score, metrics: summary.metrics,
            findings: findings, advice: summary.advice, candidateGoals: candidateGoals,
            goalAlignment: summary.alignment, drivers: summary.drivers)
    }

    /// Findings in input order: by start, then by end.
    static func inputOrder(_ a: RawFinding, _ b: RawFinding) -> Bool {
        a.start != b.start ? a.start < b.start : a.end < b.end
    }

    /// Whether `findings` are already in input order (they mostly are; sorting moves their strings). Pure.
    static func inInputOrder(_ findings: [RawFinding]) -> Bool {
        var index = 1
        while index < findings.count {
            let (start, end) = (findings[index].start, findings[index].end)
            let (previousStart, previousEnd) = (findings[index - 1].start, findings[index - 1].end)
            if start < previousStart || (start == previousStart && end < previousEnd) { return false }
            index += 1
        }
        return true
    }

    static func round(_ value: Double, _ places: Int) -> Double {
        guard value.isFinite else { return 0 }
        let factor = places == 1 ? 10.0 : 100.0
        return (value * factor).rounded() / factor
    }

    static func speaker(at position: Int, layout: TranscriptLayout?) -> String {
        guard let layout else { return "" }
        for turn in layout.turns where position >= turn.contentStart && position < turn.end {
            return layout.speakers[turn.speaker]
        }
        return ""
    }

    private static func transcriptMetrics(
        _ tokens: [CoachToken], roles: [UInt8], layout: TranscriptLayout, tally: Tally
    ) -> TranscriptMetrics {
        var turnWords = [Int](repeating: 0, count: layout.turns.count)
        var turn = 0
        for (index, token) in tokens.enumerated() where token.kind == .word && token.isFirstOfWord {
            guard roles[index] != TokenRole.excluded else { continue }
            let position = Int(token.start)
            while turn < layout.turns.count && layout.turns[turn].end <= position { turn += 1 }
            guard turn < layout.turns.count else { break }
            if position >= layout.turns[turn].contentStart { turnWords[turn] += 1 }
        }
        var longest = 0
        var run = 0
        var sideTurns = 0
        var previousSide: Bool?
        for (index, current) in layout.turns.enumerated() {
            let seller = layout.speakerIsSeller[current.speaker]
            if seller != previousSide { sideTurns += 1 }
            previousSide = seller
            if seller {
                run += turnWords[index]
                longest = max(longest, run)
            } else if turnWords[index] > 0 {
                run = 0
            }
        }
        let total = tally.sellerWords + tally.customerWords
        return TranscriptMetrics(
            talkRatio: total > 0 ? round(Double(tally.sellerWords) / Double(total), 2) : 0,
            sellerWords: tally.sellerWords, customerWords: tally.customerWords, turns: sideTurns,
            longestMonologueWords: longest,
            longestMonologueSeconds: round(Double(longest) * 60.0 / wordsPerMinute, 1),
            sellerQuestions: tally.sellerQuestions, customerQuestions: tally.customerQuestions,
            sellerSpeakers: layout.speakers.enumerated().filter { layout.speakerIsSeller[$0.offset] }.map(\.element),
            customerSpeakers: layout.speakers.enumerated().filter { !layout.speakerIsSeller[$0.offset] }.map(\.element))
    }

    /// Whole-message advice. Cold-email length guidance only for a first touch (``isFirstTouch``): a reply or a
    /// follow-up answers what the thread needs, and the `length` finding still marks where it outruns its reader.
    private static func advice(
        kind: MessageKind, firstTouch: Bool, tally: Tally, readability: Readability, transcript: TranscriptMetrics?,
        alignment: GoalAlignment?, focus: Double
    ) -> [String] {
        var advice: [String] = []
        if tally.words == 0 {
            advice.append("The message has no words to judge.")
            return advice
        }
        switch kind {
        case .email where firstTouch && tally.sellerWords > 125:
            advice.append(
                "\(tally.sellerWords) words. Cold emails do best at about 25–50 words (Lavender); any email over "
                    + "125 words loses readers. Keep what is about them.")
        case .message where tally.sellerWords > 75:
            advice.append("\(tally.sellerWords) words is long for a LinkedIn or chat message; aim for under 75.")
        default:
            break
        }
        if tally.sellerWords >= 20 && readability.ease < 50 {
            advice.append(
                "Hard to read (Flesch reading ease \(round(readability.ease, 1)), "
                    + "grade \(round(readability.grade, 1))). "
                    + "Shorter sentences and plain words: aim for 60 or more, about grade 5–8.")
        }
        if focus < 0.4 && tally.sellerRefs >= 3 {
            advice.append(
                "Mostly about us (\(tally.sellerRefs) references to us, \(tally.customerRefs) to them). "
                    + "Lead with their goal, their numbers, their words.")
        }
        if kind != .transcript && tally.businessQuestions == 0 && tally.sellerWords >= 25 {
            advice.append(
                "No question about their business. Ask one about their goal, their process or what stands "
                    + "in their way.")
        }
        if let transcript {
            let percent = Int((transcript.talkRatio * 100).rounded())
            if transcript.talkRatio > gongTalkCeiling {
                advice.append(
                    "The seller talked \(percent)% of the time. Gong's top performers talk about 43% (43:57); above "
                        + "65% win rates drop. Ask, then listen.")
            } else if transcript.talkRatio > 0.5 {
                advice.append("The seller talked \(percent)% of the time; Gong's top performers are near 43%.")
            }
            if transcript.longestMonologueSeconds > monologueCeilingSeconds {
                advice.append(
                    "Longest seller monologue about \(Int(transcript.longestMonologueSeconds)) seconds "
                        + "(\(transcript.longestMonologueWords) words at 150 a minute); keep each under about "
                        + "\(Int(monologueCeilingSeconds)) seconds and hand the word back with a question.")
            }
            if transcript.sellerQuestions < 11 {
                advice.append(
                    "The seller asked \(transcript.sellerQuestions) questions; Gong found 11–14 in the best "
                        + "discovery calls.")
            }
        }
        if let alignment, !alignment.suggestions.isEmpty {
            advice.append(
                "Tie it to what they want: mention " + alignment.suggestions.prefix(2).joined(separator: "; "))
        }
        return advice
    }
}
