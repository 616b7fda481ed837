/// Reads a whole `sameside.pipeline/1` JSON document into a ``Pipeline``, or says everything that
/// is wrong with it.
public enum PipelineReader {
    /// Parses and validates `bytes` (the whole file). Pure.
    /// - Throws: ``PipelineReadError`` with every problem found: malformed JSON (line and column),
    ///   wrong types, unknown values, bad dates, missing fields, duplicate ids, dangling references,
    ///   negative money, confidence outside 0…1, a wrong `format`.
    public static func read(_ bytes: [UInt8]) throws(PipelineReadError) -> PipelineReadResult {
        let root: JSONValue
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            throw PipelineReadError(issues: [PipelineIssue(path: "$", message: error.description)])
        }
        return try read(root)
    }

    /// Validates an already parsed document. Pure.
    /// - Throws: ``PipelineReadError`` as ``read(_:)-(UInt8)``.
    public static func read(_ root: JSONValue) throws(PipelineReadError) -> PipelineReadResult {
        let context = DecodingContext()
        guard case .object(let object) = root else {
            throw PipelineReadError(issues: [
                PipelineIssue(
                    path: "$",
                    message:
                        "expected an object with \"format\": \"\(Pipeline.formatName)\", found \(root.typeDescription)")
            ])
        }
        var reader = ObjectReader(object, context: context)
        let decoder = RecordDecoder(context: context)
        let header = decoder.header(&reader)
        var index = ReferenceIndex { kind, position in "\(kind)[\(position)]" }
        index.register(seller: header.seller, context: context, at: [])
        let accounts = reader.indexedArray("accounts") { value -> Account? in
            guard let object = ObjectReader.object(value, context: context) else { return nil }
            var item = ObjectReader(object, context: context)
            return decoder.account(&item)
        }
        for (position, account) in accounts {
            index.register(
                account: account, position: position, context: context, at: [.key("accounts"), .index(position)])
        }
        let deals = reader.indexedArray("opportunities") { value -> Opportunity? in
            guard let object = ObjectReader.object(value, context: context) else { return nil }
            var item = ObjectReader(object, context: context)
            return decoder.opportunity(&item)
        }
        var firstPositions: [DealID: Int] = [:]
        for (position, deal) in deals {
            let base: [DecodingContext.Component] = [.key("opportunities"), .index(position)]
            if let first = firstPositions[deal.id] {
                context.error(at: base + [.key("id")], index.duplicateDealMessage(deal.id.rawValue, first: first))
            } else {
                firstPositions[deal.id] = position
            }
            index.check(deal: deal, context: context, at: base)
        }
        let extra = reader.finish()
        if context.hasErrors {
            var issues = context.issues
            if context.truncated {
                issues.append(
                    PipelineIssue(
                        path: "$", message: "more problems not shown (stopped after \(DecodingContext.maxIssues))"))
            }
            throw PipelineReadError(issues: issues)
        }
        let pipeline = Pipeline(
            asOf: header.asOf, currency: header.currency, seller: header.seller, accounts: accounts.map(\.value),
            opportunities: deals.map(\.value), extra: extra)
        return PipelineReadResult(pipeline: pipeline, warnings: context.warnings)
    }
}
