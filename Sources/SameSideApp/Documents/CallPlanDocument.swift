import SameSideCore

/// Lays a call plan out as a document (text or Markdown).
public enum CallPlanDocument {
    public static func make(_ plan: CallPlan) -> Document {
        var subtitle = ["\(plan.customerName) · deal \(plan.dealId)"]
        subtitle.append(
            plan.meetingChosen
                ? "Suggested meeting: \(plan.meeting.rawValue) (\(plan.meetingReason))"
                : "Meeting: \(plan.meeting.rawValue)")
        var blocks: [Document.Block] = [
            .heading("Goal of the meeting, for \(plan.customerName)"),
            .paragraph([.plain(plan.goal)]),
            .heading("Agenda"),
            .table(
                headers: ["#", "Topic", "Minutes"],
                rows: plan.agenda.enumerated().map { index, item in
                    [[.plain(String(index + 1))], [.plain(item.topic)], [.plain(String(item.minutes))]]
                }, numeric: [0, 2]),
            .heading("Questions to ask"),
            .list(
                plan.questions.map { question in
                    var line: Document.Line = [
                        .strong(question.text), .plain(" — closes "), .plain(question.closes),
                        .plain(": \(question.why)"),
                    ]
                    if let rule = question.reviewRule?.rawValue, rule != question.closes {
                        line.append(.plain(" (review: \(rule))"))
                    }
                    return line
                }),
            .heading("Who from \(plan.customerName) should be there"),
        ]
        if plan.attendees.isEmpty {
            blocks.append(.paragraph([.warning("Nobody from \(plan.customerName) is known for this meeting yet.")]))
        } else {
            blocks.append(.list(plan.attendees.map { [.strong($0.person), .plain(" — \($0.note)")] }))
        }
        if !plan.missingRoles.isEmpty {
            blocks.append(
                .list(
                    plan.missingRoles.map { missing in
                        [.warning("Missing: \(missing.role.rawValue)"), .plain(" — \(missing.suggestion)")]
                    }))
        }
        blocks.append(.heading("\(plan.customerName) should leave with"))
        blocks.append(.list(plan.customerLeavesWith.map { [.plain($0)] }))
        blocks.append(.heading("Buying step to agree on"))
        if let step = plan.nextStep {
            var line: Document.Line = [.strong(step.title)]
            if let owner = step.owner { line.append(.plain(" — owner \(owner)")) }
            if let due = step.due { line.append(.plain(", due \(due)")) }
            if !step.known { line.append(.plain(" (not yet in the plan: add it with \(plan.customerName))")) }
            blocks.append(.paragraph(line))
        } else {
            blocks.append(.paragraph([.plain("Every known step is done.")]))
        }
        return Document(
            title: "Call plan: \(plan.meeting.rawValue) with \(plan.customerName)", subtitle: subtitle, blocks: blocks)
    }
}
