/// Phantom tag for the ids of review rules.
public enum ReviewRuleTag {}

/// The stable kebab-case id of a review rule (`seller-chasing`).
public typealias RuleID = TypedID<ReviewRuleTag>

/// What one rule found on one deal, explained the way a good sales manager would.
public struct Finding: Equatable, Sendable {
    public var rule: RuleID
    public var severity: Severity
    public var title: String
    /// Facts quoted from the data: dates, counts, names, amounts.
    public var evidence: [String]
    /// One to three coaching questions about the customer.
    public var questions: [String]
    /// One next step that helps the customer move, never one that pressures them.
    public var nextAction: String

    public init(
        rule: RuleID, severity: Severity, title: String, evidence: [String], questions: [String],
        nextAction: String
    ) {
        self.rule = rule
        self.severity = severity
        self.title = title
        self.evidence = evidence
        self.questions = questions
        self.nextAction = nextAction
    }
}

/// What a rule returns when it fires; the engine adds the rule id and applies the playbook.
public struct RuleResult: Equatable, Sendable {
    public var severity: Severity
    public var title: String
    public var evidence: [String]
    public var questions: [String]
    public var nextAction: String

    public init(severity: Severity, title: String, evidence: [String], questions: [String], nextAction: String) {
        self.severity = severity
        self.title = title
        self.evidence = evidence
        self.questions = questions
        self.nextAction = nextAction
    }
}
