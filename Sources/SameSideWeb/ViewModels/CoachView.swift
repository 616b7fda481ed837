import SameSideCore

/// The coach page: the form (message, kind, optional deal) and, after a run, the verdict, the message with the
/// coach's spans marked, and each finding with its suggestion. Every string is escaped by Mustache.
struct CoachView: Sendable {
    /// One run of the message: plain text, or a marked span that points at its finding by number.
    struct Segment: Sendable, Hashable {
        var text: String
        var marked: Bool
        var number: Int?
        var label: String?
    }

    struct FindingView: Sendable {
        var number: Int
        var label: String
        var text: String
        var suggestion: String
    }

    struct KindOption: Sendable {
        var value: String
        var label: String
        var selected: Bool
    }

    struct Result: Sendable {
        var verdict: String
        var verdictLabel: String
        var score: Int
        var words: Int
        var questions: Int
        var businessQuestions: Int
        var segments: [Segment]
        var findings: [FindingView]
        var hasFindings: Bool
        var advice: [String]
        var hasAdvice: Bool
        var goalsMentioned: [String]
        var goalSuggestions: [String]
        var hasGoals: Bool
    }

    var chrome: PageChrome
    var message: String
    var dealId: String
    var kinds: [KindOption]
    var error: String?
    var result: Result?

    init(chrome: PageChrome, message: String, kind: MessageKind, dealId: String, error: String?, report: CoachReport?) {
        self.chrome = chrome
        self.message = message
        self.dealId = dealId
        self.error = error
        kinds = MessageKind.allCases.map {
            KindOption(value: $0.rawValue, label: Self.kindLabels[$0] ?? $0.rawValue, selected: $0 == kind)
        }
        result = report.map { Self.result($0, message: message) }
    }

    static let kindLabels: [MessageKind: String] = [
        .email: "Email", .message: "Chat or social message", .note: "Call note or opener",
        .transcript: "Call transcript (Speaker: words)",
    ]

    static func label(_ finding: CoachFinding) -> String {
        Wording.words(finding.kind.rawValue) + " — " + Wording.words(finding.category.rawValue).lowercased()
    }

    static func result(_ report: CoachReport, message: String) -> Result {
        let findings = report.findings.enumerated().map { index, finding in
            FindingView(
                number: index + 1, label: label(finding), text: finding.text, suggestion: finding.suggestion)
        }
        let alignment = report.goalAlignment
        return Result(
            verdict: report.verdict.rawValue, verdictLabel: Wording.words(report.verdict.rawValue),
            score: report.score, words: report.metrics.words, questions: report.metrics.questions,
            businessQuestions: report.metrics.businessQuestions,
            segments: segments(message, report.findings), findings: findings, hasFindings: !findings.isEmpty,
            advice: report.advice, hasAdvice: !report.advice.isEmpty,
            goalsMentioned: alignment?.mentioned ?? [], goalSuggestions: alignment?.suggestions ?? [],
            hasGoals: alignment != nil)
    }

    /// `message` cut into plain and marked runs at the findings' spans (offsets in Unicode scalars). A span
    /// that overlaps an earlier one is marked only from where the earlier one ends; spans outside the text are
    /// clipped, so a report never breaks the page.
    static func segments(_ message: String, _ findings: [CoachFinding]) -> [Segment] {
        let scalars = Array(message.unicodeScalars)
        func text(_ range: Range<Int>) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range])
            return String(view)
        }
        let ordered = findings.enumerated().sorted { $0.element.start < $1.element.start }
        var result: [Segment] = []
        var at = 0
        for (index, finding) in ordered {
            let start = max(at, min(finding.start, scalars.count))
            let end = max(start, min(finding.end, scalars.count))
            guard end > start else { continue }
            if start > at { result.append(Segment(text: text(at..<start), marked: false)) }
            result.append(Segment(text: text(start..<end), marked: true, number: index + 1, label: label(finding)))
            at = end
        }
        if at < scalars.count { result.append(Segment(text: text(at..<scalars.count), marked: false)) }
        return result
    }
}
