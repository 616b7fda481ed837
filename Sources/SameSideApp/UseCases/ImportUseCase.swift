import SameSideCore
import SameSideStore

/// Imports a CRM export or a pipeline from a byte source (a file or an upload body) into a store, in one
/// transaction: on any error nothing of it is stored.
public enum ImportUseCase {
    /// What is imported.
    public enum Source: String, CaseIterable, Sendable {
        case salesforce, hubspot, pipeline
    }

    /// Options of one import.
    public struct Options: Sendable {
        public var dateOrder: DateOrder
        /// Read on after the first bad row to list every bad one (nothing is stored either way).
        public var collectAllErrors: Bool
        /// The pipeline's form, when it is not to be guessed.
        public var pipelineFormat: PipelineInputFormat?
        /// Currency code (such as `EUR`) for CSV amounts the file gives no currency for (`--currency`); wins over
        /// the playbook's.
        public var defaultCurrency: String?
        /// The team's playbook: its `currency` labels CSV amounts the file gives none for when `defaultCurrency`
        /// is `nil`. Neither: they stay unlabelled, never a guessed USD.
        public var playbook: Playbook?

        public init(
            dateOrder: DateOrder = .mdy, collectAllErrors: Bool = false, pipelineFormat: PipelineInputFormat? = nil,
            defaultCurrency: String? = nil, playbook: Playbook? = nil
        ) {
            self.dateOrder = dateOrder
            self.collectAllErrors = collectAllErrors
            self.pipelineFormat = pipelineFormat
            self.defaultCurrency = defaultCurrency
            self.playbook = playbook
        }

        /// The currency for CSV amounts the file names none for, and who gave it (`--currency` first, then the
        /// playbook); `nil` when neither did.
        /// - Throws: ``AppError/badInput(_:)`` when `--currency` is not a three-letter code.
        public func currencyForUnlabelledAmounts() throws(AppError) -> (code: String, givenBy: String)? {
            if let given = defaultCurrency {
                guard let code = Playbook.currencyCode(given) else {
                    throw AppError.badInput("--currency \(given): expected a three-letter code like EUR")
                }
                return (code, "--currency")
            }
            return playbook?.currency.map { ($0, "the playbook's currency setting") }
        }
    }

    /// Imports `input` as `kind` into `store`. `progress` gets (bytes read, total bytes or nil); `warn` each
    /// warning line of a pipeline (unknown fields).
    /// - Throws: ``AppError/importRejected(_:)`` for bad CRM rows, ``AppError/badInput(_:)`` for a bad
    ///   pipeline, ``StoreError`` for the database.
    public static func run(
        _ input: any ByteSource, as kind: Source, options: Options = Options(), into store: any PipelineStore,
        warn: @escaping (String) -> Void = { _ in }, progress: @escaping @Sendable (Int, Int?) -> Void = { _, _ in }
    ) async throws -> ImportSummary {
        switch kind {
        case .pipeline:
            let pipeline = try PipelineInput.open(source: input, format: options.pipelineFormat, warn: warn)
            pipeline.reportWarnings()
            return try await PipelineImport().run(
                header: pipeline.header, into: store,
                next: {
                    let record = try pipeline.next()
                    pipeline.reportWarnings()
                    return record
                },
                progress: { progress(pipeline.bytesRead, nil) })
        case .salesforce, .hubspot:
            let currency = try options.currencyForUnlabelledAmounts()
            var job = CRMImport(
                source: kind == .salesforce ? .salesforce : .hubspot, dateOrder: options.dateOrder,
                collectAllErrors: options.collectAllErrors, defaultCurrency: currency?.code)
            if let currency { job.currencyGivenBy = currency.givenBy }
            do {
                return try await job.run(source: input, into: store, progress: progress)
            } catch let failure as ImportFailure {
                throw AppError.importRejected(failure)
            }
        }
    }
}
