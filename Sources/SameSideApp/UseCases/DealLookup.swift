import SameSideCore
import SameSideStore

/// One deal picked out of a pipeline by its id, with its account, the pipeline's header and the day the
/// answer is for.
public struct SelectedDeal: Sendable {
    public var header: PipelineHeader
    public var account: Account
    public var deal: Opportunity
    /// The day the answer is for: the day asked for, else the pipeline's `asOf`, else today.
    public var asOf: Day

    public init(header: PipelineHeader, account: Account, deal: Opportunity, asOf: Day) {
        self.header = header
        self.account = account
        self.deal = deal
        self.asOf = asOf
    }
}

/// Finds the deal a command or a page is about.
public enum DealLookup {
    /// Reads `input` until the deal `id` (keeping only the accounts seen so far).
    /// - Throws: ``AppError/badInput(_:)`` for an invalid file, an unknown deal or a deal without its account.
    public static func find(
        _ id: DealID, in input: PipelineInput, asOf requested: Day?, clock: any DayClock
    ) throws -> SelectedDeal {
        defer { input.reportWarnings() }
        var accounts: [AccountID: Account] = [:]
        var seen: [String] = []
        while let record = try input.next() {
            switch record {
            case .account(let account):
                accounts[account.id] = account
            case .opportunity(let deal):
                if deal.id == id {
                    guard let account = accounts[deal.accountId] else {
                        throw AppError.badInput("\(input.name): deal \"\(id)\": no account \"\(deal.accountId)\"")
                    }
                    return SelectedDeal(
                        header: input.header, account: account, deal: deal,
                        asOf: .asOf(requested, data: input.header.asOf, clock: clock))
                }
                if seen.count < 10 { seen.append(deal.id.rawValue) }
            }
        }
        let known = seen.isEmpty ? "the file has no deals" : "deals in the file include " + seen.joined(separator: ", ")
        throw AppError.badInput("\(input.name): no deal \"\(id)\" (--deal); \(known)")
    }

    /// The stored deal `id` with its account and the stored header.
    /// - Throws: ``AppError/notFound(_:)`` naming `storeName` when there is no such deal,
    ///   ``AppError/failure(_:)`` when its account is missing, ``StoreError``.
    public static func find(
        _ id: DealID, in store: any PipelineStore, named storeName: String, asOf requested: Day?,
        clock: any DayClock
    ) async throws -> SelectedDeal {
        let header = try await PipelineExport.header(from: store)
        guard let (deal, account) = try await StoredDeals.deal(id, in: store) else {
            throw AppError.notFound("\(storeName): no deal \"\(id)\" stored")
        }
        guard let account else {
            throw AppError.failure("\(storeName): deal \"\(id)\": no account \"\(deal.accountId)\" stored")
        }
        return SelectedDeal(
            header: header, account: account, deal: deal, asOf: .asOf(requested, data: header.asOf, clock: clock))
    }
}
