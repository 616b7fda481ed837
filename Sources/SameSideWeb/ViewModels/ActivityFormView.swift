import SameSideApp
import SameSideCore
import SameSideStore

/// The form that logs a touch with the customer on a deal: when, what, which way, who, what happened, the
/// message itself (so the coach can mark it), and what the customer committed to.
struct ActivityFormView: Sendable {
    struct Person: Sendable {
        var id: String
        var name: String
        var checked: Bool
    }

    var chrome: PageChrome
    var dealLink: String
    var dealName: String
    var version: Int
    var date: FormField
    var type: FormField
    var types: [FormOption]
    var direction: FormField
    var directions: [FormOption]
    var initiatedBy: FormField
    var initiators: [FormOption]
    var people: [Person]
    var hasPeople: Bool
    var peopleError: String?
    var texts: [FormField]
    var hasErrors: Bool
    var conflict: String?

    init(
        chrome: PageChrome, deal: Versioned<Opportunity>, account: Account, draft: ActivityDraft,
        errors: FieldErrors = FieldErrors(), conflict: String? = nil
    ) {
        self.chrome = chrome
        dealLink = "/deals/" + PathEscaping.segment(deal.value.id.rawValue)
        dealName = deal.value.name
        version = deal.version
        date = FormField(name: "date", label: "Date", value: draft.date, error: errors["date"], hint: "YYYY-MM-DD")
        type = FormField(name: "type", label: "What it was", value: draft.type, error: errors["type"])
        types = Self.options(ActivityType.allCases.map(\.rawValue), selected: draft.type, none: "Not set")
        direction = FormField(name: "direction", label: "Which way", value: draft.direction, error: errors["direction"])
        directions = [
            FormOption(value: "outbound", label: "From us to the customer", selected: draft.direction == "outbound"),
            FormOption(value: "inbound", label: "From the customer to us", selected: draft.direction == "inbound"),
            FormOption(value: "internal", label: "Internal note", selected: draft.direction == "internal"),
        ]
        initiatedBy = FormField(
            name: "initiatedBy", label: "Who reached out", value: draft.initiatedBy, error: errors["initiatedBy"])
        initiators = Self.options(["seller", "customer"], selected: draft.initiatedBy, none: "Not set")
        let chosen = Set(draft.stakeholderIds)
        people = account.stakeholders.map { person in
            Person(
                id: person.id.rawValue, name: person.title.map { "\(person.name) (\($0))" } ?? person.name,
                checked: chosen.contains(person.id.rawValue))
        }
        hasPeople = !people.isEmpty
        peopleError = errors["stakeholderIds"]
        texts = [
            FormField(
                name: "summary", label: "What happened, in a line", value: draft.summary, error: errors["summary"]),
            FormField(
                name: "text", label: "The message itself (optional)", value: draft.text, error: errors["text"],
                hint: "Paste our email or their reply; the coach marks our own texts on the deal page."),
            FormField(
                name: "customerCommitment", label: "What the customer committed to (optional)",
                value: draft.customerCommitment, error: errors["customerCommitment"]),
        ]
        hasErrors = !errors.isEmpty
        self.conflict = conflict
    }

    static func options(_ values: [String], selected: String, none: String) -> [FormOption] {
        [FormOption(value: "", label: none, selected: selected.isEmpty)]
            + values.map { FormOption(value: $0, label: Wording.words($0), selected: $0 == selected) }
    }
}
