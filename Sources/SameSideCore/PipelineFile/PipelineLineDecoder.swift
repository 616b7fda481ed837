/// Decodes the JSON Lines form of a pipeline one line at a time, in bounded memory.
///
/// Line 1 (the first non-blank line) is the header; each later line is `{"kind": "account", …}` or
/// `{"kind": "opportunity", …}`. References are checked against the accounts seen on earlier
/// lines, so an account must come before the deals that use it. The decoder keeps ids only.
public struct PipelineLineDecoder {
    /// What one line gave.
    public enum Item: Equatable, Sendable {
        case header(PipelineHeader)
        case record(PipelineRecord)
    }

    /// The outcome of one line: an item (when the line is valid), its problems and its warnings.
    public struct LineResult: Sendable {
        public var item: Item?
        public var issues: [PipelineIssue]
        public var warnings: [PipelineIssue]
    }

    /// The largest line accepted; a longer one is reported, not parsed.
    public static let maxLineBytes = 64 << 20

    private var index = ReferenceIndex { _, position in "line \(position)" }
    private(set) public var header: PipelineHeader?
    private var sawHeaderLine = false

    public init() {}

    /// Decodes one line (without its newline); blank lines give an empty result. Not pure: it
    /// remembers ids for the reference checks of later lines.
    public mutating func decode(line bytes: [UInt8], number: Int) -> LineResult {
        guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else {
            return LineResult(item: nil, issues: [], warnings: [])
        }
        guard bytes.count <= Self.maxLineBytes else {
            return failure("$", number, "line longer than \(Self.maxLineBytes >> 20) MiB")
        }
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes)
        } catch {
            return failure("$", number, "malformed JSON at column \(error.column): \(error.message)")
        }
        guard case .object(let object) = value else {
            return failure("$", number, "expected an object, found \(value.typeDescription)")
        }
        let context = DecodingContext(line: number)
        var reader = ObjectReader(object, context: context)
        let decoder = RecordDecoder(context: context)
        if !sawHeaderLine {
            sawHeaderLine = true
            if object["kind"] != nil && object["format"] == nil {
                return failure(
                    "$", number, "expected the header line with \"format\": \"\(Pipeline.formatName)\" first")
            }
            var decoded = decoder.header(&reader)
            index.register(seller: decoded.seller, context: context, at: [])
            decoded.extra = reader.finish()
            if context.hasErrors { return LineResult(item: nil, issues: context.issues, warnings: context.warnings) }
            header = decoded
            return LineResult(item: .header(decoded), issues: [], warnings: context.warnings)
        }
        let kind = reader.string("kind", required: true)
        let item: Item?
        switch kind {
        case "account":
            if let account = decoder.account(&reader) {
                index.register(account: account, position: number, context: context, at: [])
                item = .record(.account(account))
            } else {
                item = nil
            }
        case "opportunity":
            if let deal = decoder.opportunity(&reader) {
                index.check(deal: deal, position: number, context: context, at: [])
                item = .record(.opportunity(deal))
            } else {
                item = nil
            }
        case nil:
            item = nil
        case let other?:
            context.at("kind") {
                context.error("unknown value \"\(ObjectReader.clip(other))\"; expected one of account | opportunity")
            }
            item = nil
        }
        if context.hasErrors { return LineResult(item: nil, issues: context.issues, warnings: context.warnings) }
        return LineResult(item: item, issues: [], warnings: context.warnings)
    }

    private func failure(_ path: String, _ line: Int, _ message: String) -> LineResult {
        LineResult(item: nil, issues: [PipelineIssue(path: path, line: line, message: message)], warnings: [])
    }
}
