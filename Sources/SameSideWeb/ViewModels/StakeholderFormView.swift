import SameSideApp
import SameSideCore
import SameSideStore

/// The form that adds (or edits) a person on the customer's side: name, title, the parts they play in the decision,
/// their stance, the last contact and what they personally win.
struct StakeholderFormView: Sendable {
    struct Role: Sendable {
        var value: String
        var label: String
        var checked: Bool
    }

    var chrome: PageChrome
    var accountLink: String
    var accountName: String
    var action: String
    var heading: String
    var button: String
    var version: Int
    var texts: [FormField]
    var roles: [Role]
    var rolesError: String?
    var stance: FormField
    var stances: [FormOption]
    var hasErrors: Bool
    var conflict: String?
    var people: [String]

    init(
        chrome: PageChrome, account: Versioned<Account>, person: StakeholderID? = nil, draft: StakeholderDraft,
        errors: FieldErrors = FieldErrors(), conflict: String? = nil
    ) {
        self.chrome = chrome
        accountLink = "/accounts/" + PathEscaping.segment(account.value.id.rawValue)
        accountName = account.value.name
        action = accountLink + "/people" + (person.map { "/" + PathEscaping.segment($0.rawValue) } ?? "")
        heading = person == nil ? "Add a person at \(accountName)" : "Edit a person at \(accountName)"
        button = person == nil ? "Add the person" : "Save the person"
        version = account.version
        texts = [
            FormField(name: "name", label: "Name", value: draft.name, error: errors["name"]),
            FormField(name: "title", label: "Title (optional)", value: draft.title, error: errors["title"]),
            FormField(
                name: "lastContact", label: "Last contact (optional)", value: draft.lastContact,
                error: errors["lastContact"], hint: "YYYY-MM-DD"),
            FormField(
                name: "personalWin", label: "What they personally win (optional)", value: draft.personalWin,
                error: errors["personalWin"]),
        ]
        let chosen = Set(draft.roles)
        roles = StakeholderRole.allCases.map {
            Role(value: $0.rawValue, label: Wording.words($0.rawValue), checked: chosen.contains($0.rawValue))
        }
        rolesError = errors["roles"]
        stance = FormField(
            name: "stance", label: "Stance towards the change", value: draft.stance, error: errors["stance"])
        stances = ActivityFormView.options(Stance.allCases.map(\.rawValue), selected: draft.stance, none: "Not known")
        hasErrors = !errors.isEmpty
        self.conflict = conflict
        people = conflict == nil ? [] : account.value.stakeholders.map(\.name)
    }
}
