import SameSideCore
import Testing

@Suite struct MoneyAndDateTests {
    @Test(
        arguments: [
            ("$12,400.00", 12_400.0, "USD"), ("42,000", 42_000, nil), ("(1,500.00)", -1_500, nil), ("-300", -300, nil),
            ("EUR 1,200.50", 1_200.5, "EUR"), ("1200.5 GBP", 1_200.5, "GBP"), ("€99", 99, "EUR"), (".5", 0.5, nil),
            ("1,234,567.89", 1_234_567.89, nil), ("0", 0, nil),
        ] as [(String, Double, String?)])
    func amountsAreReadAsCRMsWriteThem(_ text: String, _ value: Double, _ currency: String?) {
        #expect(MoneyParser.parse(text) == MoneyParser.Money(value: value, currency: currency))
    }

    @Test(arguments: ["abc", "", "12,34", "1,2345", "$", "--5", "(-5)", "1.2.3", "12 400", "USDX 5", "1e5"])
    func nonAmountsAreRejected(_ text: String) {
        #expect(MoneyParser.parse(text) == nil)
    }

    @Test(arguments: [
        ("3/4/2026", DateOrder.mdy, "2026-03-04"), ("3/4/2026", .dmy, "2026-04-03"), ("12/31/2026", .mdy, "2026-12-31"),
        ("31/12/2026", .dmy, "2026-12-31"), ("2026-11-25", .dmy, "2026-11-25"),
        ("2026-11-25T10:00:00Z", .mdy, "2026-11-25"), ("11/25/2026 10:22 AM", .mdy, "2026-11-25"),
    ])
    func datesAreReadInTheGivenOrder(_ text: String, _ order: DateOrder, _ expected: String) {
        #expect(CRMDateParser.parse(text, order: order)?.description == expected)
    }

    @Test(arguments: ["31/31/2026", "2/30/2026", "13/1/2026", "2026-02-30", "yesterday", "1/1/2026/1", "1//2026"])
    func impossibleDatesAreRejected(_ text: String) {
        #expect(CRMDateParser.parse(text, order: .mdy) == nil)
        #expect(CRMDateParser.parse(text, order: .dmy) == nil || text == "13/1/2026")
    }

    @Test(arguments: [
        "$12,400.00", "42,000", "(1,500.00)", "-300", "EUR 1,200.50", ".5", "1,234,567.89", "0", "abc", "12,34",
        "1,2345", "$", "--5", "(-5)", "1.2.3", "1e5", "1.", "$-5", "(5", "9999999999999999",
    ])
    func theByteFastPathAgreesWithTheGeneralOne(_ text: String) {
        let fast = MoneyParser.parse(bytes: ArraySlice(text.utf8))
        #expect(fast == nil || fast == MoneyParser.parse(text))
    }

    @Test(arguments: ["3/4/2026", "12/31/2026", "2026-11-25", "2026-02-30", "31/31/2026", "1/1/26", "2026-1-5"])
    func theByteDateFastPathAgreesWithTheGeneralOne(_ text: String) {
        for order in [DateOrder.mdy, .dmy] {
            let fast = CRMDateParser.parse(bytes: ArraySlice(text.utf8), order: order)
            #expect(fast == nil || fast == CRMDateParser.parse(text, order: order))
        }
    }
}
