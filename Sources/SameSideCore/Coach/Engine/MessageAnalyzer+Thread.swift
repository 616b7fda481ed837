extension MessageAnalyzer {
    /// The word classes that can make a thread cue (one test per seller word on the hot path).
    static let threadClasses =
        CompiledLexicon.WordClass.threadVerb.rawValue | CompiledLexicon.WordClass.threadNoun.rawValue
        | CompiledLexicon.WordClass.answerOpener.rawValue

    /// Whether the seller word at token `t` (with `classes`) refers to an earlier exchange between the two sides:
    ///
    /// - a past exchange after a person, auxiliaries between ("you mentioned", "we spoke", "I've sent", "we were
    ///   booked") or after "as" ("as promised", "as discussed");
    ///   — unless "if" comes before the person ("if we sent you…");
    /// - a thank-you for one within five words ("thanks for your reply", "thank you for telling me") or praise of
    ///   one within two ("good call yesterday", "great meeting you");
    /// - an answer opening a sentence ("Yes, the API supports…", "Understood, Kerstin.").
    ///
    /// Looks back only from the rare words that can make a cue, so the common word costs one bit test.
    func isThreadCue(_ tokens: [CoachToken], _ t: Int, classes: UInt64, sentenceStart: Int) -> Bool {
        typealias C = CompiledLexicon.WordClass
        if classes & C.answerOpener.rawValue != 0 {
            var k = t - 1
            while k >= sentenceStart && tokens[k].kind != .word { k -= 1 }
            let next = t + 1 < tokens.count ? tokens[t + 1].kind : .lineBreak
            if k < sentenceStart && (next == .clause || next == .period || next == .exclaim) { return true }
        }
        var back = 0
        var k = t - 1
        var pronounPossible = classes & C.threadVerb.rawValue != 0
        var pronounFound = false
        var previous: Int32 = -2
        while k >= sentenceStart && back < 5 {
            let token = tokens[k]
            k -= 1
            guard token.kind == .word else {
                if token.kind == .clause || token.kind == .period { break }
                continue
            }
            back += 1
            let word = token.word
            if pronounFound {
                // "if we sent you…" is not an exchange that happened.
                return word != lexicon.keyWords.if
            }
            if pronounPossible {
                if back == 1 && word == lexicon.keyWords.as { return true }
                if has(word, .auxiliary) && back < 3 { continue }
                pronounPossible = false
                if (has(word, .customer) || has(word, .seller)) && !has(word, .possessiveCustomer) && word >= 0 {
                    pronounFound = true
                    continue
                }
            }
            if classes & C.threadNoun.rawValue != 0 {
                if has(word, .thanks) { return true }
                if back <= 2 && has(word, .appreciation) && previous != lexicon.keyWords.to { return true }
            }
            previous = word
        }
        return pronounFound
    }

    /// Whether the message opens with a reply or forward subject: `Re:`, `Fwd:`, `FW:` (after an optional
    /// `Subject:`).
    static func hasReplySubject(_ tokens: [CoachToken], _ lexicon: CompiledLexicon) -> Bool {
        let key = lexicon.keyWords
        var k = 0
        while k < tokens.count && tokens[k].kind == .lineBreak { k += 1 }
        if k + 1 < tokens.count && tokens[k].kind == .word && tokens[k + 1].kind == .clause
            && tokens[k].word == lexicon.replyWords[CompiledLexicon.ReplyWord.subject.rawValue]
        {
            k += 2
        }
        guard k + 1 < tokens.count, tokens[k].kind == .word, tokens[k + 1].kind == .clause else { return false }
        let word = tokens[k].word
        return word >= 0 && (word == key.re || word == key.fwd || word == key.fw)
    }

    /// Whether an email is a first touch: nothing in it or in its deal says the two sides have spoken. Reply
    /// history or a `Re:` subject, a reference to an earlier exchange, a chase ("following up"), or a deal whose
    /// activities show earlier touches or whose goals the customer stated, each mean an ongoing thread.
    static func isFirstTouch(
        kind: MessageKind, outcome: Outcome, findings: [RawFinding], context: CoachContext?
    ) -> Bool {
        guard kind == .email, !outcome.hasHistory, outcome.tally.threadCues == 0 else { return false }
        if findings.contains(where: { $0.category == .chasing }) { return false }
        if let context, context.isOngoing { return false }
        return true
    }
}
