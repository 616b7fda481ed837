import SameSideApp
import SameSideCore
import SameSideStore

/// The form that edits a deal's own fields (name, stage, amount, close date, owner, the customer's pause),
/// each with its message beside it after a failed save; on a conflict, what is stored now beside the
/// person's input, which stays in the form.
struct DealFormView: Sendable {
    var chrome: PageChrome
    var dealLink: String
    var dealName: String
    var version: Int
    var fields: [FormField]
    var hasErrors: Bool
    var conflict: String?
    var stored: [FormField]

    init(
        chrome: PageChrome, deal: Versioned<Opportunity>, draft: DealDraft, errors: FieldErrors = FieldErrors(),
        conflict: String? = nil
    ) {
        self.chrome = chrome
        dealLink = "/deals/" + PathEscaping.segment(deal.value.id.rawValue)
        dealName = deal.value.name
        version = deal.version
        fields = Self.fields(draft, errors: errors)
        hasErrors = !errors.isEmpty
        self.conflict = conflict
        stored = conflict == nil ? [] : Self.fields(DealDraft(deal.value), errors: FieldErrors())
    }

    static func fields(_ draft: DealDraft, errors: FieldErrors) -> [FormField] {
        [
            FormField(name: "name", label: "Deal name", value: draft.name, error: errors["name"]),
            FormField(
                name: "stage", label: "Our stage", value: draft.stage, error: errors["stage"],
                hint: "As your CRM names it; the review sets the buyer-verified stage beside it."),
            FormField(name: "amount", label: "Amount", value: draft.amount, error: errors["amount"]),
            FormField(
                name: "closeDate", label: "Close date", value: draft.closeDate, error: errors["closeDate"],
                hint: "YYYY-MM-DD. A new date is kept in the deal's history."),
            FormField(
                name: "owner", label: "Owner", value: draft.owner, error: errors["owner"],
                hint: "A user's email or name; anything else leaves the deal unassigned."),
            FormField(
                name: "pausedUntil", label: "Paused until (optional)", value: draft.pausedUntil,
                error: errors["pausedUntil"], hint: "Only when the customer asked to wait. YYYY-MM-DD."),
            FormField(
                name: "pauseReason", label: "Why they asked to wait", value: draft.pauseReason,
                error: errors["pauseReason"]),
        ]
    }
}
