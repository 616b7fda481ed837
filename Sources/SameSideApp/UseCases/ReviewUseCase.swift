import SameSideCore
import SameSideStore

/// The deal review as the CLI and the web run it: one deal, a pipeline file, or the stored pipeline, against
/// the injected playbook, with the as-of rule (the day asked for, else the data's `asOf`, else the clock's
/// today).
///
/// Nothing here starts a thread unless asked: `workers` is 0 by default, which reviews on the caller's task
/// (what a request handler wants); the CLI passes more for throughput on large inputs.
public struct ReviewUseCase: Sendable {
    public var playbook: Playbook
    public var clock: any DayClock

    public init(playbook: Playbook = .standard, clock: any DayClock = SystemDayClock()) {
        self.playbook = playbook
        self.clock = clock
    }

    /// What a review is for: the data's header and the day it is reviewed as of.
    public struct Scope: Sendable {
        public var header: PipelineHeader
        public var asOf: Day
    }

    /// The review of one deal against its account. Pure.
    public func review(_ deal: Opportunity, account: Account?, scope: Scope) -> DealReview {
        ReviewEngine().review(
            deal: deal, account: account, seller: scope.header.seller, playbook: playbook, asOf: scope.asOf,
            currency: scope.header.currency)
    }

    // MARK: a pipeline file

    /// The scope of an opened pipeline file.
    public func scope(of input: PipelineInput, asOf requested: Day?) -> Scope {
        Scope(header: input.header, asOf: .asOf(requested, data: input.header.asOf, clock: clock))
    }

    /// Reviews every open deal of `input` (or only `deal`) in file order, handing each review to `body`.
    /// - Throws: ``AppError/badInput(_:)`` for an invalid record, a named deal that is not open or not in the
    ///   file, and whatever `body` throws.
    public func reviewFile(
        _ input: PipelineInput, scope: Scope, deal: DealID?, workers: Int = 0, _ body: (DealReview) throws -> Void
    ) throws {
        let session = ReviewSession(
            header: scope.header, playbook: playbook, asOf: scope.asOf, dealFilter: deal, workers: workers)
        var reviewed = 0
        try session.run(input: input) { review in
            reviewed += 1
            try body(review)
        }
        if let deal, reviewed == 0 {
            throw AppError.badInput(session.missingDealMessage(deal.rawValue, file: input.name))
        }
    }

    // MARK: the stored pipeline

    /// The scope of the stored pipeline. Throws ``StoreError``.
    public func scope(of store: any PipelineStore, asOf requested: Day?) async throws -> Scope {
        let header = try await PipelineExport.header(from: store)
        return Scope(header: header, asOf: .asOf(requested, data: header.asOf, clock: clock))
    }

    /// The review of the stored open deal `id`.
    /// - Throws: ``AppError/notFound(_:)`` when no such deal is stored, ``AppError/badInput(_:)`` when it is
    ///   not open (both naming `storeName`), ``StoreError``.
    public func reviewStoredDeal(
        _ id: DealID, in store: any PipelineStore, named storeName: String, scope: Scope
    ) async throws -> DealReview {
        guard let (found, account) = try await StoredDeals.deal(id, in: store) else {
            throw AppError.notFound("\(storeName): no deal \"\(id)\" stored")
        }
        guard found.status == .open else {
            throw AppError.badInput(
                "\(storeName): deal \"\(id)\" is \(found.status.rawValue); review looks at open deals only")
        }
        return review(found, account: account, scope: scope)
    }

    /// Reviews every stored open deal in id order, page by page, handing each review to `body`. With
    /// `workers` above 0 the reviews run on that many threads while the next page loads (the CLI's choice).
    /// Throws ``StoreError`` and whatever `body` throws.
    public func reviewStored(
        in store: any PipelineStore, scope: Scope, workers: Int = 0, _ body: (DealReview) throws -> Void
    ) async throws {
        guard workers > 0 else {
            try await StoredDeals.forEach(in: store, status: .open) { deal, account in
                try body(review(deal, account: account, scope: scope))
            }
            return
        }
        let useCase = self
        let pool = OrderedWorkers<(Opportunity, Account?), DealReview>(workers: workers) {
            useCase.review($0.0, account: $0.1, scope: scope)
        }
        defer { pool.close() }
        try await StoredDeals.forEach(in: store, status: .open) { deal, account in
            try pool.submit((deal, account), deliver: body)
        }
        try pool.finish(deliver: body)
    }
}
