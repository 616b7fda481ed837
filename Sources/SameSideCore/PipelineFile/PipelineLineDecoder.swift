/// Decodes the JSON Lines form of a pipeline one line at a time, in bounded memory.
///
/// Line 1 (the first non-blank line) is the header; each later line is `{"kind": "account", …}` or
/// `{"kind": "opportunity", …}`. References are checked against the accounts seen on earlier
/// lines, so an account must come before the deals that use it. The decoder keeps the accounts'
/// ids only; deal ids go to a ``DuplicateIDFinder`` (bounded memory whatever the number of deals),
/// so duplicate deal ids are reported by ``finish()``, after the last line.
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
    private var dealIDs: DuplicateIDFinder
    private(set) public var header: PipelineHeader?
    private var sawHeaderLine = false

    /// - Parameter spill: where deal ids go when there are more than fit in a few megabytes
    ///   (the default keeps them in memory).
    public init(spill: any SpillStorage = InMemorySpillStorage()) {
        dealIDs = DuplicateIDFinder(storage: spill)
    }

    /// Listed duplicates beyond this are counted, not listed.
    public static let maxListedDuplicates = 1_000

    /// The problems only the whole stream shows: deal ids used more than once, each reported at
    /// the line where it came back (`line 9: $.id: duplicate opportunity id "o1" (first at line 3)`),
    /// in line order. Call it once, after the last line.
    /// - Throws: an error of the spill storage.
    public mutating func finish() throws -> [PipelineIssue] {
        let report = try dealIDs.finish()
        var issues = report.duplicates.prefix(Self.maxListedDuplicates).map { duplicate in
            PipelineIssue(
                path: "$.id", line: duplicate.again,
                message: index.duplicateDealMessage(duplicate.id, first: duplicate.first))
        }
        if report.total > issues.count {
            issues.append(
                PipelineIssue(
                    path: "$", message: "\(report.total - issues.count) more duplicate opportunity ids not listed"))
        }
        return issues
    }

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
                index.check(deal: deal, context: context, at: [])
                if !context.hasErrors { dealIDs.note(deal.id.rawValue, position: number) }
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
