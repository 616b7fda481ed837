import SameSideCore

/// Text collected into numbered groups and written out group by group at the end, in bounded
/// memory: once the groups together hold more than `memoryLimit` bytes, each group's text so far
/// moves to a ``SpillStorage`` (a temporary file unless told otherwise) and is read back in order.
///
/// Used where a report must group a stream (deals by verdict) before it can print any of it.
public final class GroupedSpool {
    private struct Group {
        var buffer: [UInt8] = []
        var spilled: [SpillRange] = []
    }

    private var groups: [Group]
    private let storage: any SpillStorage
    private let memoryLimit: Int
    private var buffered = 0

    public init(groups count: Int, storage: any SpillStorage = TemporaryFileSpill(), memoryLimit: Int = 2 << 20) {
        groups = Array(repeating: Group(), count: count)
        self.storage = storage
        self.memoryLimit = memoryLimit
    }

    /// Adds `text` to group `index`.
    /// - Throws: an error of the storage when the text has to move there.
    public func append(_ text: String, to index: Int) throws {
        groups[index].buffer.append(contentsOf: text.utf8)
        buffered += text.utf8.count
        if buffered > memoryLimit { try spill() }
    }

    /// Whether group `index` holds any text.
    public func isEmpty(_ index: Int) -> Bool { groups[index].buffer.isEmpty && groups[index].spilled.isEmpty }

    /// Hands group `index`'s text to `write` in order, in pieces of at most about a megabyte.
    /// - Throws: an error of the storage.
    public func drain(_ index: Int, into write: ([UInt8]) -> Void) throws {
        for range in groups[index].spilled {
            var offset = range.offset
            while offset < range.offset + range.count {
                let piece = try storage.read(at: offset, count: min(1 << 20, range.offset + range.count - offset))
                guard !piece.isEmpty else { break }
                write(piece)
                offset += piece.count
            }
        }
        if !groups[index].buffer.isEmpty { write(groups[index].buffer) }
    }

    private func spill() throws {
        for index in groups.indices where !groups[index].buffer.isEmpty {
            groups[index].spilled.append(try storage.append(groups[index].buffer))
            groups[index].buffer.removeAll(keepingCapacity: false)
        }
        buffered = 0
    }
}
