import SameSideCore

/// Reviews the deals of an opened pipeline one at a time, keeping only the accounts in memory.
final class ReviewSession {
    let header: PipelineHeader
    let playbook: Playbook
    let asOf: Day
    let dealFilter: DealID?
    private let engine = ReviewEngine()
    private var accounts: [AccountID: Account] = [:]
    private var dealsSeen = 0
    private var filteredStatus: DealStatus?

    init(header: PipelineHeader, playbook: Playbook, asOf: Day, dealFilter: DealID?) {
        self.header = header
        self.playbook = playbook
        self.asOf = asOf
        self.dealFilter = dealFilter
    }

    /// Reads every record and hands each review to `body`, in file order.
    /// - Throws: ``CLIError/badInput(_:)`` for an invalid record or a named deal that is not open.
    func run(input: PipelineInput, _ body: (DealReview) throws -> Void) throws {
        try run(input: input, timing: { review in try body(review()) })
    }

    /// As ``run(input:_:)``, but hands over the review unevaluated so a benchmark can time it alone.
    func run(input: PipelineInput, timing body: (() -> DealReview) throws -> Void) throws {
        while let record = try input.next() {
            input.printWarnings()
            switch record {
            case .account(let account):
                if accounts[account.id] == nil { accounts[account.id] = account }
            case .opportunity(let deal):
                dealsSeen += 1
                if let dealFilter {
                    guard deal.id == dealFilter else { continue }
                    guard deal.status == .open else {
                        throw CLIError.badInput(
                            "\(input.name): deal \"\(deal.id)\" is \(deal.status.rawValue); review looks at open deals only"
                        )
                    }
                } else if deal.status != .open {
                    continue
                }
                try body { self.review(deal) }
                if dealFilter != nil { return }
            }
        }
    }

    /// Reviews one deal against the accounts read so far.
    func review(_ deal: Opportunity) -> DealReview {
        engine.review(
            deal: deal, account: accounts[deal.accountId], seller: header.seller, playbook: playbook, asOf: asOf,
            currency: header.currency)
    }

    /// The message for a `--deal` id that is not in the file.
    func missingDealMessage(_ id: String, file: String) -> String {
        "\(file): no deal \"\(id)\" (read \(dealsSeen) \(dealsSeen == 1 ? "deal" : "deals"))"
    }
}
