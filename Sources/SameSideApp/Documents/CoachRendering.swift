import Foundation
import SameSideCore

/// Text and Markdown forms of a ``CoachReport`` for people.
public enum CoachRendering {
    /// The report for a terminal or a pipe; ANSI colour only when `color`.
    public static func text(_ report: CoachReport, color: Bool) -> String {
        func paint(_ text: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
        let verdictColor =
            switch report.verdict {
            case .customerCentric: "32"
            case .mixed: "33"
            case .sellerCentric: "31"
            }
        var out = paint("\(report.verdict.rawValue)", "1;\(verdictColor)") + "  score \(report.score)/100\n"
        out += metricsLine(report) + "\n"
        if let transcript = report.metrics.transcript { out += transcriptLine(transcript) + "\n" }
        if !report.findings.isEmpty {
            out += "\nFindings\n"
            for finding in report.findings {
                out +=
                    "  " + paint("\(finding.kind.rawValue)/\(finding.category.rawValue)", "1") + " at "
                    + "\(finding.start)–\(finding.end): " + paint("“\(oneLine(finding.text))”", "36") + "\n"
                out += "    → \(finding.suggestion)\n"
            }
        }
        if !report.candidateGoals.isEmpty {
            out += "\nWhat the customer said they want (candidate goals)\n"
            for goal in report.candidateGoals { out += "  \(goal.speaker): “\(oneLine(goal.text))”\n" }
        }
        if let alignment = report.goalAlignment {
            out += "\nThe deal's goals: \(Int((alignment.coverage * 100).rounded()))% mentioned\n"
            for item in alignment.mentioned { out += "  ✓ \(item)\n" }
            for item in alignment.suggestions { out += "  + mention \(item)\n" }
        }
        if !report.advice.isEmpty {
            out += "\nAdvice\n"
            for item in report.advice { out += "  - \(item)\n" }
        }
        return out
    }

    /// The report as Markdown, to paste into a review or a ticket.
    public static func markdown(_ report: CoachReport) -> String {
        var out = "## Message coach: \(report.verdict.rawValue) (\(report.score)/100)\n\n"
        let m = report.metrics
        out += "| measure | value |\n|---|---|\n"
        out += "| words | \(m.words) |\n| customer focus | \(m.customerFocus) |\n"
        out += "| references to them / to us | \(m.customerReferences) / \(m.sellerReferences) |\n"
        out +=
            "| questions (business / closing / yes-no) | \(m.questions) (\(m.businessQuestions) / "
            + "\(m.closingQuestions) / \(m.yesNoQuestions)) |\n"
        out += "| pitch terms | \(m.pitchTerms) |\n| pressure terms | \(m.pressureTerms) |\n"
        out += "| reading ease (grade) | \(m.readingEase) (\(m.readingGrade)) |\n"
        if let t = m.transcript {
            out += "| talk ratio (Gong top performers 0.43) | \(t.talkRatio) |\n"
            out += "| longest seller monologue | \(t.longestMonologueWords) words, ~\(t.longestMonologueSeconds) s |\n"
            out += "| questions seller / customer | \(t.sellerQuestions) / \(t.customerQuestions) |\n"
        }
        if !report.findings.isEmpty {
            out += "\n### Findings\n\n"
            for finding in report.findings {
                out +=
                    "- **\(finding.kind.rawValue)** (\(finding.category.rawValue), \(finding.start)–\(finding.end)): "
                    + "“\(escape(oneLine(finding.text)))” — \(escape(finding.suggestion))\n"
            }
        }
        if !report.candidateGoals.isEmpty {
            out += "\n### Candidate goals from the customer\n\n"
            for goal in report.candidateGoals { out += "- \(escape(goal.speaker)): “\(escape(oneLine(goal.text)))”\n" }
        }
        if let alignment = report.goalAlignment {
            out += "\n### The deal's goals (\(Int((alignment.coverage * 100).rounded()))% mentioned)\n\n"
            for item in alignment.mentioned { out += "- [x] \(escape(item))\n" }
            for item in alignment.suggestions { out += "- [ ] mention \(escape(item))\n" }
        }
        if !report.advice.isEmpty {
            out += "\n### Advice\n\n"
            for item in report.advice { out += "- \(escape(item))\n" }
        }
        return out
    }

    private static func metricsLine(_ report: CoachReport) -> String {
        let m = report.metrics
        return "words \(m.words) · customer focus \(m.customerFocus) (them \(m.customerReferences) / us "
            + "\(m.sellerReferences)) · questions \(m.questions) (business \(m.businessQuestions), closing "
            + "\(m.closingQuestions)) · pitch \(m.pitchTerms) · pressure \(m.pressureTerms) · reading ease "
            + "\(m.readingEase) (grade \(m.readingGrade))"
    }

    private static func transcriptLine(_ t: TranscriptMetrics) -> String {
        "talk ratio \(Int((t.talkRatio * 100).rounded())):\(100 - Int((t.talkRatio * 100).rounded())) "
            + "(Gong top performers 43:57) · longest seller monologue \(t.longestMonologueWords) words "
            + "(~\(t.longestMonologueSeconds) s) · questions seller \(t.sellerQuestions) / customer "
            + "\(t.customerQuestions) (Gong: 11–14 in discovery) · sellers: "
            + t.sellerSpeakers.joined(separator: ", ")
    }

    private static func oneLine(_ text: String) -> String {
        let flat = text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
        return flat.count > 160 ? String(flat.prefix(157)) + "…" : flat
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "*", with: "\\*")
    }
}
