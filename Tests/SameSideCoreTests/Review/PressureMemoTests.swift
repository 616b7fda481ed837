import Testing

@testable import SameSideCore

@Suite struct PressureMemoTests {
    let asOf = Day("2026-11-25")!

    func outreach(_ texts: [(String, ActivityType)]) -> ActivitySlice {
        ActivitySlice(
            texts.enumerated().map { index, entry in
                Activity(
                    date: Day("2026-11-01")!.adding(days: index), type: entry.1, direction: .outbound,
                    initiatedBy: .seller, stakeholderIds: [StakeholderID("s\(index)")], text: entry.0)
            })
    }

    func described(_ hits: [PressureHit]) -> [String] {
        hits.map { "\($0.date) \($0.category) \($0.phrase) \($0.stakeholderIds.map(\.rawValue))" }
    }

    let pressing = "Just checking in again. We need your signature by Friday to keep this price."
    let discount = "If you sign this week I can take another 10% off."

    @Test func aTextJudgedOnAnotherDealGetsTheSameHitsOnItsOwnDateAndPeople() {
        // given one memo shared by two deals that send the same texts, the second in another order
        let memo = PressureMemo()
        let first = outreach([(pressing, .email), (discount, .email), ("Notes from our call.", .email)])
        let second = outreach([(discount, .email), (pressing, .email), (pressing, .message)])
        // when the first deal fills the memo and the second reads from it
        let firstHits = PressureScan.hits(in: first, memo: memo)
        let held = memo.count
        let secondHits = PressureScan.hits(in: second, memo: memo)
        // then each deal's hits are those of a fresh memo, dated and addressed as its own activities
        #expect(!firstHits.isEmpty)
        #expect(described(firstHits) == described(PressureScan.hits(in: first, memo: PressureMemo())))
        #expect(described(secondHits) == described(PressureScan.hits(in: second, memo: PressureMemo())))
        #expect(held == 3)
        // the pressing text as a message is another key (its kind differs); nothing else was added
        #expect(memo.count == 4)
    }

    @Test func textsEqualAsStringsButDifferentInBytesAreJudgedApart() {
        // given a memo holding "café" written precomposed
        let memo = PressureMemo()
        var judged = 0
        let precomposed = PressureMemo.Key(text: "caf\u{E9} by Friday", kind: .email)
        let combining = PressureMemo.Key(text: "cafe\u{301} by Friday", kind: .email)
        _ = memo.findings(precomposed) {
            judged += 1
            return []
        }
        // when the same words come with a combining accent, then the precomposed ones again
        _ = memo.findings(combining) {
            judged += 1
            return []
        }
        _ = memo.findings(precomposed) {
            judged += 1
            return []
        }
        // then the combining form was judged on its own and the repeat was not judged again
        #expect(precomposed != combining)
        #expect(judged == 2)
        #expect(memo.count == 2)
    }

    @Test func aFullMemoStartsAgainInsteadOfGrowing() {
        // given a memo that holds at most 100 bytes of text
        let memo = PressureMemo(byteLimit: 100, entryLimit: 1000)
        let texts = (0..<10).map { "message number \($0) with some words" }  // 32 bytes each
        // when ten texts are judged
        for text in texts { _ = memo.findings(PressureMemo.Key(text: text, kind: .email)) { [] } }
        // then it never holds more than its limit (three texts), and still answers what it holds
        #expect(memo.count <= 3)
        var judgedAgain = false
        _ = memo.findings(PressureMemo.Key(text: texts[9], kind: .email)) {
            judgedAgain = true
            return []
        }
        #expect(!judgedAgain)
        // a text longer than the whole limit is judged every time and never kept
        let long = String(repeating: "a", count: 200)
        _ = memo.findings(PressureMemo.Key(text: long, kind: .email)) { [] }
        #expect(memo.count == 0)
    }
}
