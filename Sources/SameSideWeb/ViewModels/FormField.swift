/// One field of a form as the templates draw it: its value as typed, its label, an optional hint, and after
/// a failed save the message shown beside it (and announced through `aria-describedby`).
struct FormField: Sendable {
    var name: String
    var label: String
    var value: String
    var error: String?
    var hint: String?
}

/// One choice of a `<select>`.
struct FormOption: Sendable {
    var value: String
    var label: String
    var selected: Bool
}
