import Testing

@testable import SameSideCore

@Suite struct ReviewInPlaceTests {
    let asOf = Day("2026-11-25")!

    @Test func theFirstMatchesOfASliceStopAtTheLimitAndKeepSliceOrder() {
        // given five activities in reverse date order, so the slice has positions
        let activities = (0..<5).reversed().map { index in
            Activity(
                date: Day("2026-11-01")!.adding(days: index), type: .email, direction: .outbound,
                text: index % 2 == 0 ? "even \(index)" : "odd \(index)")
        }
        let slice = DealFacts.customerFacing(activities, asOf: asOf)
        var tested = 0
        // when the first two even ones are asked for
        let found = slice.first(2) { activity in
            tested += 1
            return activity.pointee.text?.hasPrefix("even") ?? false
        }
        // then they come in date order, and the search stopped at the second (day 2, the third tested)
        #expect(slice.positions != nil)
        #expect(found.map(\.text) == ["even 0", "even 2"])
        #expect(tested == 3)
        #expect(slice.containsInPlace { $0.pointee.text == "odd 3" })
        #expect(!slice.containsInPlace { $0.pointee.text == "none" })
        #expect(slice.first(0) { _ in true }.isEmpty)
    }

    @Test(arguments: [
        ("Manufacturing", "manufacturing", true), ("EMEA", "emea", true), ("NA", "N A", false),
        ("food & beverage", "Food & Beverage", true),
        ("Größe", "GRÖSSE", "Größe".lowercased() == "GRÖSSE".lowercased()),
        ("Ärzte", "ärzte", true), ("abc", "abcd", false), ("", "", true),
    ])
    func namesCompareIgnoringCaseAsLowercasingBothWould(a: String, b: String, equal: Bool) {
        #expect(ReviewText.equalIgnoringCase(a, b) == equal)
        #expect(ReviewText.equalIgnoringCase(a, b) == (a.lowercased() == b.lowercased()))
    }
}
