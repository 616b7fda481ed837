extension MessageAnalyzer {
    /// Leaves in `scratch.findings` exactly the pressure findings ``run(_:kind:context:sellers:scratch:)`` would
    /// leave there (no context, no speakers), in the same order. Pure apart from `scratch`, which only keeps memory.
    ///
    /// A pressure finding depends only on the seller's sentences, their phrase and cue matches, blocks, negation
    /// and the pressure findings before it in the sentence, so this skips the tallies, the customer's sentences,
    /// addressing, questions, seller focus, feature lists, length and every rule and group of another kind.
    /// Transcripts go through the full run (the review never passes one).
    func runPressure(_ p: UnsafeBufferPointer<UInt8>, kind: MessageKind, scratch: inout AnalyzerScratch) {
        guard kind != .transcript else {
            _ = run(p, kind: kind, context: nil, sellers: [], scratch: &scratch)
            scratch.findings.removeAll { $0.kind != .pressure }
            return
        }
        // Taken out of the scratch for the duration, so each array is uniquely referenced and never copied.
        var tokens = scratch.tokens
        var roles = scratch.roles
        var sentences = scratch.sentences
        var findings = scratch.findings
        var cueFirst = scratch.cueFirst
        var cueLast = scratch.cueLast
        var blocked = scratch.blocked
        var matches = scratch.matches
        var groupMatches = scratch.groupMatches
        var kept = scratch.kept
        let (candidates, bulletRun) = (scratch.candidates, scratch.bulletRun)
        scratch = AnalyzerScratch()
        if tokens.capacity > 1 << 20 && p.count < 1 << 20 {
            tokens = []
            roles = []
            sentences = []
        }
        defer {
            scratch = AnalyzerScratch(
                tokens: tokens, roles: roles, sentences: sentences, findings: findings, candidates: candidates,
                cueFirst: cueFirst, cueLast: cueLast, blocked: blocked, matches: matches, groupMatches: groupMatches,
                kept: kept, bulletRun: bulletRun)
        }
        lexicon.tokenize(p, into: &tokens)
        RoleMap.message(tokens, lexicon: lexicon, into: &roles)
        Self.sentences(tokens, roles, lineIsSentence: false, into: &sentences)
        findings.removeAll(keepingCapacity: true)
        let ruleCount = lexicon.rules.count
        if cueFirst.count != ruleCount * 8 || blocked.count != ruleCount + lexicon.groups.count {
            cueFirst = [Int](repeating: -1, count: ruleCount * 8)
            cueLast = [Int](repeating: -1, count: ruleCount * 8)
            blocked = [Bool](repeating: false, count: ruleCount + lexicon.groups.count)
        }
        var cuesSet = true
        var blocksSet = true
        for sentence in sentences where sentence.role == TokenRole.seller {
            let firstFinding = findings.count
            if !matches.isEmpty { matches.removeAll(keepingCapacity: true) }
            var t = sentence.start
            while t < sentence.end {
                let token = tokens[t]
                if token.kind == .word, roles[t] != TokenRole.excluded, token.word >= 0 {
                    let start = rootChild[Int(token.word)]
                    if start >= 0 {
                        if actionCount[Int(start)] > 0 { matches.append(Match(first: t, last: t, group: Int(start))) }
                        walk(tokens, roles, node: start, at: t + 1, first: t, end: sentence.end, into: &matches)
                    }
                }
                t += 1
            }
            if matches.isEmpty { continue }
            if blocksSet {
                for index in 0..<blocked.count { blocked[index] = false }
                blocksSet = false
            }
            if cuesSet {
                for index in 0..<cueFirst.count {
                    cueFirst[index] = -1
                    cueLast[index] = -1
                }
                cuesSet = false
            }
            if !groupMatches.isEmpty { groupMatches.removeAll(keepingCapacity: true) }
            for match in matches {
                let start = Int(lexicon.actionStart[match.group])
                let count = Int(actionCount[match.group])
                for a in start..<(start + count) {
                    let action = lexicon.actions[a]
                    switch action.kind {
                    case .group:
                        // Groups of other kinds never overlap-suppress a pressure group.
                        guard lexicon.groups[Int(action.index)].kind == .pressure else { continue }
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
                        break
                    }
                }
            }
            groupMatches.sort { $0.first != $1.first ? $0.first < $1.first : $0.last > $1.last }
            if !kept.isEmpty { kept.removeAll(keepingCapacity: true) }
            for match in groupMatches {
                let info = lexicon.groups[match.group]
                let overlaps = kept.contains { $0.first <= match.last && match.first <= $0.last }
                if overlaps || blocked[ruleCount + match.group] { continue }
                if negated(tokens, match.first, sentenceStart: sentence.start) { continue }
                if info.category != .chasing && info.category != .statusDemand && info.category != .guilt
                    && afterCustomerPossessive(tokens, match.first, sentence.start)
                {
                    continue
                }
                kept.append(match)
                findings.append(
                    RawFinding(
                        kind: info.kind, category: info.category, start: Int(tokens[match.first].start),
                        end: Int(tokens[match.last].end), suggestion: info.suggestion))
            }
            guard cuesSet else { continue }
            for ruleIndex in 0..<ruleCount {
                let rule = lexicon.rules[ruleIndex]
                guard rule.kind == .pressure, !blocked[ruleIndex], !rule.questionsOnly || sentence.isQuestion else {
                    continue
                }
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
                let alreadyFound = Self.hasFinding(findings, from: firstFinding) { $0.category == rule.category }
                if alreadyFound || negated(tokens, first, sentenceStart: sentence.start) { continue }
                findings.append(
                    RawFinding(
                        kind: rule.kind, category: rule.category, start: Int(tokens[first].start),
                        end: Int(tokens[last].end), suggestion: rule.suggestion))
            }
        }
    }
}
