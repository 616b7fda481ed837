import SameSideApp
import SameSideCore
import SameSideStore

/// The form that adds a customer goal to a deal: each field with its value and, after a failed save, its
/// message beside it; on a conflict, what changed meanwhile, with the person's own input kept in the form.
struct GoalFormView: Sendable {
    typealias Field = FormField
    typealias Option = FormOption

    var chrome: PageChrome
    var dealId: String
    var dealLink: String
    var dealName: String
    var dealVersion: Int
    var accountVersion: Int
    var statement: Field
    var textFields: [Field]
    var category: Field
    var categories: [Option]
    var source: Field
    var sources: [Option]
    var hasErrors: Bool
    /// Set when the deal or its account changed since the form was drawn.
    var conflict: String?
    var currentGoals: [String]

    init(
        chrome: PageChrome, deal: Versioned<Opportunity>, account: Versioned<Account>, draft: GoalDraft,
        errors: FieldErrors = FieldErrors(), conflict: String? = nil
    ) {
        self.chrome = chrome
        dealId = deal.value.id.rawValue
        dealLink = "/deals/" + PathEscaping.segment(deal.value.id.rawValue)
        dealName = deal.value.name
        dealVersion = deal.version
        accountVersion = account.version
        statement = Field(
            name: "statement", label: "What the customer wants to achieve", value: draft.statement,
            error: errors["statement"], hint: "In their words, such as \"cut scrap on line 3 before the audit\".")
        textFields = [
            Field(
                name: "metric", label: "Measure (optional)", value: draft.metric, error: errors["metric"],
                hint: "What you would count, such as \"scrap rate %\"."),
            Field(
                name: "baseline", label: "Today's value (optional)", value: draft.baseline, error: errors["baseline"]),
            Field(name: "target", label: "Target value (optional)", value: draft.target, error: errors["target"]),
            Field(
                name: "due", label: "Due (optional)", value: draft.due, error: errors["due"], hint: "YYYY-MM-DD"),
        ]
        category = Field(
            name: "category", label: "Kind of goal (optional)", value: draft.category, error: errors["category"])
        categories =
            [Option(value: "", label: "Not set", selected: draft.category.isEmpty)]
            + GoalCategory.allCases.map {
                Option(value: $0.rawValue, label: Wording.words($0.rawValue), selected: $0.rawValue == draft.category)
            }
        source = Field(name: "source", label: "Who stated it", value: draft.source, error: errors["source"])
        sources = [
            Option(
                value: GoalSource.customerStated.rawValue, label: "The customer said it",
                selected: draft.source == GoalSource.customerStated.rawValue),
            Option(
                value: GoalSource.sellerAssumed.rawValue, label: "Our assumption, still to confirm with them",
                selected: draft.source == GoalSource.sellerAssumed.rawValue),
        ]
        hasErrors = !errors.isEmpty
        self.conflict = conflict
        let served = Set(deal.value.goalIds)
        currentGoals = account.value.goals.filter { served.contains($0.id) }.map(\.statement)
    }
}
