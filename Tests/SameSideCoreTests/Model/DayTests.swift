import Testing

@testable import SameSideCore

@Suite struct DayTests {
    @Test(arguments: ["2026-11-25", "2024-02-29", "1970-01-01", "0001-01-01", "9999-12-31"])
    func validDaysRoundTrip(_ text: String) throws {
        let day = try #require(Day(text))
        #expect(day.description == text)
    }

    @Test(arguments: [
        "2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10", "26-11-25", "2026/11/25", "", "2026-11-2x",
    ])
    func invalidDaysAreRejected(_ text: String) {
        #expect(Day(text) == nil)
    }

    @Test func daysAtAndBeyondTheFourDigitYearsStillPrint() throws {
        let first = try #require(Day("0001-01-01"))
        let last = try #require(Day("9999-12-31"))
        #expect(first.adding(days: -1).description == "0000-12-31")
        #expect(last.adding(days: 1).description == "10000-01-01")
        #expect(try #require(Day("2026-10-09")).description == "2026-10-09")
    }

    @Test func arithmeticCrossesMonthsAndLeapYears() throws {
        let start = try #require(Day("2024-02-28"))
        #expect(start.adding(days: 1).description == "2024-02-29")
        #expect(start.adding(days: 2).description == "2024-03-01")
        #expect(try #require(Day("2026-01-31")).adding(months: 1).description == "2026-02-28")
        #expect(start.days(until: try #require(Day("2025-02-28"))) == 366)
    }
}
