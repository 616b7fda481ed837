import Testing

@testable import SameSideCore

@Suite struct CoachReadabilityTests {
    @Test func fleschOfASimpleSentence() {
        // "The cat sat on the mat." 6 words, 6 syllables, 1 sentence.
        let metrics = MessageCoach().coach("The cat sat on the mat.").metrics
        #expect(metrics.words == 6)
        #expect(metrics.sentences == 1)
        #expect(metrics.readingEase == 116.1)
        #expect(metrics.readingGrade == -1.4)
    }

    @Test func longWordsAndSentencesReadHarder() {
        let easy = MessageCoach().coach("We fix lifts. You save time. Your team is happy.").metrics.readingEase
        let hard = MessageCoach().coach(
            "Comprehensive organisational transformation necessitates considerable interdepartmental coordination "
                + "and sophisticated implementation methodologies throughout the enterprise."
        ).metrics.readingEase
        #expect(easy > 80)
        #expect(hard < 0)
    }

    @Test func readabilityIsZeroWithoutWords() {
        let readability = Readability(words: 0, sentences: 0, syllables: 0)
        #expect(readability.ease == 0)
        #expect(readability.grade == 0)
    }
}
