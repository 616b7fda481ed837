/// The numbers behind a coach verdict; see docs/coach.md for how each is computed.
public struct CoachMetrics: Equatable, Sendable {
    public var words: Int
    public var sentences: Int
    /// Position-weighted share of references to the customer among references to either side, 0…1
    /// (0.5 when the message refers to neither).
    public var customerFocus: Double
    public var customerReferences: Int
    public var sellerReferences: Int
    public var questions: Int
    /// Open questions about the customer's business, goals, process or obstacles.
    public var businessQuestions: Int
    /// Questions that push for a decision, a signature or a status.
    public var closingQuestions: Int
    /// Yes/no questions that are not closing questions.
    public var yesNoQuestions: Int
    public var pitchTerms: Int
    public var pressureTerms: Int
    /// Flesch reading ease (higher is easier; 60–70 is plain English).
    public var readingEase: Double
    /// Flesch–Kincaid grade level.
    public var readingGrade: Double
    /// Talk and question figures, for transcripts only.
    public var transcript: TranscriptMetrics?

    public init(
        words: Int = 0, sentences: Int = 0, customerFocus: Double = 0.5, customerReferences: Int = 0,
        sellerReferences: Int = 0, questions: Int = 0, businessQuestions: Int = 0, closingQuestions: Int = 0,
        yesNoQuestions: Int = 0, pitchTerms: Int = 0, pressureTerms: Int = 0, readingEase: Double = 0,
        readingGrade: Double = 0, transcript: TranscriptMetrics? = nil
    ) {
        self.words = words
        self.sentences = sentences
        self.customerFocus = customerFocus
        self.customerReferences = customerReferences
        self.sellerReferences = sellerReferences
        self.questions = questions
        self.businessQuestions = businessQuestions
        self.closingQuestions = closingQuestions
        self.yesNoQuestions = yesNoQuestions
        self.pitchTerms = pitchTerms
        self.pressureTerms = pressureTerms
        self.readingEase = readingEase
        self.readingGrade = readingGrade
        self.transcript = transcript
    }
}

/// Who talked how much in a call transcript, beside Gong's published figures.
public struct TranscriptMetrics: Equatable, Sendable {
    /// Seller words / all words, 0…1 (Gong: top performers near 0.43).
    public var talkRatio: Double
    public var sellerWords: Int
    public var customerWords: Int
    public var turns: Int
    /// Words in the longest run of consecutive seller turns.
    public var longestMonologueWords: Int
    /// That run at 150 spoken words a minute.
    public var longestMonologueSeconds: Double
    public var sellerQuestions: Int
    public var customerQuestions: Int
    /// The speaker names treated as the seller's side.
    public var sellerSpeakers: [String]
    public var customerSpeakers: [String]

    public init(
        talkRatio: Double, sellerWords: Int, customerWords: Int, turns: Int, longestMonologueWords: Int,
        longestMonologueSeconds: Double, sellerQuestions: Int, customerQuestions: Int,
        sellerSpeakers: [String], customerSpeakers: [String]
    ) {
        self.talkRatio = talkRatio
        self.sellerWords = sellerWords
        self.customerWords = customerWords
        self.turns = turns
        self.longestMonologueWords = longestMonologueWords
        self.longestMonologueSeconds = longestMonologueSeconds
        self.sellerQuestions = sellerQuestions
        self.customerQuestions = customerQuestions
        self.sellerSpeakers = sellerSpeakers
        self.customerSpeakers = customerSpeakers
    }
}
