/// One `<select>` of a form as the `select-field` partial draws it: its choices, its label, an optional hint
/// and after a failed save the message shown beside it (announced through `aria-describedby`).
struct SelectField: Sendable {
    var name: String
    var label: String
    var options: [FormOption]
    var error: String?
    var hint: String?
}
