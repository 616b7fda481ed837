/// Rendered deal blocks kept until a report can print them in rank order, in bounded memory: the text waits
/// in a ``SpillStorage`` (a temporary file in the CLI) once it passes `memoryLimit`; only a small index entry
/// (rank key and where the text is) stays in memory per deal — about 40 bytes.
public final class RankedBlocks {
    /// Where one deal's texts are and how it ranks.
    struct Entry {
        var stake: Double
        var amount: Double
        var sequence: Int
        /// The offsets of each of the deal's texts in the logical stream; `parts` texts per deal.
        var offset: Int
        var lengths: (Int32, Int32)
    }

    private let storage: any SpillStorage
    private let memoryLimit: Int
    private var groups: [[Entry]]
    private var pending: [UInt8] = []
    /// Logical stream offset of `pending`'s first byte.
    private var pendingStart = 0
    /// Spilled chunks: logical start and where they are in storage.
    private var chunks: [(logical: Int, range: SpillRange)] = []
    private var sequence = 0
    private let top: Int?

    /// Blocks in `groups` groups, keeping at most `top` per group when given.
    public init(groups: Int, top: Int? = nil, storage: any SpillStorage, memoryLimit: Int = 2 << 20) {
        self.groups = Array(repeating: [], count: groups)
        self.storage = storage
        self.memoryLimit = memoryLimit
        self.top = top.map { max(0, $0) }
    }

    /// Adds a deal's two texts (say, a table row and a note) to `group` with its rank key.
    /// - Throws: what the storage throws when the text has to move there.
    public func add(group: Int, stake: Double, amount: Double, first: String, second: String = "") throws {
        let offset = pendingStart + pending.count
        pending.append(contentsOf: first.utf8)
        pending.append(contentsOf: second.utf8)
        let entry = Entry(
            stake: stake, amount: amount, sequence: sequence, offset: offset,
            lengths: (Int32(first.utf8.count), Int32(second.utf8.count)))
        sequence += 1
        groups[group].append(entry)
        if let top, top < 1 << 30, groups[group].count > top * 2 + 64 { trim(group, to: top) }
        if pending.count > memoryLimit { try spill() }
    }

    /// The number of deals kept in `group` (after ``top``).
    public func count(_ group: Int) -> Int { min(groups[group].count, top ?? Int.max) }

    /// Hands each kept deal's texts of `group` to `body`, most at stake first (then the larger amount, then
    /// the order added).
    /// - Throws: what the storage throws.
    public func forEachRanked(_ group: Int, _ body: (_ first: [UInt8], _ second: [UInt8]) throws -> Void) throws {
        trim(group, to: top ?? Int.max)
        for entry in groups[group] {
            let first = try read(entry.offset, Int(entry.lengths.0))
            let second = try read(entry.offset + Int(entry.lengths.0), Int(entry.lengths.1))
            try body(first, second)
        }
    }

    private func trim(_ group: Int, to limit: Int) {
        groups[group].sort(by: Self.ranksBefore)
        if groups[group].count > limit { groups[group].removeLast(groups[group].count - limit) }
    }

    private static func ranksBefore(_ lhs: Entry, _ rhs: Entry) -> Bool {
        if lhs.stake != rhs.stake { return lhs.stake > rhs.stake }
        if lhs.amount != rhs.amount { return lhs.amount > rhs.amount }
        return lhs.sequence < rhs.sequence
    }

    private func spill() throws {
        guard !pending.isEmpty else { return }
        let range = try storage.append(pending)
        chunks.append((logical: pendingStart, range: range))
        pendingStart += pending.count
        pending.removeAll(keepingCapacity: true)
    }

    /// `count` bytes of the logical stream from `offset`, from the chunks they are in.
    private func read(_ offset: Int, _ count: Int) throws -> [UInt8] {
        guard count > 0 else { return [] }
        var result: [UInt8] = []
        result.reserveCapacity(count)
        var at = offset
        let end = offset + count
        while at < end {
            if at >= pendingStart {
                let start = at - pendingStart
                result.append(contentsOf: pending[start..<(start + end - at)])
                break
            }
            // The last chunk starting at or before `at`.
            var low = 0
            var high = chunks.count - 1
            while low < high {
                let mid = (low + high + 1) / 2
                if chunks[mid].logical <= at { low = mid } else { high = mid - 1 }
            }
            let chunk = chunks[low]
            let within = at - chunk.logical
            let take = min(end - at, chunk.range.count - within)
            let bytes = try storage.read(at: chunk.range.offset + within, count: take)
            guard !bytes.isEmpty else { break }
            result.append(contentsOf: bytes)
            at += bytes.count
        }
        return result
    }
}
