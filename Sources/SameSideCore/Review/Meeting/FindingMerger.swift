/// Merges a deal's findings that say the same thing (``FindingFamily``) and drops repeated lines. Pure.
public enum FindingMerger {
    /// `findings` (most severe first) merged by family: one point per family at the place of its most severe
    /// finding, the others as they are; evidence, questions and actions each kept once across the deal.
    public static func merge(_ findings: [Finding]) -> [MergedFinding] {
        var merged: [MergedFinding] = []
        var familyIndex: [FindingFamily: Int] = [:]
        for finding in findings {
            if let family = FindingFamily.of(finding.rule), let index = familyIndex[family] {
                merged[index].rules.append(finding.rule)
                merged[index].title = family.mergedTitle
                merged[index].severity = max(merged[index].severity, finding.severity)
                merged[index].evidence += finding.evidence
                merged[index].questions += finding.questions
                merged[index].nextActions.append(finding.nextAction)
                continue
            }
            if let family = FindingFamily.of(finding.rule) { familyIndex[family] = merged.count }
            merged.append(
                MergedFinding(
                    rules: [finding.rule], severity: finding.severity, title: finding.title,
                    evidence: finding.evidence, questions: finding.questions, nextActions: [finding.nextAction]))
        }
        var seenEvidence = Set<String>()
        var seenQuestions = Set<String>()
        var seenActions = Set<String>()
        for index in merged.indices {
            merged[index].evidence = merged[index].evidence.filter { seenEvidence.insert($0).inserted }
            merged[index].questions = merged[index].questions.filter { seenQuestions.insert($0).inserted }
            merged[index].nextActions = merged[index].nextActions.filter { seenActions.insert($0).inserted }
        }
        // A merged point may have become more severe than the ones before it: most severe first again, stably.
        return [Severity.high, .medium, .low].flatMap { severity in merged.filter { $0.severity == severity } }
    }
}
