import Foundation
import SameSideCore

/// Reviews the deals of an opened pipeline, keeping only the accounts in memory.
///
/// Reading and decoding stay on the caller's thread; the reviews (pure, one deal each) run on `workers`
/// threads beside it and come back in file order, so the report is the same whatever the worker count.
public final class ReviewSession {
    public let header: PipelineHeader
    public let playbook: Playbook
    public let asOf: Day
    public let dealFilter: DealID?
    /// Review threads beside the reading thread; 0 reviews on the reading thread between reads.
    public let workers: Int
    /// Reviews one deal against its account (pure, so any thread may run it).
    private let reviewDeal: @Sendable (Opportunity, Account?) -> DealReview
    private var accounts: [AccountID: Account] = [:]
    private var dealsSeen = 0
    /// CPU seconds spent in reviews (on whichever threads), for `bench review`.
    public private(set) var reviewCPUSeconds = 0.0
    /// Whether to time each read-and-decode on the reading thread (two clock readings per record; `bench review`).
    public var timesReading = false
    /// CPU seconds the reading thread spent reading and decoding records, when ``timesReading`` is on.
    public private(set) var readCPUSeconds = 0.0

    /// A session over one pipeline's header; `workers` nil means ``defaultWorkers``, 0 no threads at all.
    public init(header: PipelineHeader, playbook: Playbook, asOf: Day, dealFilter: DealID?, workers: Int? = nil) {
        self.header = header
        self.playbook = playbook
        self.asOf = asOf
        self.dealFilter = dealFilter
        self.workers = max(0, workers ?? Self.defaultWorkers)
        let engine = ReviewEngine()
        reviewDeal = { deal, account in
            engine.review(
                deal: deal, account: account, seller: header.seller, playbook: playbook, asOf: asOf,
                currency: header.currency)
        }
    }

    /// One review thread per core but the reading thread's own, so none on a single core.
    ///
    /// The reading thread is busy all the time (reviewing a deal costs about what reading and decoding it does),
    /// so a worker on its core only takes turns with it: on two cores, two workers took 7.7–9.3 s wall for
    /// 100k deals against 7.8–8.2 s for one, and more CPU (docs/performance.md).
    public static var defaultWorkers: Int {
        max(0, ProcessInfo.processInfo.activeProcessorCount - 1)
    }

    /// Reads every record and hands each review to `body`, in file order.
    /// - Throws: ``AppError/badInput(_:)`` for an invalid record or a named deal that is not open, and
    ///   whatever `body` throws (reading then stops).
    public func run(input: PipelineInput, _ body: (DealReview) throws -> Void) throws {
        guard workers > 0, dealFilter == nil else {
            try forEachOpenDeal(in: input) { deal, account in
                let start = ThreadCPUClock.seconds()
                let review = reviewDeal(deal, account)
                reviewCPUSeconds += ThreadCPUClock.seconds() - start
                try body(review)
            }
            return
        }
        let pool = OrderedWorkers<(Opportunity, Account?), DealReview>(workers: workers) {
            [reviewDeal] in reviewDeal($0.0, $0.1)
        }
        defer {
            pool.close()
            reviewCPUSeconds = pool.workerCPUSeconds
        }
        var deliveryFailed = false
        func deliver(_ review: DealReview) throws {
            do { try body(review) } catch {
                deliveryFailed = true
                throw error
            }
        }
        do {
            try forEachOpenDeal(in: input) { deal, account in try pool.submit((deal, account), deliver: deliver) }
        } catch {
            // A bad record: the deals before it are still handed on, as when reviewing between reads.
            if !deliveryFailed { try pool.finish(deliver: deliver) }
            throw error
        }
        try pool.finish(deliver: deliver)
    }

    /// Reads every record, keeps the accounts and hands each open deal (or only `dealFilter`) with its account.
    private func forEachOpenDeal(
        in input: PipelineInput, _ body: (Opportunity, Account?) throws -> Void
    ) throws {
        while let record = try nextRecord(input) {
            input.reportWarnings()
            switch record {
            case .account(let account):
                if accounts[account.id] == nil { accounts[account.id] = account }
            case .opportunity(let deal):
                dealsSeen += 1
                if let dealFilter {
                    guard deal.id == dealFilter else { continue }
                    guard deal.status == .open else {
                        throw AppError.badInput(
                            "\(input.name): deal \"\(deal.id)\" is \(deal.status.rawValue); review looks at open deals only"
                        )
                    }
                } else if deal.status != .open {
                    continue
                }
                try body(deal, accounts[deal.accountId])
                if dealFilter != nil { return }
            }
        }
    }

    /// The next record of `input`, timed when ``timesReading`` is on.
    private func nextRecord(_ input: PipelineInput) throws -> PipelineRecord? {
        guard timesReading else { return try input.next() }
        let start = ThreadCPUClock.seconds()
        defer { readCPUSeconds += ThreadCPUClock.seconds() - start }
        return try input.next()
    }

    /// The message for a `--deal` id that is not in the file.
    public func missingDealMessage(_ id: String, file: String) -> String {
        "\(file): no deal \"\(id)\" (read \(dealsSeen) \(dealsSeen == 1 ? "deal" : "deals"))"
    }
}
