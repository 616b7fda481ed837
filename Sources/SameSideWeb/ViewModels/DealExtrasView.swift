import SameSideApp
import SameSideCore

/// The parts of the deal page drawn from the business case and the call plan: what the case says in the
/// customer's numbers (or which numbers a draft still needs), and the plan for the next meeting.
struct DealCaseView: Sendable, Hashable {
    var lines: [String]
    var isDraft: Bool
    var needs: [String]
    var packLink: String

    init(selected: SelectedDeal, link: String) {
        packLink = link
        if let draft = BusinessCaseUseCase.draft(for: selected) {
            isDraft = true
            lines = ["No business-case figures yet: a draft lists the numbers still needed."]
            needs = draft.needs.map { "\($0.what) (from \($0.from))" }
            return
        }
        isDraft = false
        needs = []
        do {
            let pack = try BusinessCaseUseCase.approvalPack(for: selected, source: "the deal")
            let result = pack.analysis.result
            let currency = selected.header.currency
            var lines: [String] = []
            if let payback = result.paybackMonths {
                lines.append("Pays back in \(NumberField.text((payback * 10).rounded() / 10)) months")
            } else {
                lines.append("Does not pay back within \(result.horizonMonths) months")
            }
            lines.append(
                "Net present value \(Wording.amount(result.npv, currency: currency)) over \(result.horizonMonths) months"
            )
            lines.append(
                "Each month of delay costs them \(Wording.amount(result.costOfDelayPerMonth, currency: currency))")
            lines.append(
                result.meetsHurdles
                    ? "Meets their financial hurdles"
                    : "Misses their hurdles: " + result.hurdleFailures.joined(separator: "; "))
            self.lines = lines
        } catch {
            lines = ["The business case cannot be computed: \(error.description)"]
        }
    }
}

/// The call plan for the next meeting, as the deal page shows it.
struct DealCallPlanView: Sendable, Hashable {
    struct Item: Sendable, Hashable {
        var topic: String
        var minutes: Int
    }

    struct Question: Sendable, Hashable {
        var text: String
        var why: String
    }

    var meeting: String
    var reason: String
    var goal: String
    var agenda: [Item]
    var questions: [Question]
    var leavesWith: [String]

    init(_ plan: CallPlan) {
        meeting = Wording.words(plan.meeting.rawValue)
        reason = plan.meetingReason
        goal = plan.goal
        agenda = plan.agenda.map { Item(topic: $0.topic, minutes: $0.minutes) }
        questions = plan.questions.map { Question(text: $0.text, why: $0.why) }
        leavesWith = plan.customerLeavesWith
    }
}
