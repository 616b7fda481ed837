import SameSideApp
import SameSideCore
import SameSideStore

/// The form that creates or edits a customer company: name, industry, region, size, their business (markets,
/// competitors, strategy) and their financial hurdles, each with its message beside it after a failed save; on
/// a conflict, what is stored now beside the person's input, which stays in the form.
struct AccountFormView: Sendable {
    var chrome: PageChrome
    var backLink: String
    var backLabel: String
    var action: String
    var heading: String
    var button: String
    var version = 0
    var isEdit: Bool
    var company: [FormField]
    var business: [FormField]
    var hurdles: [FormField]
    var hasErrors: Bool
    var conflict: String?
    var stored: [FormField]

    init(
        chrome: PageChrome, account: Versioned<Account>?, draft: AccountDraft, errors: FieldErrors = FieldErrors(),
        conflict: String? = nil
    ) {
        self.chrome = chrome
        if let account {
            backLink = "/accounts/" + PathEscaping.segment(account.value.id.rawValue)
            backLabel = account.value.name
            action = backLink
            heading = "Edit the account"
            button = "Save the account"
            version = account.version
            isEdit = true
        } else {
            backLink = "/"
            backLabel = "Pipeline"
            action = "/accounts"
            heading = "Add an account"
            button = "Add the account"
            isEdit = false
        }
        let fields = Self.fields(draft, errors: errors)
        company = Array(fields[0..<4])
        business = Array(fields[4..<7])
        hurdles = Array(fields[7...])
        hasErrors = !errors.isEmpty
        self.conflict = conflict
        stored = conflict == nil ? [] : account.map { Self.fields(AccountDraft($0.value), errors: FieldErrors()) } ?? []
    }

    static func fields(_ draft: AccountDraft, errors: FieldErrors) -> [FormField] {
        [
            FormField(name: "name", label: "Company name", value: draft.name, error: errors["name"]),
            FormField(name: "industry", label: "Industry (optional)", value: draft.industry, error: errors["industry"]),
            FormField(name: "region", label: "Region (optional)", value: draft.region, error: errors["region"]),
            FormField(
                name: "employees", label: "Employees (optional)", value: draft.employees, error: errors["employees"],
                hint: "A whole number, such as 850."),
            FormField(
                name: "markets", label: "Their markets (optional)", value: draft.markets, error: errors["markets"]),
            FormField(
                name: "competitors", label: "Their competitors (optional)", value: draft.competitors,
                error: errors["competitors"], hint: "Separated by commas."),
            FormField(
                name: "strategy", label: "Their strategy (optional)", value: draft.strategy, error: errors["strategy"]),
            FormField(
                name: "maxPaybackMonths", label: "Longest payback they accept, in months (optional)",
                value: draft.maxPaybackMonths, error: errors["maxPaybackMonths"]),
            FormField(
                name: "hurdleRatePercent", label: "Hurdle rate, in percent (optional)", value: draft.hurdleRatePercent,
                error: errors["hurdleRatePercent"]),
            FormField(
                name: "budgetCycle", label: "Budget cycle (optional)", value: draft.budgetCycle,
                error: errors["budgetCycle"], hint: "When and how they set budgets, such as \"yearly, set in October\"."
            ),
        ]
    }
}
