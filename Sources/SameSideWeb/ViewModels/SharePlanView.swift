import SameSideCore

/// What the share page shows the customer: their plan, nothing of ours (no findings, notes or amounts), and the
/// forms with which the link's contact changes their own steps, adds one or comments.
struct SharePlanView: Sendable {
    struct GoalRow: Sendable {
        var text: String
    }

    struct StepRow: Sendable {
        var title: String
        var owner: String
        var due: String
        var status: String
        var blocker: String?
        /// The step's id as a path segment (for the form actions).
        var path: String
        /// A position-based id for the HTML `id`s of this step's fields.
        var anchor: String
        /// Whether the contact may change it: theirs or joint, not cancelled, not done.
        var canChange: Bool
        /// The date input's value (`YYYY-MM-DD`), or empty.
        var dueValue: String
    }

    struct Reason: Sendable {
        var value: String
        var label: String
    }

    var title: String
    var account: String
    var asOf: String
    var health: String
    var goals: [GoalRow]
    var hasGoals: Bool
    var steps: [StepRow]
    var changeable: [StepRow]
    var hasChangeable: Bool
    var delay: [String]
    var hasDelay: Bool
    /// The token, for the download links (already URL-safe: `SessionTokens.isWellFormed`).
    var token: String
    /// The form key every form posts back (see `ShareFormKey`).
    var formKey: String
    /// Who the link is for, as the forms say it.
    var contact: String
    var reasons: [Reason]
    /// `webcal://host/share/…/feed.ics`, when the request named a host we can repeat.
    var webcalURL: String?
    var saved: Bool
    var error: String?

    init(
        plan: PlanView, token: String, formKey: String = "", contact: String = "", host: String? = nil,
        saved: Bool = false, error: String? = nil
    ) {
        title = plan.dealName
        account = plan.accountName
        asOf = plan.asOf.description
        health = plan.health.status.label
        goals = plan.goals.map { GoalRow(text: PlanExport.goalText($0)) }
        hasGoals = !goals.isEmpty
        steps = plan.steps.enumerated().map { index, step in
            let theirs = (step.owner == .customer || step.owner == .joint) && !step.isCancelled && !step.isDone
            return StepRow(
                title: step.title, owner: plan.owner(of: step), due: step.due?.description ?? "—",
                status: PlanView.status(of: step), blocker: step.blocker, path: PathEscaping.segment(step.id.rawValue),
                anchor: "s\(index + 1)", canChange: theirs,
                dueValue: step.due?.description ?? "")
        }
        changeable = steps.filter(\.canChange)
        hasChangeable = !changeable.isEmpty
        delay = plan.health.customerLines
        hasDelay = !delay.isEmpty
        self.token = token
        self.formKey = formKey
        self.contact = contact
        reasons = DueChangeReason.allCases.filter { $0 != .other }.map {
            Reason(value: $0.rawValue, label: $0.displayName.prefix(1).uppercased() + $0.displayName.dropFirst())
        }
        webcalURL = host.flatMap(Self.repeatableHost).map { "webcal://\($0)/share/\(token)/feed.ics" }
        self.saved = saved
        self.error = error
    }

    /// `host` when it is a plain host name or address with an optional port (a Host header is the client's to
    /// choose; anything else is left out of the page).
    static func repeatableHost(_ host: String) -> String? {
        guard !host.isEmpty, host.utf8.count <= 255,
            host.utf8.allSatisfy({ byte in
                (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                    || [UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: ":"), UInt8(ascii: "["), UInt8(ascii: "]")]
                        .contains(byte)
            })
        else { return nil }
        return host
    }
}
