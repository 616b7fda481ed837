extension Playbook {
    /// The playbook as a commented YAML document that ``Playbook/init(json:)`` reads back. Pure.
    public var yaml: String {
        var lines: [String] = [
            "# SameSide deal-review playbook. Every key is optional; a missing key keeps this value.",
            "staleDays: \(staleDays)              # days without customer-facing activity → stale",
            "chasingCount: \(chasingCount)             # unanswered seller outreaches in a row → seller-chasing",
            "ghostedDays: \(ghostedDays)             # days of silence after the customer had engaged → ghosted",
            "pullWindowDays: \(pullWindowDays)          # a customer-initiated touch this recent counts as pull",
            "stalledStageDays: \(stalledStageDays)        # days in one seller stage → stalled-in-stage",
            "closeDateSlips: \(closeDateSlips)           # close-date pushes → close-date-slipped",
            "minContacts: \(minContacts)              # engaged customer people a late-stage deal should have",
            "inactionHorizonMonths: \(inactionHorizonMonths)   # months of inaction cost summed if no payback limit or case",
            "maxPlanSteps: \(maxPlanSteps)             # steps in one customer-facing plan → plan-too-long",
            "stepDateMoves: \(stepDateMoves)             # moves of one step's due date → step-dates-moved",
            "lateStageFrom: \(lateStageFrom.rawValue)      # first ladder rung counted as late stage",
            "# ladder: \(BuyerStage.allCases.map(\.rawValue).joined(separator: " < "))",
            aligned(currency.map { "currency: \($0)" } ?? "# currency: EUR")
                + "# CSV import: amounts the file names no currency for (--currency wins)",
            "# Your CRM's stage names → ladder rungs (Salesforce, HubSpot and generic names are built in).",
        ]
        if stageMapping.isEmpty {
            lines.append("stageMapping: {}")
        } else {
            lines.append("stageMapping:")
            for key in stageMapping.keys.sorted() {
                lines.append("  \(yamlString(key)): \(stageMapping[key]?.rawValue ?? "")")
            }
        }
        lines.append("# Rules switched off, by id.")
        if disabledRules.isEmpty {
            lines.append("disabledRules: []")
        } else {
            lines.append("disabledRules:")
            for rule in disabledRules.sorted() { lines.append("  - \(rule.rawValue)") }
        }
        lines.append("# Severity that replaces a rule's own: high | medium | low.")
        if severityOverrides.isEmpty {
            lines.append("severityOverrides: {}")
        } else {
            lines.append("severityOverrides:")
            for rule in severityOverrides.keys.sorted() {
                lines.append("  \(rule.rawValue): \(severityOverrides[rule]?.rawValue ?? "")")
            }
        }
        lines.append("# Mutual-plan templates per deal type: name → steps (`standard` replaces the built-in one).")
        lines.append(contentsOf: planTemplateYAML)
        lines.append("# Rules:")
        for rule in ReviewRule.all {
            lines.append("#   \(rule.id.rawValue): \(rule.firesWhen)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// `setting` padded so that its comment starts where the others' do.
private func aligned(_ setting: String) -> String {
    setting + String(repeating: " ", count: max(1, 27 - setting.count))
}

private func yamlString(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\t": out += "\\t"
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out + "\""
}
