import SameSideCore
import SameSideStore

/// Reads what a store holds back out as pipeline values, in id order (so exports are repeatable).
public enum PipelineExport {
    /// The stored header, or the default one (USD, no seller) when nothing was ever imported.
    public static func header(from store: any PipelineStore) async throws -> PipelineHeader {
        try await store.header()?.value ?? PipelineHeader()
    }

    /// The whole stored pipeline in memory (for the JSON document form).
    public static func pipeline(from store: any PipelineStore) async throws -> Pipeline {
        let header = try await header(from: store)
        var pipeline = Pipeline(
            asOf: header.asOf, currency: header.currency, seller: header.seller, extra: header.extra)
        try await store.forEachAccount { pipeline.accounts.append($0.value) }
        try await store.forEachOpportunity { pipeline.opportunities.append($0.value) }
        return pipeline
    }

    /// Streams every record: all accounts, then all deals, page by page (bounded memory).
    public static func forEachRecord(
        from store: any PipelineStore, _ body: (PipelineRecord) async throws -> Void
    ) async throws {
        try await store.forEachAccount { try await body(.account($0.value)) }
        try await store.forEachOpportunity { try await body(.opportunity($0.value)) }
    }
}
