/// Finds the ids that occur more than once in a stream of any length, exactly, in bounded memory.
///
/// Ids are gathered in memory up to a budget; a full batch is sorted and handed to a
/// ``SpillStorage`` as a run, and ``finish()`` merges the runs, so an id is compared byte for byte
/// with every other (no hashing, no false alarms). Memory: the budget, plus a small read buffer a
/// run while merging. Inputs within the budget never touch the storage.
public struct DuplicateIDFinder {
    /// An id seen again: where it was first and where it came back.
    public struct Duplicate: Equatable, Sendable {
        public var id: String
        public var first: Int
        public var again: Int

        public init(id: String, first: Int, again: Int) {
            self.id = id
            self.first = first
            self.again = again
        }
    }

    /// What ``finish()`` found: the earliest duplicates (by where they came back) and how many there are.
    public struct Report: Equatable, Sendable {
        /// At most the finder's `keep` duplicates, ordered by ``Duplicate/again``.
        public var duplicates: [Duplicate]
        /// Every duplicate found, listed or not.
        public var total: Int
    }

    private let storage: any SpillStorage
    private let memoryBudget: Int
    private let keep: Int
    private var batch = SortedIDBatch()
    private var runs: [SpillRange] = []
    private var failure: (any Error)?

    /// - Parameters:
    ///   - storage: where full batches go.
    ///   - memoryBudget: bytes of ids and bookkeeping held before a batch is spilled.
    ///   - keep: how many duplicates the report lists.
    public init(storage: any SpillStorage, memoryBudget: Int = 4 << 20, keep: Int = 1_000) {
        self.storage = storage
        self.memoryBudget = max(memoryBudget, 1 << 10)
        self.keep = max(keep, 1)
    }

    /// Notes `id` at `position` (a line number or an index; positions must increase).
    /// A storage failure is kept and thrown by ``finish()``.
    public mutating func note(_ id: String, position: Int) {
        guard failure == nil else { return }
        batch.append(id, position: position)
        if batch.memoryCost >= memoryBudget { spill() }
    }

    /// Every id seen more than once since the start.
    /// - Throws: the first error the storage gave.
    public mutating func finish() throws -> Report {
        if let failure { throw failure }
        var collector = DuplicateCollector(keep: keep)
        if runs.isEmpty {
            batch.sort()
            var scan = batch.entries.makeIterator()
            collector.scan { scan.next().map { (batch.bytes(of: $0), $0.position) } }
        } else {
            if !batch.isEmpty { spill() }
            if let failure { throw failure }
            var merger = try SortedRunMerger(storage: storage, runs: runs)
            var readFailure: (any Error)?
            collector.scan {
                do { return try merger.next() } catch {
                    readFailure = error
                    return nil
                }
            }
            if let readFailure { throw readFailure }
        }
        return collector.report
    }

    private mutating func spill() {
        batch.sort()
        do {
            runs.append(try storage.append(batch.encoded()))
        } catch {
            failure = error
        }
        batch.removeAll()
    }
}

/// Walks ids in sorted order and keeps the earliest duplicates.
private struct DuplicateCollector {
    let keep: Int
    private var found: [DuplicateIDFinder.Duplicate] = []
    private var total = 0

    init(keep: Int) { self.keep = keep }

    /// Reads `(id bytes, position)` pairs sorted by id, then position, until `next` gives `nil`.
    mutating func scan(_ next: () -> ([UInt8], Int)?) {
        var previous: [UInt8]?
        var firstPosition = 0
        while let (bytes, position) = next() {
            if bytes == previous {
                total += 1
                found.append(.init(id: String(decoding: bytes, as: UTF8.self), first: firstPosition, again: position))
                if found.count >= keep * 2 { trim() }
            } else {
                previous = bytes
                firstPosition = position
            }
        }
    }

    var report: DuplicateIDFinder.Report {
        var copy = self
        copy.trim()
        return .init(duplicates: copy.found, total: total)
    }

    private mutating func trim() {
        found.sort { $0.again < $1.again }
        if found.count > keep { found.removeLast(found.count - keep) }
    }
}
