/// Decides who wrote each token: the seller, the customer (transcripts), or nobody we judge (quotes).
enum RoleMap {
    /// Roles for an email, message or note: the seller wrote everything except lines quoted with `>`,
    /// inline quotations ("…", “…”) and the reply history after an `On … wrote:` or `From:/Sent:` header.
    /// A message that is all inside quotation marks (a script pasted with its quotes) is the seller's own.
    /// Returns whether there was reply history (a header or a `>` line).
    @discardableResult
    static func message(_ tokens: [CoachToken], lexicon: CompiledLexicon, into roles: inout [UInt8]) -> Bool {
        roles.removeAll(keepingCapacity: true)
        roles.append(contentsOf: repeatElement(TokenRole.seller, count: tokens.count))
        var inQuote = false
        var quotedLine = false
        var history = false
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            let atLineStart = index == 0 || tokens[index - 1].kind == .lineBreak
            if atLineStart && isReplyHeader(tokens, index, lexicon: lexicon) {
                for k in index..<tokens.count { roles[k] = TokenRole.excluded }
                return true
            }
            switch token.kind {
            case .lineBreak:
                inQuote = false
                quotedLine = false
            case .quoteLine:
                quotedLine = true
                history = true
            case .quoteOpen:
                inQuote = true
            case .quoteClose:
                inQuote = false
                roles[index] = TokenRole.excluded
            case .quoteToggle:
                inQuote.toggle()
                roles[index] = TokenRole.excluded
            default:
                break
            }
            if inQuote || quotedLine { roles[index] = TokenRole.excluded }
            index += 1
        }
        if !history { unwrapWholeQuotation(tokens, &roles) }
        return history
    }

    /// When inline quotation marks leave the seller no word at all, the quotes wrap the message itself: its
    /// words are the seller's (the marks stay excluded).
    private static func unwrapWholeQuotation(_ tokens: [CoachToken], _ roles: inout [UInt8]) {
        var quotedWords = false
        for (index, token) in tokens.enumerated() where token.kind == .word {
            if roles[index] == TokenRole.seller { return }
            quotedWords = true
        }
        guard quotedWords else { return }
        for (index, token) in tokens.enumerated() {
            switch token.kind {
            case .quoteOpen, .quoteClose, .quoteToggle: continue
            default: roles[index] = TokenRole.seller
            }
        }
    }

    /// Roles for a transcript: each turn's words belong to its speaker's side; labels and headers to nobody.
    static func transcript(_ tokens: [CoachToken], layout: TranscriptLayout, into roles: inout [UInt8]) {
        roles.removeAll(keepingCapacity: true)
        roles.append(contentsOf: repeatElement(TokenRole.excluded, count: tokens.count))
        var turn = 0
        for (index, token) in tokens.enumerated() {
            let position = Int(token.start)
            while turn < layout.turns.count && layout.turns[turn].end <= position { turn += 1 }
            guard turn < layout.turns.count else { break }
            let current = layout.turns[turn]
            if position >= current.contentStart && position < current.end {
                roles[index] = layout.speakerIsSeller[current.speaker] ? TokenRole.seller : TokenRole.customer
            }
        }
    }

    /// `On <date>, <name> wrote:` (over at most two lines), `From: … Sent:/Date:/To:/Subject:`,
    /// `-----Original Message-----` or `---------- Forwarded message ---------` starting at token `start`.
    private static func isReplyHeader(_ tokens: [CoachToken], _ start: Int, lexicon: CompiledLexicon) -> Bool {
        let ids = lexicon.replyWords
        func word(_ index: Int, _ name: CompiledLexicon.ReplyWord) -> Bool {
            guard index < tokens.count, tokens[index].kind == .word else { return false }
            return tokens[index].word == ids[name.rawValue]
        }
        func colon(_ index: Int) -> Bool { index < tokens.count && tokens[index].kind == .clause }
        if word(start, .on) {
            var lineBreaks = 0
            var k = start + 1
            while k < tokens.count && k < start + 48 {
                if tokens[k].kind == .lineBreak {
                    lineBreaks += 1
                    if lineBreaks > 1 { return false }
                }
                if word(k, .wrote) && colon(k + 1) { return true }
                k += 1
            }
            return false
        }
        if word(start, .from) && colon(start + 1) {
            var k = start + 2
            var lines = 0
            while k < tokens.count && lines < 5 {
                if tokens[k].kind == .lineBreak {
                    lines += 1
                    let next = k + 1
                    if (word(next, .sent) || word(next, .date) || word(next, .to) || word(next, .subject))
                        && colon(next + 1)
                    {
                        return true
                    }
                }
                k += 1
            }
            return false
        }
        if start < tokens.count && tokens[start].kind == .clause {
            return (word(start + 1, .original) && word(start + 2, .message))
                || (word(start + 1, .forwarded) && word(start + 2, .message))
        }
        return false
    }
}
