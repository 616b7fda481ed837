import Foundation
import SameSideApp
import SameSideCore

/// `sameside review --database URL`: reviews the open deals in the store, streamed page by page.
///
/// Gives the same report as reviewing the store's `export` file: deals in id order, each with its
/// account, against the stored header's seller and currency. Memory holds one page of deals.
struct StoredReview {
    var database: DatabaseOptions
    var playbook: Playbook
    var format: OutputFormat
    var asOf: Day?
    var deal: String?
    var view = ReviewView()

    /// Writes the report to stdout and returns the highest severity found.
    /// - Throws: ``CLIError`` for a deal that is not stored or not open, and for store errors.
    func run() async throws -> Severity? {
        let name = try database.config().database.description
        return try await database.withStore { store in
            let header = try await PipelineExport.header(from: store)
            let day = asOf ?? header.asOf ?? ReviewCommand.today()
            var output = ReviewOutput(
                format: format, asOf: day, currency: header.currency, color: StandardStreams.colorAllowed,
                view: view)
            let engine = ReviewEngine()
            @Sendable func review(_ deal: Opportunity, _ account: Account?) -> DealReview {
                engine.review(
                    deal: deal, account: account, seller: header.seller, playbook: playbook, asOf: day,
                    currency: header.currency)
            }
            if let deal {
                guard let (found, account) = try await StoredDeals.deal(DealID(deal), in: store) else {
                    throw CLIError.badInput("\(name): no deal \"\(deal)\" stored")
                }
                guard found.status == .open else {
                    throw CLIError.badInput(
                        "\(name): deal \"\(deal)\" is \(found.status.rawValue); review looks at open deals only")
                }
                try output.add(review(found, account))
            } else {
                // Reviews run on worker threads while the next page loads, and come back in id order (as many
                // workers as `review FILE` uses, and at least one).
                let pool = OrderedWorkers<(Opportunity, Account?), DealReview>(
                    workers: max(1, ReviewSession.defaultWorkers)
                ) { review($0.0, $0.1) }
                defer { pool.close() }
                try await StoredDeals.forEach(in: store, status: .open) { deal, account in
                    try pool.submit((deal, account)) { try output.add($0) }
                }
                try pool.finish { try output.add($0) }
            }
            try output.finish()
            return output.summary.highestSeverity
        }
    }
}
