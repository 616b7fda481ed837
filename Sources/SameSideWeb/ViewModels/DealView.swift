import Mustache
import SameSideApp
import SameSideCore
import SameSideStore

/// The deal page: the customer's goals and need, the buying plan, the people, the review's findings and the
/// activity timeline, all as display strings (Mustache escapes every one of them).
struct DealView: Sendable {
    struct Goal: Sendable {
        var statement: String
        var measure: String?
        var due: String?

        /// A customer goal as the deal and account pages show it: "scrap %: 4.5 → 2 (due 2027-03-31)".
        init(_ goal: SameSideCore.Goal) {
            statement = goal.statement
            measure = goal.metric.map { metric in
                let from = goal.baseline.map(NumberField.text) ?? "?"
                let to = goal.target.map(NumberField.text) ?? "?"
                return "\(metric): \(from) → \(to)"
            }
            due = goal.due?.description
        }
    }

    struct Step: Sendable, Hashable {
        var title: String
        var status: String
        var due: String
        var owner: String
        var editLink: String
        /// Whether the row links to the step's form (the deal's ``DealView/canEdit``, set when items render).
        var canEdit = false
    }

    struct Person: Sendable, Hashable {
        var name: String
        var title: String?
        var roles: String
        var stance: String
        var lastContact: String
        /// The person's edit form (the account page sets it).
        var personEditLink: String?

        /// A person on the customer's side as the deal and account pages show them.
        init(_ person: Stakeholder) {
            name = person.name
            title = person.title
            roles = person.roles.map { Wording.words($0.rawValue) }.joined(separator: ", ")
            stance = person.stance.map { Wording.words($0.rawValue) } ?? "Unknown"
            lastContact = person.lastContact?.description ?? "—"
        }
    }

    struct FindingView: Sendable, Hashable {
        var severity: String
        var title: String
        var evidence: [String]
        var questions: [String]
        var nextAction: String
    }

    struct Event: Sendable, Hashable {
        var date: String
        var kind: String
        var direction: String
        var summary: String
        /// An outbound text with the coach's marks (empty when the coach found nothing or it is not ours).
        var markedText: [CoachView.Segment] = []
        var hasMarks = false
        var suggestions: [String] = []
    }

    var chrome: PageChrome
    var name: String
    var accountName: String
    var owner: String
    var amount: String
    var closeDate: String
    var verdict: String
    var verdictLabel: String
    var health: Int
    var buyerStage: String
    var sellerStage: String
    var planStatus: String
    var goals: [Goal]
    var hasGoals: Bool
    var need: String?
    var costOfInaction: String?
    var steps: [Step]
    /// `steps`, `findings` and `events` as HTML, rendered by ``renderItems(with:library:)``.
    var stepRows: [Shown] = []
    var findingItems: [Shown] = []
    var eventItems: [Shown] = []
    var personItems: [Shown] = []
    /// The business case and call plan sections as HTML (nil when the deal has none).
    var caseHTML: Shown?
    var callPlanHTML: Shown?
    var hasSteps: Bool
    var people: [Person]
    var hasPeople: Bool
    var findings: [FindingView]
    var hasFindings: Bool
    var businessCaseScore: Int
    var events: [Event]
    var hasEvents: Bool
    /// Whether the user may change the deal (then the page links to its forms).
    var canEdit = false
    var goalFormLink: String
    var accountLink: String
    var editLink: String
    var activityFormLink: String
    var stepFormLink: String
    /// Whether the deal is unassigned and the user may take it (then the page shows the button).
    var canTake = false
    var takeAction: String
    /// The customer's pause, when it is still running: "until 2027-01-15: budget freeze".
    var pause: String?
    var businessCase: DealCaseView?
    var callPlan: DealCallPlanView?
    /// The links that share this deal's plan with the customer's contacts (`sameside plan-share`).
    var shareLinks: [ShareLinkRow] = []
    var hasShareLinks = false
    /// The form that makes a share link, for users who may change the deal.
    var shareForm: DealShareFormView?

    struct ShareLinkRow: Sendable {
        var id: String
        var contact: String
        var created: String
        var expires: String
        var status: String
        var lastUsed: String
        /// Where the revoke button posts, for an active link on a deal the user may change.
        var revokeAction: String?
        var csrfToken: String?

        init(_ link: ShareLinkRecord, now: Int) {
            func day(_ seconds: Int) -> String { Day(ordinal: seconds / 86_400).description }
            id = link.id
            contact = link.contact
            created = day(link.createdAt)
            expires = day(link.expiresAt)
            status = link.revokedAt != nil ? "Revoked" : link.expiresAt <= now ? "Expired" : "Active"
            lastUsed = link.lastUsedAt.map(day) ?? "never"
        }
    }
    var coachLink: String
    /// `/deals/{id}/plan`, to which the page adds `.ics`, `.md` or `.json`.
    var planLink: String

    init(
        deal: Opportunity, account: Account?, owner: UserRecord?, review: DealReview, currency: String,
        chrome: PageChrome, coach: (String) -> CoachReport? = { _ in nil }
    ) {
        self.chrome = chrome
        accountLink = "/accounts/\(PathEscaping.segment(deal.accountId.rawValue))"
        pause = review.pause.map { "until \($0.until)" + ($0.reason.map { ": \($0)" } ?? "") }
        activityFormLink = "/deals/\(PathEscaping.segment(deal.id.rawValue))/activities/new"
        editLink = "/deals/\(PathEscaping.segment(deal.id.rawValue))/edit"
        goalFormLink = "/deals/\(PathEscaping.segment(deal.id.rawValue))/goals/new"
        stepFormLink = "/deals/\(PathEscaping.segment(deal.id.rawValue))/steps/new"
        takeAction = "/deals/\(PathEscaping.segment(deal.id.rawValue))/take"
        coachLink = "/coach?deal=\(PathEscaping.query(deal.id.rawValue))"
        planLink = "/deals/\(PathEscaping.segment(deal.id.rawValue))/plan"
        name = deal.name
        accountName = account?.name ?? deal.accountId.rawValue
        self.owner = owner.map { $0.name ?? $0.email } ?? (deal.owner.map { "\($0) (unassigned)" } ?? "unassigned")
        amount = Wording.amount(deal.amount, currency: currency)
        closeDate = deal.closeDate?.description ?? "—"
        verdict = review.verdict.rawValue
        verdictLabel = review.verdict.label
        health = review.scores.health
        buyerStage = Wording.words(review.buyerVerifiedStage.rawValue)
        sellerStage = review.sellerStageName ?? "—"
        planStatus = review.planStatus.label
        let served = Set(deal.goalIds)
        goals = (account?.goals ?? []).filter { served.contains($0.id) }.map(Goal.init)
        hasGoals = !goals.isEmpty
        need = deal.needToChange?.trigger
        costOfInaction = deal.needToChange?.costOfInactionPerMonth.map {
            Wording.amount($0, currency: currency) + " a month"
        }
        let stakeholders = account?.stakeholders ?? []
        // Relative due dates ("10 days after the business case") shown as the day they resolve to.
        steps = PlanDates.resolved(deal.buyingProcess).map { step in
            let who = step.ownerStakeholderId.flatMap { id in stakeholders.first { $0.id == id }?.name }
            return Step(
                title: step.title, status: step.status.map { Wording.words($0.rawValue) } ?? "Not set",
                due: step.due?.description ?? "—", owner: who ?? step.owner.map { Wording.words($0.rawValue) } ?? "—",
                editLink:
                    "/deals/\(PathEscaping.segment(deal.id.rawValue))/steps/\(PathEscaping.segment(step.id.rawValue))/edit"
            )
        }
        hasSteps = !steps.isEmpty
        people = stakeholders.map(Person.init)
        hasPeople = !people.isEmpty
        findings = review.findings.map {
            FindingView(
                severity: Wording.words($0.severity.rawValue), title: $0.title, evidence: $0.evidence,
                questions: $0.questions, nextAction: $0.nextAction)
        }
        hasFindings = !findings.isEmpty
        businessCaseScore = review.scores.businessCase
        events = deal.activities.sorted { $0.date > $1.date }.map { activity in
            var event = Event(
                date: activity.date.description, kind: activity.type.map { Wording.words($0.rawValue) } ?? "Activity",
                direction: Wording.words(activity.direction.rawValue),
                summary: activity.summary ?? activity.text ?? "")
            // Our own texts carry the coach's marks, so a manager sees how we wrote to the customer.
            if activity.direction == .outbound, let text = activity.text, let report = coach(text),
                !report.findings.isEmpty
            {
                event.markedText = CoachView.segments(text, report.findings)
                event.hasMarks = true
                event.suggestions = report.findings.prefix(3).map { "“\($0.text)”: \($0.suggestion)" }
            }
            return event
        }
        hasEvents = !events.isEmpty
    }

    /// Renders the steps, findings, timeline entries, people, business case and call plan through `fragments`
    /// (each once per content).
    mutating func renderItems(with fragments: RenderedFragments, library: MustacheLibrary) {
        for index in steps.indices { steps[index].canEdit = canEdit }
        stepRows = steps.map { fragments.html($0, template: "deal-step", library: library) }
        findingItems = findings.map { fragments.html($0, template: "deal-finding", library: library) }
        eventItems = events.map { fragments.html($0, template: "deal-event", library: library) }
        personItems = people.map { fragments.html($0, template: "deal-person", library: library) }
        caseHTML = businessCase.map { fragments.html($0, template: "deal-case", library: library) }
        callPlanHTML = callPlan.map { fragments.html($0, template: "deal-call-plan", library: library) }
    }
}
