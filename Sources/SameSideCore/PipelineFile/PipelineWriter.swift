/// Writes pipelines in the `sameside.pipeline/1` format: one JSON document, or JSON Lines. Pure.
public enum PipelineWriter {
    /// The whole pipeline as an indented JSON document, ending with a newline.
    public static func json(_ pipeline: Pipeline) -> String {
        JSONSerializer.serialize(.object(PipelineEncoder.pipeline(pipeline)), pretty: true) + "\n"
    }

    /// Line 1 of the JSON Lines form (no newline).
    public static func headerLine(_ header: PipelineHeader) -> String {
        JSONSerializer.serialize(.object(PipelineEncoder.header(header)))
    }

    /// One record as a JSON Lines line with its `kind` (no newline).
    public static func line(_ record: PipelineRecord) -> String {
        switch record {
        case .account(let account):
            return JSONSerializer.serialize(.object(PipelineEncoder.account(account, kind: true)))
        case .opportunity(let deal):
            return JSONSerializer.serialize(.object(PipelineEncoder.opportunity(deal, kind: true)))
        }
    }

    /// Appends one record's line and a newline to `out`; for writers of large streams.
    public static func appendLine(_ record: PipelineRecord, to out: inout [UInt8]) {
        let object: JSONObject
        switch record {
        case .account(let account): object = PipelineEncoder.account(account, kind: true)
        case .opportunity(let deal): object = PipelineEncoder.opportunity(deal, kind: true)
        }
        JSONSerializer.write(.object(object), into: &out, pretty: false, indent: 0)
        out.append(0x0A)
    }

    /// The whole pipeline in the JSON Lines form: header, accounts, then deals; each line ends with a newline.
    public static func jsonLines(_ pipeline: Pipeline) -> String {
        var out = headerLine(pipeline.header) + "\n"
        for account in pipeline.accounts { out += line(.account(account)) + "\n" }
        for deal in pipeline.opportunities { out += line(.opportunity(deal)) + "\n" }
        return out
    }

    /// One activity as the pipeline format writes it inside its deal (for APIs that answer with one).
    public static func object(_ activity: Activity) -> JSONObject { PipelineEncoder.activity(activity) }
}
