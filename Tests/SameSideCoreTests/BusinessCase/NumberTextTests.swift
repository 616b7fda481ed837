import Testing

@testable import SameSideCore

@Suite struct NumberTextTests {
    @Test(arguments: [
        (12.0, 1, "12"), (14.25, 1, "14.3"), (14.04, 1, "14"), (-2.5, 1, "-2.5"), (0.001, 2, "0"),
        (1.05, 2, "1.05"), (1.5, 2, "1.5"), (1.10, 2, "1.1"), (7.4, 0, "7"), (0.0, 1, "0"), (-0.04, 1, "0"),
        (1_234_567.0, 1, "1234567"), (0.5, 3, "0.5"), (0.007, 3, "0.007"), (20.06, 1, "20.1"),
    ])
    func plainNumbersKeepOnlyTheDecimalsThatCount(value: Double, places: Int, text: String) {
        #expect(NumberText.plain(value, places: places) == text)
    }

    @Test func numbersThatAreNotFiniteSaySo() {
        #expect(NumberText.plain(.nan) == "n/a")
        #expect(NumberText.plain(.infinity) == "∞")
        #expect(NumberText.plain(-.infinity) == "-∞")
        #expect(NumberText.money(.infinity) == "∞")
    }

    @Test(arguments: [
        (151_234.5, "151,234.50"), (280_000.0, "280,000"), (999.0, "999"), (1000.0, "1,000"), (0.07, "0.07"),
        (12.3, "12.30"), (-1_234_567.891, "-1,234,567.89"), (100_000.0, "100,000"), (0.0, "0"),
        (12_345_678_901.0, "12,345,678,901"),
    ])
    func moneyGroupsThousandsAndShowsCentsOnlyWhenThereAreAny(value: Double, text: String) {
        #expect(NumberText.money(value) == text)
        #expect(NumberText.money(value, currency: "EUR") == "EUR \(text)")
    }

    @Test func percentagesKeepOneDecimalAtMost() {
        #expect(NumberText.percent(92.857) == "92.9%")
        #expect(NumberText.percent(15) == "15%")
    }
}
