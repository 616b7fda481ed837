import SameSideCore

/// The deal page's form that makes a share link: a contact picked from the account's people and the days the
/// link lives; and the page that shows a new link's URL, once.
struct DealShareFormView: Sendable {
    struct Contact: Sendable {
        var id: String
        var label: String
    }

    var action: String
    var csrfToken: String
    var contacts: [Contact]
    var hasContacts: Bool
    var defaultDays = 30
    var maximumDays = ShareLinks.maximumDays

    init(deal: Opportunity, account: Account, csrfToken: String) {
        action = "/deals/\(PathEscaping.segment(deal.id.rawValue))/share-links"
        self.csrfToken = csrfToken
        contacts = account.stakeholders.map {
            Contact(id: $0.id.rawValue, label: $0.name + ($0.title.map { ", \($0)" } ?? ""))
        }
        hasContacts = !contacts.isEmpty
    }
}

/// The page after a link is made: its URL, shown this once (only its hash is stored).
struct ShareCreatedView: Sendable {
    var chrome: PageChrome
    var dealName: String
    var dealLink: String
    var contact: String
    var expires: String
    var url: String
}
