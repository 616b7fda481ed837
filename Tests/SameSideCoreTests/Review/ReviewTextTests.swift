import Testing

@testable import SameSideCore

@Suite struct ReviewTextTests {
    @Test func quotesCutAtTheLimitInCharactersNotBytes() {
        #expect(ReviewText.quote("abc", limit: 3) == "\"abc\"")
        #expect(ReviewText.quote("abcd", limit: 3) == "\"abc…\"")
        // one character in three bytes, and two characters in four: within a limit of two characters
        #expect(ReviewText.quote("e\u{301}", limit: 2) == "\"e\u{301}\"")
        #expect(ReviewText.quote("\r\nab", limit: 2) == "\"\r\na…\"")
        #expect(ReviewText.quote("ééé", limit: 2) == "\"éé…\"")
        #expect(ReviewText.quote("", limit: 0) == "\"\"")
    }
}
