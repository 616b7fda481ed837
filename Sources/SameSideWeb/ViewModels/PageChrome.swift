import Foundation

/// What every page's header and footer show: the title, who is signed in and the CSRF token of the sign-out form.
struct PageChrome: Sendable {
    var title: String
    var userEmail: String?
    var userRole: String?
    var csrfToken: String?
    /// Whether the signed-in user may import and add accounts (managers and admins): the menu shows the import
    /// page then, and the pipeline the account form.
    var canImport = false
    /// Whether the signed-in user is an admin: the menu shows the users page then.
    var isAdmin = false

    init(title: String, context: WebContext) {
        self.title = title
        userEmail = context.user?.email
        userRole = context.user?.role.rawValue
        csrfToken = context.session?.csrfToken
        canImport = context.user.map { $0.role == .manager || $0.role == .admin } ?? false
        isAdmin = context.user?.role == .admin
    }

    /// For pages drawn without a request context (error pages): no signed-in user shown.
    init(title: String) {
        self.title = title
    }
}

/// The page shown for an error, with the same status as the response.
struct ErrorPageView: Sendable {
    var chrome: PageChrome?
    var status: Int
    var title: String
    var message: String

    init(status: Int, title: String, message: String) {
        self.chrome = PageChrome(title: "\(status) \(title)")
        self.status = status
        self.title = title
        self.message = message
    }
}

/// Words for values shown on pages (verdicts and plan health always in words, never only colour).
enum Wording {
    static func amount(_ value: Double?, currency: String) -> String {
        guard let value else { return "—" }
        let rounded = Int(value.rounded())
        let digits = String(abs(rounded))
        var grouped = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped += "," }
            grouped.append(character)
        }
        return "\(rounded < 0 ? "-" : "")\(currency) \(grouped)"
    }

    /// "1 deal", "3 deals".
    static func deals(_ count: Int) -> String { count == 1 ? "1 deal" : "\(count) deals" }

    static func words(_ raw: String) -> String {
        let text = String(raw.map { $0 == "-" || $0 == "_" ? " " : $0 })
        return text.prefix(1).uppercased() + text.dropFirst()
    }
}
