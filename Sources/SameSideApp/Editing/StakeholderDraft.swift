import SameSideCore

/// A person on the customer's side as typed into the account's form: checked by ``validated(id:)`` into a
/// ``Stakeholder`` or a message per field. Pure.
public struct StakeholderDraft: Equatable, Sendable {
    public var name: String
    public var title: String
    public var roles: [String]
    public var stance: String
    public var lastContact: String
    public var personalWin: String

    public init(
        name: String = "", title: String = "", roles: [String] = [], stance: String = "", lastContact: String = "",
        personalWin: String = ""
    ) {
        self.name = name
        self.title = title
        self.roles = roles
        self.stance = stance
        self.lastContact = lastContact
        self.personalWin = personalWin
    }

    /// The draft of `person` as stored (what the edit form starts from).
    public init(_ person: Stakeholder) {
        self.init(
            name: person.name, title: person.title ?? "", roles: person.roles.map(\.rawValue),
            stance: person.stance?.rawValue ?? "", lastContact: person.lastContact?.description ?? "",
            personalWin: person.personalWin ?? "")
    }

    public func validated(id: StakeholderID) -> Result<Stakeholder, FieldErrors> {
        var errors = FieldErrors()
        let name = self.name.trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty { errors["name"] = "Give the person's name." }
        for (field, value) in [("name", name), ("title", title), ("personalWin", personalWin)]
        where value.count > DealDraft.maxText {
            errors[field] = "Keep it under \(DealDraft.maxText) characters."
        }
        var roles: [StakeholderRole] = []
        for text in self.roles where !text.isEmpty {
            if let role = StakeholderRole(rawValue: text) {
                if !roles.contains(role) { roles.append(role) }
            } else {
                errors["roles"] =
                    "Pick roles from: \(StakeholderRole.allCases.map(\.rawValue).joined(separator: ", "))."
            }
        }
        let stance = ActivityDraft.choice(Stance.self, self.stance, field: "stance", into: &errors)
        let lastContact = DateField.parse(lastContact, field: "lastContact", into: &errors)
        guard errors.isEmpty else { return .failure(errors) }
        let title = self.title.trimmingCharacters(in: .whitespaces)
        let win = personalWin.trimmingCharacters(in: .whitespacesAndNewlines)
        return .success(
            Stakeholder(
                id: id, name: name, title: title.isEmpty ? nil : title, roles: roles,
                personalWin: win.isEmpty ? nil : win, stance: stance, lastContact: lastContact))
    }
}
