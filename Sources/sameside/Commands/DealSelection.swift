import Foundation
import SameSideCore

/// One deal picked out of a pipeline file by `--deal ID`, with its account and the file's header.
struct DealSelection {
    var header: PipelineHeader
    var account: Account
    var deal: Opportunity
    /// The day the answer is for: `--as-of`, else the file's `asOf`, else today (UTC).
    var asOf: Day

    /// Reads `path` until the deal `dealId` (keeping only the accounts seen so far).
    /// - Throws: ``CLIError/badInput(_:)`` for an unreadable or invalid file, an unknown deal, or a bad `--as-of`.
    static func load(
        path: String, dealId: String, asOf: String?, inputFormat: PipelineInputFormat? = nil
    ) throws -> DealSelection {
        let day = try parseAsOf(asOf)
        let input = try PipelineInput.open(path: path, format: inputFormat)
        defer { input.printWarnings() }
        var accounts: [AccountID: Account] = [:]
        var seen: [String] = []
        let wanted = DealID(dealId)
        while let record = try input.next() {
            switch record {
            case .account(let account):
                accounts[account.id] = account
            case .opportunity(let deal):
                if deal.id == wanted {
                    guard let account = accounts[deal.accountId] else {
                        throw CLIError.badInput("\(input.name): deal \"\(dealId)\": no account \"\(deal.accountId)\"")
                    }
                    return DealSelection(
                        header: input.header, account: account, deal: deal,
                        asOf: day ?? input.header.asOf ?? today())
                }
                if seen.count < 10 { seen.append(deal.id.rawValue) }
            }
        }
        let known = seen.isEmpty ? "the file has no deals" : "deals in the file include " + seen.joined(separator: ", ")
        throw CLIError.badInput("\(input.name): no deal \"\(dealId)\" (--deal); \(known)")
    }

    /// Parses `--as-of YYYY-MM-DD`.
    static func parseAsOf(_ text: String?) throws -> Day? {
        guard let text else { return nil }
        guard let day = Day(text) else {
            throw CLIError.badInput("--as-of: \"\(text)\" is not a date; expected YYYY-MM-DD")
        }
        return day
    }

    /// Today in UTC, for files without `asOf`.
    static func today() -> Day {
        Day(ordinal: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
    }
}
