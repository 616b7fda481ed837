/// One record of the pipeline format as its JSON object, and back: the one record codec, shared by the
/// pipeline file's reader and writer and by the stores that keep records as JSON documents, so a new field
/// is written and read in one place. Pure.
public enum RecordJSON {
    /// The account's JSON object, keys in the format's order, unknown fields (`extra`) at the end.
    public static func encode(_ account: Account) -> JSONObject { PipelineEncoder.account(account) }

    /// The deal's JSON object, keys in the format's order, unknown fields (`extra`) at the end.
    public static func encode(_ deal: Opportunity) -> JSONObject { PipelineEncoder.opportunity(deal) }

    /// The seller's JSON object, keys in the format's order, unknown fields (`extra`) at the end.
    public static func encode(_ seller: Seller) -> JSONObject { PipelineEncoder.seller(seller) }

    /// The account in `object`; unknown keys are kept in its `extra`.
    /// - Throws: ``PipelineReadError`` with every problem and its path.
    public static func decodeAccount(_ object: JSONObject) throws(PipelineReadError) -> Account {
        try decode(object) { decoder, reader in decoder.account(&reader) }
    }

    /// The deal in `object`; unknown keys are kept in its `extra`. References to other records are not checked.
    /// - Throws: ``PipelineReadError`` with every problem and its path.
    public static func decodeOpportunity(_ object: JSONObject) throws(PipelineReadError) -> Opportunity {
        try decode(object) { decoder, reader in decoder.opportunity(&reader) }
    }

    /// The seller in `object`; unknown keys are kept in its `extra`.
    /// - Throws: ``PipelineReadError`` with every problem and its path.
    public static func decodeSeller(_ object: JSONObject) throws(PipelineReadError) -> Seller {
        try decode(object) { decoder, reader in decoder.seller(&reader) }
    }

    private static func decode<T>(
        _ object: JSONObject, _ body: (RecordDecoder, inout ObjectReader) -> T?
    ) throws(PipelineReadError) -> T {
        let context = DecodingContext()
        var reader = ObjectReader(object, context: context)
        let value = body(RecordDecoder(context: context), &reader)
        guard let value, !context.hasErrors else { throw PipelineReadError(issues: context.issues) }
        return value
    }
}
