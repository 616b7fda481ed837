/// Where a ``DuplicateIDFinder`` keeps the sorted runs that do not fit its memory budget.
///
/// Runs are written once, one after another, and read back in small pieces while they are merged.
/// The command-line tool backs this with an unlinked temporary file; ``InMemorySpillStorage``
/// keeps the bytes in memory (for tests, and for inputs that are in memory anyway).
public protocol SpillStorage: AnyObject {
    /// Stores `bytes` after everything stored so far and says where they are.
    /// - Throws: whatever the storage meets (a full disk, say).
    func append(_ bytes: [UInt8]) throws -> SpillRange
    /// Up to `count` stored bytes from `offset` (fewer only at the end of what was stored).
    /// - Throws: whatever the storage meets.
    func read(at offset: Int, count: Int) throws -> [UInt8]
}

/// A stretch of bytes in a ``SpillStorage``.
public struct SpillRange: Equatable, Sendable {
    public var offset: Int
    public var count: Int

    public init(offset: Int, count: Int) {
        self.offset = offset
        self.count = count
    }
}

/// A ``SpillStorage`` in memory: for tests and for inputs that are wholly in memory already.
public final class InMemorySpillStorage: SpillStorage {
    private var bytes: [UInt8] = []

    public init() {}

    /// Bytes stored so far.
    public var count: Int { bytes.count }

    public func append(_ more: [UInt8]) -> SpillRange {
        let range = SpillRange(offset: bytes.count, count: more.count)
        bytes.append(contentsOf: more)
        return range
    }

    public func read(at offset: Int, count: Int) -> [UInt8] {
        let start = min(max(offset, 0), bytes.count)
        return Array(bytes[start..<min(start + max(count, 0), bytes.count)])
    }
}
