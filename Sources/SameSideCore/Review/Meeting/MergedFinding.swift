/// One point a deal review makes, after findings that say the same thing are merged: every rule that
/// made it, the most severe severity, and all their evidence, questions and actions, each once.
public struct MergedFinding: Equatable, Sendable {
    /// The rules merged here, in the order they fired (most severe first).
    public var rules: [RuleID]
    public var severity: Severity
    public var title: String
    public var evidence: [String]
    public var questions: [String]
    /// Every merged rule's next action, each once, most severe first.
    public var nextActions: [String]

    public init(
        rules: [RuleID], severity: Severity, title: String, evidence: [String], questions: [String],
        nextActions: [String]
    ) {
        self.rules = rules
        self.severity = severity
        self.title = title
        self.evidence = evidence
        self.questions = questions
        self.nextActions = nextActions
    }

    /// The rule that leads this point (the first to fire).
    public var rule: RuleID { rules[0] }
}
