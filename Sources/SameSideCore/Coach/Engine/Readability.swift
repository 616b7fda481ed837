/// Flesch reading ease and Flesch–Kincaid grade from word, sentence and syllable counts.
struct Readability {
    var ease: Double
    var grade: Double

    /// Pure. With no words or sentences both are 0.
    init(words: Int, sentences: Int, syllables: Int) {
        guard words > 0, sentences > 0 else {
            ease = 0
            grade = 0
            return
        }
        let wordsPerSentence = Double(words) / Double(sentences)
        let syllablesPerWord = Double(syllables) / Double(words)
        ease = 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord
        grade = 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59
    }
}
