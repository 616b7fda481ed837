/// A whole pipeline file: the seller, their accounts and their deals (`sameside.pipeline/1`).
public struct Pipeline: Equatable, Sendable {
    /// The only format this version reads and writes.
    public static let formatName = "sameside.pipeline/1"

    /// The day the data describes; the review uses it as "today" unless told otherwise.
    public var asOf: Day?
    /// ISO currency code for every amount in the file (default `USD`).
    public var currency: String
    public var seller: Seller?
    public var accounts: [Account]
    public var opportunities: [Opportunity]
    /// Fields this version does not know, kept so that they are written back out.
    public var extra: JSONObject

    public init(
        asOf: Day? = nil, currency: String = "USD", seller: Seller? = nil, accounts: [Account] = [],
        opportunities: [Opportunity] = [], extra: JSONObject = [:]
    ) {
        self.asOf = asOf
        self.currency = currency
        self.seller = seller
        self.accounts = accounts
        self.opportunities = opportunities
        self.extra = extra
    }

    /// The header of the pipeline: everything but accounts and deals (line 1 of the JSON Lines form).
    public var header: PipelineHeader {
        PipelineHeader(asOf: asOf, currency: currency, seller: seller, extra: extra)
    }

    /// The account with this id, if any. O(n).
    public func account(_ id: AccountID) -> Account? { accounts.first { $0.id == id } }

    /// The deal with this id, if any. O(n).
    public func opportunity(_ id: DealID) -> Opportunity? { opportunities.first { $0.id == id } }
}

/// The first line of a JSON Lines pipeline: format, `asOf`, currency and seller.
public struct PipelineHeader: Equatable, Sendable {
    public var asOf: Day?
    public var currency: String
    public var seller: Seller?
    public var extra: JSONObject

    public init(asOf: Day? = nil, currency: String = "USD", seller: Seller? = nil, extra: JSONObject = [:]) {
        self.asOf = asOf
        self.currency = currency
        self.seller = seller
        self.extra = extra
    }
}
