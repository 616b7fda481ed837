/// A team's thresholds and choices for the deal review.
///
/// The built-in ``Playbook/standard`` is what `sameside review --print-playbook` prints; a
/// playbook file overrides any of its keys (see ``Playbook/init(json:)``).
public struct Playbook: Equatable, Sendable {
    /// Days without customer-facing activity before a deal is `stale`.
    public var staleDays: Int
    /// Unanswered seller outreaches in a row that count as chasing.
    public var chasingCount: Int
    /// Days of customer silence, after they had engaged, that count as `ghosted`.
    public var ghostedDays: Int
    /// Window in days in which a customer-initiated touch counts as recent pull.
    public var pullWindowDays: Int
    /// Days in one seller stage before the deal is `stalled-in-stage`.
    public var stalledStageDays: Int
    /// Close-date pushes before `close-date-slipped` fires.
    public var closeDateSlips: Int
    /// Engaged customer people a late-stage deal should have.
    public var minContacts: Int
    /// The first rung of the ladder counted as late stage.
    public var lateStageFrom: BuyerStage
    /// Months of inaction cost to sum when no compelling event date is known.
    public var inactionHorizonMonths: Int
    /// Seller stage name (lowercased) → ladder rung; checked before the built-in tables.
    public var stageMapping: [String: BuyerStage]
    /// Rules that never run.
    public var disabledRules: Set<RuleID>
    /// Severity that replaces a rule's own.
    public var severityOverrides: [RuleID: Severity]
    /// Steps a customer can still read as one plan; more fires `plan-too-long`.
    public var maxPlanSteps: Int
    /// Moves of one step's due date before `step-dates-moved` fires.
    public var stepDateMoves: Int
    /// Mutual-plan templates per deal type, by name; `standard` overrides the built-in ``PlanTemplate/standard``.
    public var planTemplates: [String: PlanTemplate]
    /// The team's currency (an uppercase three-letter code such as `EUR`): a CRM CSV import labels amounts the
    /// file names no currency for with it, unless `--currency` gives another. `nil`: such amounts stay without one.
    public var currency: String?

    public init(
        staleDays: Int = 30, chasingCount: Int = 3, ghostedDays: Int = 14, pullWindowDays: Int = 21,
        stalledStageDays: Int = 45, closeDateSlips: Int = 2, minContacts: Int = 3,
        lateStageFrom: BuyerStage = .proposal, inactionHorizonMonths: Int = 12,
        stageMapping: [String: BuyerStage] = [:], disabledRules: Set<RuleID> = [],
        severityOverrides: [RuleID: Severity] = [:], maxPlanSteps: Int = 30, stepDateMoves: Int = 2,
        planTemplates: [String: PlanTemplate] = [:], currency: String? = nil
    ) {
        self.staleDays = staleDays
        self.chasingCount = chasingCount
        self.ghostedDays = ghostedDays
        self.pullWindowDays = pullWindowDays
        self.stalledStageDays = stalledStageDays
        self.closeDateSlips = closeDateSlips
        self.minContacts = minContacts
        self.lateStageFrom = lateStageFrom
        self.inactionHorizonMonths = inactionHorizonMonths
        self.stageMapping = stageMapping
        self.disabledRules = disabledRules
        self.severityOverrides = severityOverrides
        self.maxPlanSteps = maxPlanSteps
        self.stepDateMoves = stepDateMoves
        self.planTemplates = planTemplates
        self.currency = currency
    }

    /// The plan template called `name`: the playbook's, else the built-in `standard`; `nil` when unknown. Pure.
    public func planTemplate(named name: String) -> PlanTemplate? {
        planTemplates[name] ?? (name == PlanTemplate.standard.name ? .standard : nil)
    }

    /// The names of the plan templates there are, `standard` first.
    public var planTemplateNames: [String] {
        [PlanTemplate.standard.name] + planTemplates.keys.filter { $0 != PlanTemplate.standard.name }.sorted()
    }

    /// `code` uppercased when it is three ASCII letters (`eur` → `EUR`), else `nil`. Pure.
    public static func currencyCode(_ code: String) -> String? {
        let upper = code.uppercased()
        guard upper.count == 3, upper.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        return upper
    }

    /// The built-in playbook.
    public static let standard = Playbook()

    /// The whole-number settings with their allowed ranges, in documentation order.
    static var numberKeys: [(key: String, range: ClosedRange<Int>, path: WritableKeyPath<Playbook, Int>)] {
        [
            ("staleDays", 1...3650, \.staleDays), ("chasingCount", 1...100, \.chasingCount),
            ("ghostedDays", 1...3650, \.ghostedDays), ("pullWindowDays", 1...3650, \.pullWindowDays),
            ("stalledStageDays", 1...3650, \.stalledStageDays), ("closeDateSlips", 1...100, \.closeDateSlips),
            ("minContacts", 1...100, \.minContacts), ("inactionHorizonMonths", 1...120, \.inactionHorizonMonths),
            ("maxPlanSteps", 1...1000, \.maxPlanSteps), ("stepDateMoves", 1...100, \.stepDateMoves),
        ]
    }
}
