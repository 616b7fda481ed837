/// The deal ids one CRM import has seen so far, to name every row whose id an earlier row of the same file
/// already had — in the same batch or one written before — and to mark, in each batch, the rows that repeat an
/// earlier batch's id, so that a store counts them apart and a deal is counted once (not "updated" by its own file).
///
/// Memory: a 64-bit hash and a line number per distinct id (about 12 bytes; 6 MB for 300,000 rows). Within a
/// batch ids are compared by their text; across batches by the hash alone, so two different ids whose hashes
/// match (odds about 3 in 100 million for a million ids) would be named as a repeat — the store still keeps both
/// deals, as it keys them by their text. Not thread-safe: one import, one task. Pure value.
public struct CRMRepeatedIDs: Sendable {
    /// At most this many repeats are named with their lines; the count goes on.
    public static let maxPairs = CRMImportNotes.maxLines

    /// Hash of each id seen → the line of its latest row.
    private var lastLine: [UInt64: UInt32] = [:]
    /// Rows whose id an earlier row of the file had.
    public private(set) var count = 0
    /// The first ``maxPairs`` of them: (the row's line, the line of the earlier row with the same id).
    public private(set) var pairs: [(line: Int, earlier: Int)] = []

    /// Room for `expectedIDs` ids from the start (at most 2^20): growing the table rehashes every id
    /// seen so far, which on a 300,000-row file cost about as much as the inserts themselves.
    public init(expectedIDs: Int = 0) {
        lastLine.reserveCapacity(min(max(expectedIDs, 0), 1 << 20))
    }

    /// Records the ids of `batch` (the next rows of the file, in order), counts the rows that repeat an earlier
    /// row's id, and marks in `batch` the rows whose id an earlier batch had (``CRMDealBatch/Row/repeatsEarlierBatch``).
    public mutating func check(_ batch: inout CRMDealBatch) {
        guard let firstLine = batch.rows.first?.line else { return }
        let batchStart = UInt32(clamping: firstLine)
        var fromEarlierBatch: Set<UInt64> = []
        batch.bytes.withUnsafeBufferPointer { all in
            for row in batch.rows {
                let h = Self.hash(row.id, all)
                guard let earlier = lastLine.updateValue(UInt32(clamping: row.line), forKey: h) else { continue }
                if earlier < batchStart {
                    add(line: row.line, earlier: Int(earlier))
                    fromEarlierBatch.insert(h)
                } else if let other = batch.row(on: Int(earlier)),
                    other.id.count == row.id.count && all[other.id].elementsEqual(all[row.id])
                {
                    // Within the batch ids are compared by their text: two ids with one hash stay two deals.
                    add(line: row.line, earlier: Int(earlier))
                }
            }
        }
        guard !fromEarlierBatch.isEmpty else { return }
        let marked = batch.bytes.withUnsafeBufferPointer { all in
            batch.rows.indices.filter { fromEarlierBatch.contains(Self.hash(batch.rows[$0].id, all)) }
        }
        for index in marked { batch.markRepeatOfEarlierBatch(index) }
    }

    /// FNV-1a of the bytes at `range`, as ``CRMDealBatch/lastOfEachID()`` hashes ids.
    private static func hash(_ range: Range<Int>, _ all: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = FNV1a.basis
        for i in range { h = FNV1a.add(h, all[i]) }
        return h
    }

    private mutating func add(line: Int, earlier: Int) {
        count += 1
        if pairs.count < Self.maxPairs { pairs.append((line, earlier)) }
    }

    /// `2 rows repeat the deal id of an earlier row in the file: line 1502 (like line 2), …; the later row of
    /// each id was kept, and each deal is counted once`, or `nil` when no row did. Pure.
    public var sentence: String? {
        guard count > 0 else { return nil }
        var named = pairs.map { "line \($0.line) (like line \($0.earlier))" }
        if count > pairs.count { named.append("\(count - pairs.count) more") }
        return "\(CRMImportNotes.count(count, "row")) \(count == 1 ? "repeats" : "repeat") the deal id of an earlier "
            + "row in the file: \(named.joined(separator: ", ")); the later row of each id was kept, and each deal "
            + "is counted once"
    }
}
