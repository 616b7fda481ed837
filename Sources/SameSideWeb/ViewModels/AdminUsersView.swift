import SameSideStore

/// The admin's users page: every user with their role, team and whether they may sign in, each with a form to
/// change role and team and one to disable or enable them; after a refused change, the message beside that
/// user's form.
struct AdminUsersView: Sendable {
    struct Row: Sendable {
        var email: String
        var name: String
        var role: String
        var team: String
        var status: String
        var action: String
        var toggleAction: String
        var toggleLabel: String
        var roles: [FormOption]
        var teamValue: String
        var fieldId: String
        var error: String?
        var isSelf: Bool
    }

    var chrome: PageChrome
    var rows: [Row]
    var hasError: Bool

    init(chrome: PageChrome, users: [UserRecord], viewer: UserRecord, errorFor: (id: String, message: String)? = nil) {
        self.chrome = chrome
        rows = users.sorted { $0.email < $1.email }.enumerated().map { index, user in
            let base = "/admin/users/" + PathEscaping.segment(user.id)
            return Row(
                email: user.email, name: user.name ?? "—", role: Wording.words(user.role.rawValue),
                team: user.team ?? "—", status: user.disabled ? "Disabled" : "Active", action: base,
                toggleAction: base + (user.disabled ? "/enable" : "/disable"),
                toggleLabel: user.disabled ? "Enable" : "Disable",
                roles: UserRole.allCases.map {
                    FormOption(value: $0.rawValue, label: Wording.words($0.rawValue), selected: $0 == user.role)
                },
                teamValue: user.team ?? "", fieldId: "u\(index)",
                error: errorFor?.id == user.id ? errorFor?.message : nil, isSelf: user.id == viewer.id)
        }
        hasError = errorFor != nil
    }
}
