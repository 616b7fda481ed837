/// CRM export rows mapped for storage, held as bytes: one shared buffer, no model objects per row.
///
/// A bulk import maps a million rows; building an ``Opportunity`` and an ``Account`` (with their
/// `extra` objects) for each cost more than SQLite's own work. Each ``Row`` holds byte ranges into
/// ``bytes`` (valid UTF-8: every text is repaired on the way in), which a store binds directly.
/// ``record(at:)`` builds the model values again where a caller wants them. Pure.
public struct CRMDealBatch: Sendable {
    /// One mapped row: ranges into ``CRMDealBatch/bytes`` and the values that are not text.
    public struct Row: Sendable {
        /// The 1-based line the row starts on.
        public var line: Int
        public var id: Range<Int>
        public var accountID: Range<Int>
        public var accountName: Range<Int>
        public var name: Range<Int>
        public var owner: Range<Int>?
        public var amount: Double?
        public var stage: Range<Int>
        public var status: DealStatus
        /// `YYYY-MM-DD`.
        public var createdDate: Range<Int>?
        /// `YYYY-MM-DD`.
        public var closeDate: Range<Int>?
        /// The deal's `extra` as compact JSON text (`{}` or `{"crm":{…}}`), as the store keeps it.
        public var extra: Range<Int>
        /// An earlier batch of the same import had this deal id (see ``CRMRepeatedIDs``): the row replaces
        /// what that batch wrote, and a store counts it in ``CRMBatchCounts``' `repeats`, not as the deal's own
        /// create or update.
        public var repeatsEarlierBatch = false
    }

    /// The text of every row, back to back.
    public private(set) var bytes: [UInt8] = []
    public private(set) var rows: [Row] = []

    public init() {
        bytes.reserveCapacity(1 << 18)
        rows.reserveCapacity(1024)
    }

    public var count: Int { rows.count }
    public var isEmpty: Bool { rows.isEmpty }

    /// Empties the batch, keeping its storage for the next rows.
    public mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        rows.removeAll(keepingCapacity: true)
    }

    /// The text at `range` of ``bytes``.
    public func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    /// The indices of the rows to write, in first-seen order, keeping only the last row of each deal id
    /// (one statement may not touch a row twice, and the last row of a file wins). Pure.
    public func lastOfEachID() -> [Int] {
        // Slots by a 64-bit hash of the id; ids whose hash is taken by another id go by text.
        var position: [UInt64: Int] = [:]
        position.reserveCapacity(rows.count)
        var collided: [String: Int] = [:]
        var out: [Int] = []
        out.reserveCapacity(rows.count)
        bytes.withUnsafeBufferPointer { all in
            for (index, row) in rows.enumerated() {
                var h = FNV1a.basis
                for i in row.id { h = FNV1a.add(h, all[i]) }
                if let slot = position[h] {
                    let other = rows[out[slot]].id
                    if other.count == row.id.count && all[other].elementsEqual(all[row.id]) {
                        out[slot] = index
                        continue
                    }
                    let key = text(row.id)
                    if let slot = collided[key] {
                        out[slot] = index
                    } else {
                        collided[key] = out.count
                        out.append(index)
                    }
                } else {
                    position[h] = out.count
                    out.append(index)
                }
            }
        }
        return out
    }

    /// Row `index` as model values (an account with only what the CRM row tells, and its deal).
    public func record(at index: Int) -> CRMRecord {
        let row = rows[index]
        var extra: JSONObject = [:]
        if case .object(let object)? = try? JSONParser.parse(Array(bytes[row.extra])) { extra = object }
        let accountID = AccountID(text(row.accountID))
        let deal = Opportunity(
            id: DealID(text(row.id)), accountId: accountID, name: text(row.name), owner: row.owner.map(text),
            amount: row.amount, stage: text(row.stage), status: row.status,
            createdDate: row.createdDate.flatMap { Day(text($0)) }, closeDate: row.closeDate.flatMap { Day(text($0)) },
            extra: extra)
        return CRMRecord(
            account: Account(id: accountID, name: text(row.accountName)), opportunity: deal, line: row.line)
    }

    // MARK: Building (for CRMRowMapper)

    /// Appends `text` and returns where it is.
    mutating func append(_ text: String) -> Range<Int> {
        let start = bytes.count
        bytes.append(contentsOf: text.utf8)
        return start..<bytes.count
    }

    /// Appends `slice` (repaired to valid UTF-8) and returns where it is.
    mutating func append(_ slice: ArraySlice<UInt8>) -> Range<Int> {
        let start = bytes.count
        if slice.allSatisfy({ $0 < 0x80 }) {
            bytes.append(contentsOf: slice)
        } else {
            bytes.append(contentsOf: String(decoding: slice, as: UTF8.self).utf8)
        }
        return start..<bytes.count
    }

    /// Appends `prefix` then `slice` and returns where the whole is.
    mutating func append(_ prefix: StaticString, _ slice: ArraySlice<UInt8>) -> Range<Int> {
        let start = bytes.count
        prefix.withUTF8Buffer { bytes.append(contentsOf: $0) }
        _ = append(slice)
        return start..<bytes.count
    }

    /// Appends a day as `YYYY-MM-DD`.
    mutating func append(_ day: Day) -> Range<Int> {
        let start = bytes.count
        let (y, m, d) = day.components
        if y < 0 || y > 9999 { return append(day.description) }
        bytes.append(UInt8(48 + y / 1000))
        bytes.append(UInt8(48 + y / 100 % 10))
        bytes.append(UInt8(48 + y / 10 % 10))
        bytes.append(UInt8(48 + y % 10))
        bytes.append(UInt8(ascii: "-"))
        bytes.append(UInt8(48 + m / 10))
        bytes.append(UInt8(48 + m % 10))
        bytes.append(UInt8(ascii: "-"))
        bytes.append(UInt8(48 + d / 10))
        bytes.append(UInt8(48 + d % 10))
        return start..<bytes.count
    }

    /// Appends raw bytes (already valid UTF-8 JSON text built by the mapper).
    mutating func appendRaw(_ byte: UInt8) { bytes.append(byte) }

    /// Appends `slice` as a JSON string (quoted, escaped as ``JSONSerializer`` does, repaired to UTF-8).
    mutating func appendJSONString(_ slice: ArraySlice<UInt8>) {
        if slice.allSatisfy({ $0 >= 0x20 && $0 < 0x80 && $0 != 0x22 && $0 != 0x5C }) {
            bytes.append(0x22)
            bytes.append(contentsOf: slice)
            bytes.append(0x22)
        } else {
            JSONSerializer.writeString(String(decoding: slice, as: UTF8.self), into: &bytes)
        }
    }

    /// Appends `text` as a JSON string.
    mutating func appendJSONString(_ text: String) { JSONSerializer.writeString(text, into: &bytes) }

    mutating func append(row: Row) { rows.append(row) }

    /// The row that starts on `line`, if this batch has one (rows are in line order). Pure.
    func row(on line: Int) -> Row? {
        var low = 0
        var high = rows.count
        while low < high {
            let middle = (low + high) / 2
            if rows[middle].line < line { low = middle + 1 } else { high = middle }
        }
        return low < rows.count && rows[low].line == line ? rows[low] : nil
    }

    /// Marks row `index` as repeating an earlier batch's deal id.
    mutating func markRepeatOfEarlierBatch(_ index: Int) { rows[index].repeatsEarlierBatch = true }

    /// The current end of ``bytes``.
    var end: Int { bytes.count }
}
