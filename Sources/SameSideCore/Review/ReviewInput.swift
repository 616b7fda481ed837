/// Everything one review of one deal looks at: the deal, its account, the seller, the playbook
/// and the day the review is "as of". Derived facts are computed once, on creation.
///
/// A class with constant properties: every rule and score reads the same input, and handing a
/// struct this large around copied (retained) each of its arrays and strings every time.
public final class ReviewInput: Sendable {
    public let deal: Opportunity
    public let account: Account
    public let seller: Seller?
    public let playbook: Playbook
    public let asOf: Day
    /// ISO code for amounts in evidence.
    public let currency: String
    /// Kinds of facts the deal's source could not carry and nobody added since: rules that need them
    /// stay silent, and `what-we-dont-know-yet` asks for them.
    public let unknownFacts: Set<FactKind>
    /// Facts derived once from the above, shared by every rule.
    public let facts: DealFacts
    /// Names and phrases the rules quote, worked out once.
    let people: ReviewPeople

    /// Builds the input and its derived facts. Pure.
    ///
    /// - Parameter account: the deal's account; `nil` when the file lacks it (the review then
    ///   treats the customer as unknown).
    public init(
        deal: Opportunity, account: Account?, seller: Seller?, playbook: Playbook = .standard, asOf: Day,
        currency: String = "USD"
    ) {
        let account = account ?? Account(id: deal.accountId, name: deal.accountId.rawValue)
        self.deal = deal
        self.account = account
        self.seller = seller
        self.playbook = playbook
        self.asOf = asOf
        // A pipeline file's deal knows everything it could; only a CSV deal records what it could carry.
        let fromCSV = deal.sourceCarries != nil
        unknownFacts = fromCSV ? Set(FactKind.allCases.filter { !deal.knows($0, account: account) }) : []
        // A CSV deal's amount is in the currency its row gave, or in none: never a guessed default.
        let labelled = deal.crmCurrency ?? (fromCSV ? "" : currency)
        self.currency = labelled
        let facts = DealFacts(deal: deal, account: account, playbook: playbook, asOf: asOf)
        self.facts = facts
        self.people = ReviewPeople(deal: deal, account: account, facts: facts, currency: labelled)
    }
}
