import Testing

@testable import SameSideCore

@Suite struct PhraseListTests {
    let list = PhraseList(["% off", "discount", "end of quarter", "do"])

    @Test func phrasesMatchIgnoringCaseAnywhereInTheText() {
        #expect(list.matches("Happy to offer a DISCOUNT"))
        #expect(list.matches("10% off until the End Of Quarter"))
        #expect(!list.matches("No price talk here."))
        #expect(!list.matches(""))
    }

    @Test func foundListsEachPhraseOnceInListOrderNotTextOrder() {
        // given a text with the phrases out of list order, one twice, one at the very end
        let text = "End of quarter: discount, discount, 5% off. Do"
        // then
        #expect(list.found(in: text) == ["% off", "discount", "end of quarter", "do"])
        #expect(list.found(in: "disco") == [])
    }

    @Test func firstFoundIsTheFirstOfFound() {
        // given texts with no phrase, one phrase, and phrases out of list order
        let texts = ["", "disco", "Do it", "End of quarter: discount, 5% off", "DISCOUNT then do", "x% off"]
        let withEmpty = PhraseList(["do", "", "x"])
        for text in texts {
            // then the first found phrase is the one `found` lists first
            #expect(list.firstFound(in: text) == list.found(in: text).first, "\(text)")
            #expect(withEmpty.firstFound(in: text) == withEmpty.found(in: text).first, "\(text)")
        }
        #expect(DiscountReason.warningPhrases.firstFound(in: "On hold: budget freeze") == "freeze")
    }

    @Test func aPhraseCutByTheEndOfTheTextOrByAccentsDoesNotMatch() {
        #expect(!PhraseList(["quarter"]).matches("end of quart"))
        #expect(!PhraseList(["cafe"]).matches("un café"))
        #expect(PhraseList(["café"]).matches("UN CAFÉ".lowercased()))
        #expect(PhraseList(["net 30"]).matches("Payment terms: NET 30 🙂"))
    }

    @Test func anEmptyPhraseMatchesEverything() {
        let withEmpty = PhraseList(["", "x"])
        #expect(withEmpty.matches("abc"))
        #expect(withEmpty.found(in: "abc") == [""])
    }

    @Test func oneBytePhrasesAndOneByteTextsAreStillRead() {
        // given a list with a one-byte phrase (no two-byte filter then) and one without
        let short = PhraseList(["x", "po "])
        let long = PhraseList(["po ", "ok"])
        // then single bytes, a phrase ending the text and a phrase starting at its last byte are all judged
        #expect(short.matches("X"))
        #expect(short.found(in: "the PO is ready, x") == ["x", "po "])
        #expect(!long.matches("o"))
        #expect(long.matches("OK"))
        #expect(!long.matches("po"))
        #expect(long.firstFound(in: "ok, PO sent") == "po ")
    }
}
