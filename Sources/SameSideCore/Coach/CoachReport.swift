/// What the coach says about one message: a verdict, a 0–100 score, the metrics and the spans.
public struct CoachReport: Equatable, Sendable {
    public var kind: MessageKind
    public var verdict: CoachVerdict
    /// 0–100, higher is more customer-centric.
    public var score: Int
    public var metrics: CoachMetrics
    /// In input order (by `start`).
    public var findings: [CoachFinding]
    /// Whole-message advice that has no single span (length, reading ease, talk ratio…).
    public var advice: [String]
    /// For transcripts: what the customer said about their goals, problems and numbers.
    public var candidateGoals: [CandidateGoal]
    /// When a deal context was given: which of the customer's goals, events and steps the message uses.
    public var goalAlignment: GoalAlignment?
    /// The features that moved the score most, largest effect first (see docs/coach.md).
    public var drivers: [CoachDriver]

    public init(
        kind: MessageKind, verdict: CoachVerdict, score: Int, metrics: CoachMetrics, findings: [CoachFinding],
        advice: [String] = [], candidateGoals: [CandidateGoal] = [], goalAlignment: GoalAlignment? = nil,
        drivers: [CoachDriver] = []
    ) {
        self.drivers = drivers
        self.kind = kind
        self.verdict = verdict
        self.score = score
        self.metrics = metrics
        self.findings = findings
        self.advice = advice
        self.candidateGoals = candidateGoals
        self.goalAlignment = goalAlignment
    }
}

/// A customer statement in a transcript that reads like a goal, a problem or a number worth keeping.
public struct CandidateGoal: Equatable, Sendable {
    public var speaker: String
    public var text: String
    /// Unicode scalar offsets into the input, as for findings.
    public var start: Int
    public var end: Int
    /// Whether the statement carries a number, a percentage, an amount or a date.
    public var hasNumber: Bool

    public init(speaker: String, text: String, start: Int, end: Int, hasNumber: Bool) {
        self.speaker = speaker
        self.text = text
        self.start = start
        self.end = end
        self.hasNumber = hasNumber
    }
}

/// How well a message uses what the deal knows about the customer.
public struct GoalAlignment: Equatable, Sendable {
    /// Goals, events and steps of the deal that the message refers to (their statements).
    public var mentioned: [String]
    /// Concrete things to mention, e.g. `their target: first-time fix rate (%) from 71 to 85 by 2027-06-30`.
    public var suggestions: [String]
    /// Share of the deal's goals the message refers to, 0…1 (1 when the deal has none).
    public var coverage: Double

    public init(mentioned: [String], suggestions: [String], coverage: Double) {
        self.mentioned = mentioned
        self.suggestions = suggestions
        self.coverage = coverage
    }
}
