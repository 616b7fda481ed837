/// One CRM export row as SameSide sees it: the deal and the account it belongs to.
///
/// The account carries only what a CRM row tells (id and name); an import must not overwrite
/// what SameSide knows about it beyond that.
public struct CRMRecord: Equatable, Sendable {
    public var account: Account
    public var opportunity: Opportunity
    /// The 1-based line the row starts on.
    public var line: Int

    public init(account: Account, opportunity: Opportunity, line: Int) {
        self.account = account
        self.opportunity = opportunity
        self.line = line
    }
}
