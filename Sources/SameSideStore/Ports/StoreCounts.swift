/// How many accounts and deals are stored.
public struct StoreCounts: Equatable, Sendable {
    public var accounts: Int
    public var opportunities: Int

    public init(accounts: Int, opportunities: Int) {
        self.accounts = accounts
        self.opportunities = opportunities
    }
}
