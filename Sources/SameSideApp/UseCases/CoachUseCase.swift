import SameSideCore
import SameSideStore

/// The message coach on one message, optionally checked against one deal's goals.
public struct CoachUseCase: Sendable {
    public var coach: MessageCoach

    public init(lexicon: CoachLexicon = .standard) { coach = MessageCoach(lexicon: lexicon) }

    /// The standard lexicon extended by the playbook in `path` (`{"coach": {…}}`), or the standard one.
    /// - Throws: ``AppError/badInput(_:)`` for an unreadable or invalid playbook.
    public static func lexicon(playbook path: String?) throws(AppError) -> CoachLexicon {
        guard let path else { return .standard }
        let bytes = try InputFile.readAll(path)
        do {
            return try CoachLexicon.standard.extended(withPlaybook: bytes)
        } catch {
            throw AppError.badInput("\(InputFile.displayName(path)): \(error.description)")
        }
    }

    /// The report on `text`. Pure.
    public func coach(
        _ text: String, kind: MessageKind, context: CoachContext? = nil, sellers: [String] = []
    ) -> CoachReport {
        coach.coach(text, kind: kind, context: context, sellerSpeakers: sellers)
    }

    /// The report in `format`. Pure.
    public static func render(_ report: CoachReport, format: ReportFormat, color: Bool = false) -> String {
        switch format {
        case .json: return report.json() + "\n"
        case .text: return CoachRendering.text(report, color: color)
        case .markdown: return CoachRendering.markdown(report)
        }
    }

    /// The deal `id` of the pipeline file at `path`, as context for the coach.
    /// - Throws: ``AppError/badInput(_:)`` for an invalid file, an unknown deal or a deal without its account.
    public static func context(deal id: DealID, pipeline path: String) throws -> CoachContext {
        let name = InputFile.displayName(path)
        let data = try PipelineInput.open(path: path).readAll()
        guard let opportunity = data.opportunity(id) else {
            let known = data.opportunities.prefix(5).map { "\"\($0.id)\"" }.joined(separator: ", ")
            throw AppError.badInput(
                "\(name): no deal \"\(id)\" (deals in the file: \(known)"
                    + (data.opportunities.count > 5 ? ", …" : "") + ")")
        }
        guard let account = data.account(opportunity.accountId) else {
            throw AppError.badInput(
                "\(name): deal \"\(id)\" names account \"\(opportunity.accountId)\", which is not in the file")
        }
        return CoachContext(account: account, opportunity: opportunity, seller: data.seller)
    }

    /// The stored deal `id`, as context for the coach.
    /// - Throws: ``AppError/notFound(_:)`` naming `storeName`, ``AppError/failure(_:)`` for a missing account,
    ///   ``StoreError``.
    public static func context(
        deal id: DealID, in store: any PipelineStore, named storeName: String
    ) async throws -> CoachContext {
        let selected = try await DealLookup.find(
            id, in: store, named: storeName, asOf: nil, clock: FixedDayClock(Day(ordinal: 0)))
        return CoachContext(account: selected.account, opportunity: selected.deal, seller: selected.header.seller)
    }
}
