import SameSideApp
import SameSideCore
import SameSideStore
import Testing

/// Where a CSV import takes the currency of amounts the file names none for: the file, then `--currency`, then
/// the playbook, else none.
@Suite struct ImportCurrencyTests {
    /// A HubSpot export of two deals: one without a currency, one whose amount names its own.
    static let csv =
        "Deal Name,Deal Stage,Amount,Close Date\nPilot,qualifiedtobuy,42000,2027-01-15\n"
        + "Rollout,qualifiedtobuy,£1200,2027-02-01\n"

    /// Imports ``csv`` into a new store with `options`; the stored currency of each deal by name, and the summary.
    func importing(_ options: ImportUseCase.Options) async throws -> (currencies: [String: String], notes: [String]) {
        let store = InMemoryPipelineStore()
        _ = try await store.migrate()
        let summary = try await ImportUseCase.run(
            MemorySource(Array(Self.csv.utf8), name: "deals.csv"), as: .hubspot, options: options, into: store)
        var currencies: [String: String] = [:]
        for deal in try await store.opportunities(after: nil, limit: 10) {
            if case .object(let crm)? = deal.value.extra[CRMRowMapper.crmKey],
                case .string(let code)? = crm[CRMRowMapper.currencyKey]
            {
                currencies[deal.value.name] = code
            }
        }
        return (currencies, summary.notes)
    }

    @Test func thePlaybooksCurrencyLabelsAmountsTheFileNamesNoneFor() async throws {
        // given a playbook whose currency is EUR and no --currency
        let playbook = try PlaybookLoader.load(Array("currency: eur\n".utf8), name: "team.yaml")
        // when the export is imported
        let result = try await importing(.init(playbook: playbook))
        // then the amount without a currency is in EUR, the one with its own keeps it, and the summary says why
        #expect(result.currencies == ["Pilot": "EUR", "Rollout": "GBP"])
        #expect(result.notes.contains { $0.hasSuffix("used the one given with the playbook's currency setting") })
    }

    @Test func currencyGivenOnTheCommandLineWinsOverThePlaybooks() async throws {
        // given both a playbook in EUR and --currency CHF
        let playbook = Playbook(currency: "EUR")
        // when the export is imported
        let result = try await importing(.init(defaultCurrency: "chf", playbook: playbook))
        // then --currency is used and named, and the file's own currency still wins over both
        #expect(result.currencies == ["Pilot": "CHF", "Rollout": "GBP"])
        #expect(result.notes.contains { $0.hasSuffix("used the one given with --currency") })
    }

    @Test func withNeitherTheAmountStaysWithoutACurrency() async throws {
        // given a playbook without a currency and no --currency
        let result = try await importing(.init(playbook: .standard))
        // then no currency is guessed, and the summary says so
        #expect(result.currencies == ["Rollout": "GBP"])
        #expect(result.notes.contains { $0.hasPrefix("no currency for 1 amount (line 2)") })
    }

    @Test func aBadCurrencyCodeIsRejectedBeforeAnythingIsStored() async throws {
        // given --currency that is no code
        let store = InMemoryPipelineStore()
        _ = try await store.migrate()
        // when the export is imported, then it is bad input naming the flag, and nothing is stored
        await #expect(throws: AppError.badInput("--currency euro: expected a three-letter code like EUR")) {
            _ = try await ImportUseCase.run(
                MemorySource(Array(Self.csv.utf8), name: "deals.csv"), as: .hubspot,
                options: .init(defaultCurrency: "euro", playbook: Playbook(currency: "EUR")), into: store)
        }
        #expect(try await store.counts().opportunities == 0)
    }
}
