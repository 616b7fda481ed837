import Foundation

/// The coach's algorithm over one message's UTF-8 bytes. Pure; see docs/coach.md for each measure.
struct MessageAnalyzer {
    let lexicon: CompiledLexicon
    /// The fitted weights the verdict comes from, mapped to the lexicon's word ids.
    let scoring: CompiledModel
    var model: CoachModel { scoring.model }
    private let wordSlots: [Int32]
    // Local copies of the lexicon's tables: reading them through the class reference costs a retain and a
    // release per access on the hot path.
    private let wordClasses: [UInt64]
    let rootChild: [Int32]
    let actionCount: [UInt16]
    private let hasWildcard: [Bool]
    private let children: WordTable

    init(lexicon: CompiledLexicon, scoring: CompiledModel) {
        self.lexicon = lexicon
        self.scoring = scoring
        wordSlots = scoring.wordSlots
        wordClasses = lexicon.wordClasses
        rootChild = lexicon.rootChild
        actionCount = lexicon.actionCount
        hasWildcard = lexicon.hasWildcard
        children = lexicon.children
    }

    @inline(__always)
    private func child(_ node: Int32, _ word: Int32) -> Int32 { children.lookup(CompiledLexicon.childKey(node, word)) }

    @inline(__always)
    func has(_ word: Int32, _ wordClass: CompiledLexicon.WordClass) -> Bool {
        word >= 0 && wordClasses[Int(word)] & wordClass.rawValue != 0
    }

    /// A finding before its offsets are mapped to Unicode scalars.
    struct RawFinding {
        var kind: CoachFinding.Kind
        var category: CoachFinding.Category
        var start: Int
        var end: Int
        /// An index into the lexicon's ``CompiledLexicon/suggestions``.
        var suggestion: Int32
    }

    /// A customer statement that reads like a goal, before offsets are mapped.
    struct RawCandidate {
        var start: Int
        var end: Int
        var hasNumber: Bool
    }

    struct Match {
        var first: Int
        var last: Int
        var group: Int
    }

    /// Counters gathered over the sentences.
    struct Tally {
        var words = 0
        var sentences = 0
        var sellerSyllables = 0
        var sellerSentences = 0
        var customerWeight = 0.0
        var sellerWeight = 0.0
        var customerRefs = 0
        var sellerRefs = 0
        var questions = 0
        var businessQuestions = 0
        var closingQuestions = 0
        var yesNoQuestions = 0
        /// Business questions closed in form ("Is the backlog growing faster than the team can clear it?").
        var confirmingQuestions = 0
        var sellerQuestions = 0
        var customerQuestions = 0
        var sellerWords = 0
        /// Seller sentences that refer to an earlier exchange ("you mentioned", "we spoke", "thanks for your reply").
        var threadCues = 0
        var customerWords = 0
        var features = FeatureTally()
    }

    /// What ``run(_:kind:context:sellers:scratch:)`` found besides the findings and candidates it leaves in
    /// the scratch arrays.
    struct Outcome {
        var tally: Tally
        var layout: TranscriptLayout?
        var advice: [String]
        var sellerFocusFindings: Int
        var pressureSentences: Int
        /// Whether the message carries reply history (a `>` line or an `On … wrote:` header) or a `Re:`/`Fwd:`
        /// subject.
        var hasHistory = false
    }

    /// The report on `p`. Pure.
    func analyze(
        _ p: UnsafeBufferPointer<UInt8>, kind: MessageKind, context: CoachContext?, sellers: [String]
    ) -> CoachReport {
        var scratch = AnalyzerScratch()
        let outcome = run(p, kind: kind, context: context, sellers: sellers, scratch: &scratch)
        return assemble(p, kind: kind, outcome: outcome, scratch: scratch, context: context)
    }

    /// Tokenizes and judges `p`, leaving tokens, roles, findings and candidates in `scratch` (whose arrays keep
    /// their memory from one message to the next).
    ///
    /// With `pressureOnly` (never for a transcript) the same loop finds only the pressure findings, in the same
    /// order, and skips what nothing else needs: tallies, features, the customer's sentences, questions, seller
    /// focus, feature lists, length, and every group and rule of another kind. A pressure finding depends only on
    /// the seller's sentences, their phrase and cue matches, blocks, negation and the pressure findings before it
    /// in the sentence, so both modes agree on them.
    ///
    /// With `record`, every seller sentence's measures and words are appended to it (for fitting the reader).
    func run(
        _ p: UnsafeBufferPointer<UInt8>, kind: MessageKind, context: CoachContext?, sellers: [String],
        scratch: inout AnalyzerScratch, pressureOnly: Bool = false, record: SentenceRecorder? = nil
    ) -> Outcome {
        // Taken out of the scratch for the duration, so each array is uniquely referenced and never copied.
        var tokens = scratch.tokens
        var roles = scratch.roles
        var sentences = scratch.sentences
        var findings = scratch.findings
        var candidates = scratch.candidates
        var cueFirst = scratch.cueFirst
        var cueLast = scratch.cueLast
        var blocked = scratch.blocked
        var matches = scratch.matches
        var groupMatches = scratch.groupMatches
        var kept = scratch.kept
        var bulletRun = scratch.bulletRun
        var wordHits = scratch.wordHits
        var wordSeen = scratch.wordSeen
        scratch = AnalyzerScratch()
        // A huge message should not keep its memory for all the small ones after it.
        if tokens.capacity > 1 << 20 && p.count < 1 << 20 {
            tokens = []
            roles = []
            sentences = []
        }
        defer {
            scratch = AnalyzerScratch(
                tokens: tokens, roles: roles, sentences: sentences, findings: findings, candidates: candidates,
                cueFirst: cueFirst, cueLast: cueLast, blocked: blocked, matches: matches, groupMatches: groupMatches,
                kept: kept, bulletRun: bulletRun, wordHits: wordHits, wordSeen: wordSeen)
        }
        lexicon.tokenize(p, into: &tokens)
        wordHits.removeAll(keepingCapacity: true)
        if wordSeen?.capacity != scoring.vocabularyCount { wordSeen = WordSeen(capacity: scoring.vocabularyCount) }
        let seenSet = wordSeen ?? WordSeen(capacity: scoring.vocabularyCount)
        seenSet.reset()
        let seen = seenSet.seen
        let hitSlots = seenSet.hits
        var hitCount = 0
        // The sentence reader: each sentence's distinct vocabulary words add their logits (stamped per sentence).
        let reader = scoring.reader
        let reading = !pressureOnly && (!reader.isEmpty || record != nil)
        let stamps = seenSet.stamps
        let sentenceSlots = seenSet.sentenceSlots
        // The reader's grams: each use of a word or neighbouring pair in a sentence adds its slopes (``GramLayout``);
        // a reader of grams reads no vocabulary words, so their per-sentence slots are kept only when needed.
        let readsWords = reader.readsWords || record != nil
        let gramLayout = scoring.grams
        let readsGrams = reading && !gramLayout.isEmpty
        let grams = gramLayout.entries
        var advice: [String] = []
        var layout: TranscriptLayout?
        var hasHistory = false
        if kind == .transcript {
            layout = TranscriptLayout.parse(p, sellers: sellers)
            if layout == nil {
                advice.append(
                    "No `Speaker: words` lines found; read as a note. Mark speakers to get talk ratio and questions.")
            } else if layout?.sidesAssumed == true {
                advice.append(
                    "No seller named (use --seller NAME or a `# seller: NAME` header); assumed the first speaker, "
                        + "\(layout?.speakers[layout?.turns.first?.speaker ?? 0] ?? "?"), is the seller.")
            }
        }
        if let layout {
            RoleMap.transcript(tokens, layout: layout, into: &roles)
        } else {
            hasHistory =
                RoleMap.message(tokens, lexicon: lexicon, into: &roles) || Self.hasReplySubject(tokens, lexicon)
        }
        Self.sentences(tokens, roles, lineIsSentence: layout != nil, into: &sentences)
        var tally = Tally()
        findings.removeAll(keepingCapacity: true)
        candidates.removeAll(keepingCapacity: true)
        let totalBytes = Double(max(p.count, 1))
        let ruleCount = lexicon.rules.count
        // `blocked` holds the rules' flags, then the groups'.
        if cueFirst.count != ruleCount * 8 || blocked.count != ruleCount + lexicon.groups.count {
            cueFirst = [Int](repeating: -1, count: ruleCount * 8)
            cueLast = [Int](repeating: -1, count: ruleCount * 8)
            blocked = [Bool](repeating: false, count: ruleCount + lexicon.groups.count)
        }
        bulletRun.removeAll(keepingCapacity: true)
        var lengthLimitFinding: RawFinding?
        let wordLimit: Int? =
            switch kind {
            case .email: 200
            case .message: 100
            case .note: 200
            case .transcript: nil
            }
        var sellerFocusFindings = 0

        func flushBullets() {
            defer { if !bulletRun.isEmpty { bulletRun.removeAll(keepingCapacity: true) } }
            guard bulletRun.count >= 3 else { return }
            findings.append(
                RawFinding(
                    kind: .pitch, category: .featureList, start: Int(tokens[bulletRun[0].start].start),
                    end: Self.spanEnd(tokens, bulletRun[bulletRun.count - 1]),
                    suggestion: CompiledLexicon.Suggestion.featureList))
        }

        if !pressureOnly, layout == nil, let position = addressee(tokens, roles, sentences) {
            // Addressing them by name is a weak sign, so it weighs as one mid-message reference.
            _ = position
            tally.customerRefs += 1
            tally.customerWeight += 1.0
        }
        var pressureSentences = 0
        var cuesSet = true
        var blocksSet = true

        for sentence in sentences {
            if sentence.role == TokenRole.excluded || (pressureOnly && sentence.role != TokenRole.seller) {
                continue
            }
            let firstFinding = findings.count
            var facts = SentenceFacts()
            var words = 0
            var sentenceCustomerRefs = 0
            var sentenceSellerRefs = 0
            var sentenceSellerWeight = 0.0
            var sentenceSyllables = 0
            var hasClosing = false
            var hasBusiness = false
            var hasCustomer = false
            var goalCues = 0
            var hasSelf = false
            var hasNumber = false
            var sellerReferentAt = -1
            var theirSpeakerAt = -1
            var previousWord: Int32 = -1
            if !matches.isEmpty { matches.removeAll(keepingCapacity: true) }
            let isSeller = sentence.role == TokenRole.seller
            var stamp: UInt32 = 0
            var sentenceSlotCount = 0
            if reading && isSeller {
                seenSet.nextSentence()
                stamp = seenSet.sentence
            }
            let sentenceGrams = readsGrams && isSeller
            var gramSum = SIMD4<Float>.zero
            var previousGram = -1
            var previousMeta: UInt32 = 0
            var t = sentence.start
            while t < sentence.end {
                let token = tokens[t]
                guard token.kind == .word, roles[t] != TokenRole.excluded else {
                    previousGram = -1
                    previousMeta = 0
                    if token.kind == .clause {
                        facts.commas += 1
                    } else if token.kind == .exclaim {
                        facts.exclamations += 1
                    }
                    t += 1
                    continue
                }
                let word = token.word
                if pressureOnly {
                    if word >= 0 {
                        let start = rootChild[Int(word)]
                        if start >= 0 {
                            if actionCount[Int(start)] > 0 {
                                matches.append(Match(first: t, last: t, group: Int(start)))
                            }
                            walk(tokens, roles, node: start, at: t + 1, first: t, end: sentence.end, into: &matches)
                        }
                    }
                    t += 1
                    continue
                }
                if token.isFirstOfWord {
                    words += 1
                    sentenceSyllables += Int(token.syllables)
                    if token.flags & CoachToken.number != 0 { hasNumber = true }
                }
                if sentenceGrams {
                    // A word's gram entry is at its token id (a reader word the lexicon does not know has an id
                    // below -1; a word that is no gram has an entry of zeros): one load brings the slopes and
                    // flags. A pair is looked for only when the word before may start one, this one may end one,
                    // and the pair's bit is set; its slopes are in its slot. Each use counts, repeats too.
                    let gram = gramLayout.index(word)
                    var meta: UInt32 = 0
                    if gram >= 0 {
                        let entry = grams[gram]
                        meta = entry.meta
                        gramSum += entry.slopes
                        if previousMeta & UInt32(ReaderTables.startsPair) != 0
                            && meta & UInt32(ReaderTables.endsPair) != 0, let pair = gramLayout.pair(previousGram, gram)
                        {
                            gramSum += pair
                        }
                    }
                    previousGram = gram
                    previousMeta = meta
                }
                if word >= 0 {
                    let classes = wordClasses[Int(word)]
                    if isSeller {
                        facts.classes |= classes
                        let slot = wordSlots[Int(word)]
                        if slot >= 0 && !seen[Int(slot)] {
                            seen[Int(slot)] = true
                            hitSlots[hitCount] = slot
                            hitCount += 1
                        }
                        if reading && readsWords && slot >= 0 && stamps[Int(slot)] != stamp {
                            stamps[Int(slot)] = stamp
                            sentenceSlots[sentenceSlotCount] = slot
                            sentenceSlotCount += 1
                        }
                        if classes & CompiledLexicon.WordClass.customer.rawValue != 0 {
                            hasCustomer = true
                            if !isObjectYou(tokens, t, previousWord: previousWord, end: sentence.end) {
                                theirSpeakerAt = words
                                sentenceCustomerRefs += 1
                                tally.customerWeight += 2.0 - 1.5 * Double(token.start) / totalBytes
                                if facts.firstReferent == .none { facts.firstReferent = .customer }
                            }
                        } else if classes & CompiledLexicon.WordClass.seller.rawValue != 0 {
                            let isCountryUS =
                                word == lexicon.idUs && token.flags & CoachToken.allCaps != 0
                                && token.end - token.start == 2
                            if !isCountryUS {
                                // "I" is often the helper ("I went through your numbers"); "we/our" the company.
                                let weight = classes & CompiledLexicon.WordClass.sellerSingular.rawValue != 0 ? 0.5 : 1
                                sentenceSellerRefs += 1
                                sentenceSellerWeight += weight
                                tally.sellerWeight += weight * (2.0 - 1.5 * Double(token.start) / totalBytes)
                                if facts.firstReferent == .none {
                                    facts.firstReferent = .seller
                                    sellerReferentAt = words
                                }
                            }
                        } else if classes & CompiledLexicon.WordClass.thirdPerson.rawValue != 0 {
                            facts.thirdPersonRefs += 1
                            theirSpeakerAt = words
                            if facts.firstReferent == .none { facts.firstReferent = .thirdPerson }
                        } else if classes & CompiledLexicon.WordClass.productNoun.rawValue != 0 {
                            if facts.firstReferent == .none { facts.firstReferent = .product }
                        }
                        // "I noticed your…", "we came across…": the sentence is about what follows the frame.
                        if classes & CompiledLexicon.WordClass.frameVerb.rawValue != 0 && facts.firstReferent == .seller
                            && !facts.framed && words - sellerReferentAt <= 3
                        {
                            facts.framed = true
                            facts.firstReferent = .none
                        }
                        // "you mentioned", "she has described": the customer's own words brought back.
                        if classes & CompiledLexicon.WordClass.threadVerb.rawValue != 0 && theirSpeakerAt >= 0
                            && words - theirSpeakerAt <= 2
                        {
                            facts.theirWords = true
                        }
                        if classes & CompiledLexicon.WordClass.business.rawValue != 0 { facts.businessWords += 1 }
                        if classes & CompiledLexicon.WordClass.closing.rawValue != 0 { hasClosing = true }
                        if classes & Self.threadClasses != 0
                            && isThreadCue(tokens, t, classes: classes, sentenceStart: sentence.start)
                        {
                            tally.threadCues += 1
                        }
                        if words > 1 && token.flags & CoachToken.capitalized != 0
                            && classes & CompiledLexicon.WordClass.seller.rawValue == 0
                        {
                            facts.capitalizedInside += 1
                        }
                        let start = rootChild[Int(word)]
                        if start >= 0 {
                            if actionCount[Int(start)] > 0 {
                                matches.append(Match(first: t, last: t, group: Int(start)))
                            }
                            walk(tokens, roles, node: start, at: t + 1, first: t, end: sentence.end, into: &matches)
                        }
                    } else {
                        if classes & CompiledLexicon.WordClass.goalCue.rawValue != 0 { goalCues += 1 }
                        if classes & CompiledLexicon.WordClass.customerSelf.rawValue != 0 { hasSelf = true }
                        if classes & CompiledLexicon.WordClass.goalCue.rawValue != 0
                            && tokens[t].end - tokens[t].start == 1
                        {
                            hasNumber = true
                        }
                    }
                    if classes & CompiledLexicon.WordClass.business.rawValue != 0 { hasBusiness = true }
                } else if isSeller && words > 1 && token.flags & CoachToken.capitalized != 0 {
                    facts.capitalizedInside += 1
                }
                previousWord = word
                t += 1
            }
            if pressureOnly && matches.isEmpty { continue }
            tally.words += words
            if words > 0 { tally.sentences += 1 }
            if isSeller {
                tally.sellerWords += words
                tally.sellerSyllables += sentenceSyllables
                if words > 0 { tally.sellerSentences += 1 }
            } else {
                tally.customerWords += words
            }

            if !isSeller {
                if sentence.isQuestion { tally.customerQuestions += 1 }
                if words >= 4 && ((goalCues >= 2 && hasSelf) || (goalCues >= 1 && hasNumber)) {
                    candidates.append(
                        RawCandidate(
                            start: Int(tokens[firstWordIndex(tokens, roles, sentence)].start),
                            end: Self.spanEnd(tokens, sentence), hasNumber: hasNumber))
                }
                continue
            }
            tally.customerRefs += sentenceCustomerRefs
            tally.sellerRefs += sentenceSellerRefs

            // Phrase findings and co-occurrence cues.
            // Most sentences hold no cue and no block: reset only what the last sentence touched.
            // (Through buffer pointers: an element-wise loop here checked the arrays' uniqueness on every element.)
            if blocksSet {
                blocked.withUnsafeMutableBufferPointer { $0.update(repeating: false) }
                blocksSet = false
            }
            if cuesSet {
                cueFirst.withUnsafeMutableBufferPointer { $0.update(repeating: -1) }
                cueLast.withUnsafeMutableBufferPointer { $0.update(repeating: -1) }
                cuesSet = false
            }
            if !groupMatches.isEmpty { groupMatches.removeAll(keepingCapacity: true) }
            for match in matches {
                let nodeID = trieNode(tokens, match)
                let start = Int(lexicon.actionStart[Int(nodeID)])
                let count = Int(actionCount[Int(nodeID)])
                for a in start..<(start + count) {
                    let action = lexicon.actions[a]
                    switch action.kind {
                    case .group:
                        // Groups of other kinds never overlap-suppress a pressure group.
                        if pressureOnly && lexicon.groups[Int(action.index)].kind != .pressure { continue }
                        groupMatches.append(Match(first: match.first, last: match.last, group: Int(action.index)))
                    case .cue:
                        cuesSet = true
                        let slot = Int(action.index) * 8 + Int(min(action.list, 7))
                        if cueFirst[slot] < 0 || match.first < cueFirst[slot] { cueFirst[slot] = match.first }
                        if match.last > cueLast[slot] { cueLast[slot] = match.last }
                    case .block:
                        blocked[Int(action.index)] = true
                        blocksSet = true
                    case .blockGroup:
                        blocked[ruleCount + Int(action.index)] = true
                        blocksSet = true
                    case .sellerName:
                        sentenceSellerRefs += 1
                        sentenceSellerWeight += 1
                        tally.sellerRefs += 1
                        tally.sellerWeight += 2.0 - 1.5 * Double(tokens[match.first].start) / totalBytes
                    }
                }
            }
            groupMatches.sort { $0.first != $1.first ? $0.first < $1.first : $0.last > $1.last }
            if !kept.isEmpty { kept.removeAll(keepingCapacity: true) }
            // The groups array in a local: a closure reading `lexicon` captured (and so copied and retained) the
            // whole analyzer for every group match (about 4 % of `coach --batch` in perf).
            let groups = lexicon.groups
            for match in groupMatches {
                let info = groups[match.group]
                let overlaps = kept.contains {
                    groups[$0.group].kind == info.kind && $0.first <= match.last && match.first <= $0.last
                }
                if overlaps || blocked[ruleCount + match.group] { continue }
                if negated(tokens, match.first, sentenceStart: sentence.start) { continue }
                if info.kind == .pressure && info.category != .chasing && info.category != .statusDemand
                    && info.category != .guilt && afterCustomerPossessive(tokens, match.first, sentence.start)
                {
                    continue
                }
                kept.append(match)
                findings.append(
                    RawFinding(
                        kind: info.kind, category: info.category, start: Int(tokens[match.first].start),
                        end: Int(tokens[match.last].end), suggestion: info.suggestion))
            }
            let rules = cuesSet ? lexicon.rules : []
            for ruleIndex in 0..<rules.count {
                let rule = rules[ruleIndex]
                guard !blocked[ruleIndex], !rule.questionsOnly || sentence.isQuestion,
                    !pressureOnly || rule.kind == .pressure
                else { continue }
                var first = Int.max
                var last = -1
                var complete = true
                for list in 0..<min(rule.lists, 8) {
                    let slot = ruleIndex * 8 + list
                    if cueFirst[slot] < 0 {
                        complete = false
                        break
                    }
                    first = min(first, cueFirst[slot])
                    last = max(last, cueLast[slot])
                }
                guard complete, last >= first else { continue }
                let alreadyFound = Self.hasFinding(findings, from: firstFinding) {
                    $0.kind == rule.kind && $0.category == rule.category
                }
                if alreadyFound || negated(tokens, first, sentenceStart: sentence.start) { continue }
                findings.append(
                    RawFinding(
                        kind: rule.kind, category: rule.category, start: Int(tokens[first].start),
                        end: Int(tokens[last].end), suggestion: rule.suggestion))
            }

            if pressureOnly { continue }
            if Self.hasFinding(findings, from: firstFinding, where: { $0.kind == .pressure }) { pressureSentences += 1 }

            // Questions: marked with `?`, or indirect ("I'd love to hear how your team…") when about their business.
            let mayAskIndirectly = facts.classes & CompiledLexicon.WordClass.askVerb.rawValue != 0
            if sentence.isQuestion || mayAskIndirectly,
                let (questionClass, isOpen) = classifyQuestion(
                    tokens, roles, sentence, hasClosing: hasClosing, hasBusiness: hasBusiness, hasCustomer: hasCustomer)
            {
                if sentence.isQuestion || questionClass == .business {
                    tally.questions += 1
                    tally.sellerQuestions += 1
                    facts.questionClass = questionClass
                    facts.isQuestion = true
                    switch questionClass {
                    case .business:
                        tally.businessQuestions += 1
                        if !isOpen { tally.confirmingQuestions += 1 }
                    case .closing:
                        tally.closingQuestions += 1
                        let pressured = Self.hasFinding(findings, from: firstFinding) { $0.kind == .pressure }
                        if !pressured {
                            findings.append(
                                RawFinding(
                                    kind: .closingQuestion, category: .closing,
                                    start: Int(tokens[firstWordIndex(tokens, roles, sentence)].start),
                                    end: Self.spanEnd(tokens, sentence),
                                    suggestion: CompiledLexicon.Suggestion.closingQuestion))
                        }
                    case .yesNo: tally.yesNoQuestions += 1
                    case .other: break
                    }
                }
            }

            if facts.framed && facts.firstReferent == .none && facts.businessWords == 0 {
                facts.firstReferent = .seller
            }
            facts.words = words
            facts.customerRefs = sentenceCustomerRefs
            facts.sellerRefs = sentenceSellerRefs
            facts.hasNumber = hasNumber

            // A sentence all about us.
            if findings.count == firstFinding && sentenceSellerWeight >= 2 && sentenceCustomerRefs == 0 && words >= 5
                && !sentence.isQuestion
            {
                sellerFocusFindings += 1
                findings.append(
                    RawFinding(
                        kind: .sellerFocus, category: .aboutUs,
                        start: Int(tokens[firstWordIndex(tokens, roles, sentence)].start),
                        end: Self.spanEnd(tokens, sentence),
                        suggestion: CompiledLexicon.Suggestion.aboutUs))
            }
            if reading && words > 0 {
                let slots = UnsafeBufferPointer(start: sentenceSlots, count: sentenceSlotCount)
                read(
                    &facts, sentence: sentence, index: tally.features.sentences, findings: findings,
                    from: firstFinding, reader: reader, slots: slots, gramLogits: ReaderTables.widened(gramSum),
                    into: &tally.features.readings, measures: record == nil ? nil : seenSet.measures)
                record?.rows.append(
                    SentenceRecorder.Row(
                        start: Int(tokens[firstWordIndex(tokens, roles, sentence)].start),
                        end: Self.spanEnd(tokens, sentence),
                        measures: Array(UnsafeBufferPointer(start: seenSet.measures, count: SentenceMeasures.count)),
                        words: Array(slots), tokens: sentence.start..<sentence.end, length: words))
            }
            tally.features.add(facts)

            // Feature lists: three or more bullets with no question and nothing about them.
            if sentence.isBullet && !sentence.isQuestion && sentenceCustomerRefs == 0 {
                bulletRun.append(sentence)
            } else {
                flushBullets()
            }

            if let wordLimit, lengthLimitFinding == nil, tally.sellerWords > wordLimit {
                lengthLimitFinding = RawFinding(
                    kind: .length, category: .tooLong,
                    start: Int(tokens[firstWordIndex(tokens, roles, sentence)].start),
                    end: Self.spanEnd(tokens, sentence),
                    suggestion: wordLimit == 200
                        ? CompiledLexicon.Suggestion.length200 : CompiledLexicon.Suggestion.length100)
            }
        }
        seenSet.count = hitCount
        wordHits.append(contentsOf: UnsafeBufferPointer(start: hitSlots, count: hitCount))
        if pressureOnly {
            return Outcome(
                tally: tally, layout: nil, advice: [], sellerFocusFindings: 0, pressureSentences: 0, hasHistory: false)
        }
        flushBullets()
        if let lengthLimitFinding { findings.append(lengthLimitFinding) }

        return Outcome(
            tally: tally, layout: layout, advice: advice, sellerFocusFindings: sellerFocusFindings,
            pressureSentences: pressureSentences, hasHistory: hasHistory)
    }

    /// Completes `facts` with the sentence's findings and place; with a reader, adds its reading of the sentence
    /// to `readings` (`slots`: the sentence's distinct vocabulary slots; `gramLogits`: its grams' share of the
    /// logits); with a recorder, writes its measures to `measures`.
    private func read(
        _ facts: inout SentenceFacts, sentence: Sentence, index: Int, findings: [RawFinding], from first: Int,
        reader: ReaderTables, slots: UnsafeBufferPointer<Int32>, gramLogits: SIMD4<Double>,
        into readings: inout SentenceReadings, measures: UnsafeMutablePointer<Double>?
    ) {
        var k = first
        while k < findings.count {
            switch findings[k].kind {
            case .pressure: facts.pressureFindings += 1
            case .pitch: facts.pitchFindings += 1
            case .sellerFocus: facts.allAboutUs = true
            case .closingQuestion, .length: break
            }
            k += 1
        }
        facts.isBullet = sentence.isBullet
        facts.index = index
        if let measures { SentenceMeasures.write(facts, into: measures) }
        guard !reader.isEmpty else { return }
        let p = reader.read(facts, wordLogits: reader.wordLogits(slots) + gramLogits)
        readings.add(us: p.us, them: p.them, words: facts.words, question: facts.isQuestion)
    }

    /// Whether a finding from index `first` on satisfies `test`. A loop over indices, because a slice
    /// (`findings[first...]`) retained and released the array's buffer several times per sentence.
    @inline(__always)
    static func hasFinding(
        _ findings: [RawFinding], from first: Int, where test: (RawFinding) -> Bool
    ) -> Bool {
        var k = first
        while k < findings.count {
            if test(findings[k]) { return true }
            k += 1
        }
        return false
    }

    // MARK: - Matching

    /// Walks the phrase trie from `startNode` at token `startIndex` (the phrase began at token `first`);
    /// records every phrase end reached.
    func walk(
        _ tokens: [CoachToken], _ roles: [UInt8], node startNode: Int32, at startIndex: Int, first: Int, end: Int,
        into matches: inout [Match]
    ) {
        var node = startNode
        var j = startIndex
        while j < end {
            let token = tokens[j]
            if token.kind == .lineBreak {
                j += 1
                continue
            }
            guard token.kind == .word, roles[j] != TokenRole.excluded else { return }
            if hasWildcard[Int(node)] {
                let any = child(node, CompiledLexicon.wildcard)
                if any >= 0 {
                    if actionCount[Int(any)] > 0 { matches.append(Match(first: first, last: j, group: Int(any))) }
                    walk(tokens, roles, node: any, at: j + 1, first: first, end: end, into: &matches)
                }
            }
            guard token.word >= 0 else { return }
            let child = child(node, token.word)
            if child < 0 { return }
            node = child
            if actionCount[Int(node)] > 0 { matches.append(Match(first: first, last: j, group: Int(node))) }
            j += 1
        }
    }

    /// The trie node a match ended on (``walk`` stores it in `group`).
    @inline(__always)
    private func trieNode(_ tokens: [CoachToken], _ match: Match) -> Int32 { Int32(match.group) }

    /// Whether a negator ("not", "no", "never", "without"…) stands in the three words before token `first`.
    func negated(_ tokens: [CoachToken], _ first: Int, sentenceStart: Int) -> Bool {
        var k = first - 1
        var seen = 0
        while k >= sentenceStart && seen < 3 {
            let token = tokens[k]
            if token.kind == .clause || token.kind == .quoteOpen || token.kind == .quoteClose
                || token.kind == .quoteToggle
            {
                return false
            }
            if token.kind == .word {
                if has(token.word, .negator) { return true }
                seen += 1
            }
            k -= 1
        }
        return false
    }

    /// Whether the word before token `first` is "your" (their quarter, their deadline: not our pressure).
    func afterCustomerPossessive(_ tokens: [CoachToken], _ first: Int, _ sentenceStart: Int) -> Bool {
        var k = first - 1
        while k >= sentenceStart {
            if tokens[k].kind == .word { return has(tokens[k].word, .possessiveCustomer) }
            if tokens[k].kind != .lineBreak { return false }
            k -= 1
        }
        return false
    }

    /// "you" as the object of our action ("show you", "let you know", "thank you") or in "you'll love",
    /// which speak about us, not about them.
    private func isObjectYou(_ tokens: [CoachToken], _ t: Int, previousWord: Int32, end: Int) -> Bool {
        guard !has(tokens[t].word, .possessiveCustomer) else { return false }
        if has(previousWord, .objectVerb) { return true }
        let will = lexicon.idWill
        let would = lexicon.idWould
        var k = t + 1
        while k < end && tokens[k].kind != .word { k += 1 }
        guard k < end, tokens[k].word == will || tokens[k].word == would else { return false }
        k += 1
        while k < end && tokens[k].kind != .word { k += 1 }
        return k < end && has(tokens[k].word, .sellerSubjectVerb)
    }

    /// Where the message addresses the customer by name ("Hi Marta,", "Beatriz, …"), if it does: a reference
    /// to them at the very start.
    private func addressee(_ tokens: [CoachToken], _ roles: [UInt8], _ sentences: [Sentence]) -> Int? {
        guard let first = sentences.first(where: { $0.role == TokenRole.seller }) else { return nil }
        var k = first.start
        var greeted = false
        var names = 0
        var position: Int?
        while k < first.end {
            let token = tokens[k]
            if token.kind == .word {
                if has(token.word, .greeting) {
                    greeted = true
                } else if token.flags & CoachToken.capitalized != 0 && !has(token.word, .seller)
                    && !has(token.word, .customer)
                {
                    names += 1
                    if position == nil { position = Int(token.start) }
                    if names > 3 { return nil }
                } else {
                    return nil
                }
            } else if token.kind == .clause || token.kind == .lineBreak || token.kind == .exclaim {
                return names > 0 && (greeted || token.kind == .clause) ? position : nil
            } else if token.kind != .period {
                return nil
            }
            k += 1
        }
        return greeted && names > 0 ? position : nil
    }

    // MARK: - Sentences

    static func sentences(
        _ tokens: [CoachToken], _ roles: [UInt8], lineIsSentence: Bool, into result: inout [Sentence]
    ) {
        result.removeAll(keepingCapacity: true)
        var start = -1
        var role = TokenRole.excluded
        var bullet = false
        func close(_ end: Int, question: Bool) {
            if start >= 0 && end > start {
                result.append(Sentence(start: start, end: end, role: role, isQuestion: question, isBullet: bullet))
            }
            start = -1
            role = TokenRole.excluded
            bullet = false
        }
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            switch token.kind {
            case .word:
                if start < 0 { start = i }
                if role == TokenRole.excluded && roles[i] != TokenRole.excluded { role = roles[i] }
            case .period, .exclaim:
                close(i + 1, question: false)
            case .question:
                close(i + 1, question: true)
            case .bullet:
                close(i, question: false)
                start = i
                bullet = true
            case .quoteLine:
                close(i, question: false)
            case .lineBreak:
                if start >= 0 && (lineIsSentence || breaksSentence(tokens, roles, i)) { close(i, question: false) }
            default:
                break
            }
            i += 1
        }
        close(tokens.count, question: false)
    }

    /// A line break ends a sentence unless the next line continues it (wrapped text starting in lower case).
    private static func breaksSentence(_ tokens: [CoachToken], _ roles: [UInt8], _ i: Int) -> Bool {
        let next = i + 1
        guard next < tokens.count else { return true }
        let after = tokens[next]
        if after.kind != .word { return true }
        if after.flags & (CoachToken.capitalized | CoachToken.number) != 0 { return true }
        if roles[next] != roles[i - (i > 0 ? 1 : 0)] { return true }
        if i > 0 && tokens[i - 1].kind == .clause { return true }
        return false
    }

    /// The first word of the sentence written by its author (skipping a speaker label or an opening quote).
    private func firstWordIndex(_ tokens: [CoachToken], _ roles: [UInt8], _ sentence: Sentence) -> Int {
        var k = sentence.start
        while k < sentence.end && (tokens[k].kind != .word || roles[k] != sentence.role) { k += 1 }
        return k < sentence.end ? k : sentence.start
    }

    /// The end of a sentence's text: its last word or closing punctuation.
    static func spanEnd(_ tokens: [CoachToken], _ sentence: Sentence) -> Int {
        var k = sentence.end - 1
        while k > sentence.start {
            switch tokens[k].kind {
            case .word, .period, .question, .exclaim: return Int(tokens[k].end)
            default: k -= 1
            }
        }
        return Int(tokens[k].end)
    }
}
