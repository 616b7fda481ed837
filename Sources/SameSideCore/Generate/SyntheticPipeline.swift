/// A deterministic synthetic pipeline of any size, for benchmarks and scale tests.
///
/// Accounts and deals are each a pure function of (seed, index), so a million deals are produced
/// one at a time in constant memory. Accounts grow with the deal count up to ``maxAccounts`` and
/// then deals spread over them (about four deals an account in small pipelines). Each deal follows
/// one of several patterns, healthy and unhealthy, with realistic spreads: 2–8 stakeholders,
/// 3–12 buying steps, 0–40 activities with short texts.
public struct SyntheticPipeline: Sendable {
    /// The most accounts a generated pipeline has.
    public static let maxAccounts = 10_000

    public let deals: Int
    public let seed: UInt64
    public let asOf: Day
    /// How many accounts the pipeline has.
    public let accountCount: Int

    /// - Parameters: deals ≥ 0; asOf is "today" for the generated dates.
    public init(deals: Int, seed: UInt64 = 1, asOf: Day) {
        self.deals = max(0, deals)
        self.seed = seed
        self.asOf = asOf
        accountCount = max(1, min(Self.maxAccounts, (self.deals + 3) / 4))
    }

    /// The header: format, asOf, currency and a seller catalogue. Pure.
    public var header: PipelineHeader {
        PipelineHeader(asOf: asOf, currency: "USD", seller: Self.seller)
    }

    static let seller = Seller(
        name: "Synthetic Seller Inc.",
        problemsWeSolve: SyntheticVocabulary.problems.enumerated().map { index, item in
            Problem(id: ProblemID("p\(index + 1)"), statement: item.statement, goalCategories: [item.category])
        },
        icp: IdealCustomerProfile(
            industries: Array(SyntheticVocabulary.industries.prefix(5)),
            employees: EmployeeRange(min: 200, max: 20_000),
            regions: ["NA", "EMEA"], requiredProblems: ["p1"], disqualifiers: ["no production sites"]))

    /// Account `index` (0-based, < ``accountCount``). Pure.
    public func account(at index: Int) -> Account {
        var rng = SplitMix64(seed: seed, stream: 1, index: UInt64(index))
        return SyntheticAccountBuilder(index: index, asOf: asOf).build(using: &rng)
    }

    /// Deal `index` (0-based, < ``deals``), tied to one of the accounts. Pure.
    public func opportunity(at index: Int) -> Opportunity {
        var rng = SplitMix64(seed: seed, stream: 2, index: UInt64(index))
        let accountIndex = rng.int(0...(accountCount - 1))
        let account = self.account(at: accountIndex)
        return SyntheticDealBuilder(index: index, account: account, asOf: asOf).build(using: &rng)
    }

    /// Every record in file order: all accounts, then all deals. Lazy.
    public var records: some Sequence<PipelineRecord> {
        let accounts = (0..<accountCount).lazy.map { PipelineRecord.account(self.account(at: $0)) }
        let deals = (0..<deals).lazy.map { PipelineRecord.opportunity(self.opportunity(at: $0)) }
        return accounts.concatenated(with: deals)
    }

    /// The whole pipeline in memory (for tests with small sizes). Pure.
    public func pipeline() -> Pipeline {
        Pipeline(
            asOf: asOf, currency: "USD", seller: Self.seller, accounts: (0..<accountCount).map(account(at:)),
            opportunities: (0..<deals).map(opportunity(at:)))
    }
}

extension LazySequenceProtocol {
    func concatenated<Other: Sequence>(with other: Other) -> some Sequence<Element> where Other.Element == Element {
        [AnySequence(self.elements), AnySequence(other)].lazy.flatMap { $0 }
    }
}
