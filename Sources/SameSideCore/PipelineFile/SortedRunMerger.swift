/// Merges sorted runs (see ``SortedIDBatch``) from a ``SpillStorage`` into one sorted stream of
/// `(id bytes, position)`, reading each run through a small buffer.
struct SortedRunMerger {
    /// A run's read position and its current entry.
    private struct Cursor {
        let end: Int
        var offset: Int
        var buffer: [UInt8] = []
        var index = 0
        var current: (bytes: [UInt8], position: Int)?

        init(range: SpillRange) {
            offset = range.offset
            end = range.offset + range.count
        }

        /// Makes at least `count` unread bytes available if the run has them; says whether it did.
        mutating func ensure(_ count: Int, storage: any SpillStorage, chunk: Int) throws -> Bool {
            if buffer.count - index >= count { return true }
            buffer.removeFirst(index)
            index = 0
            let wanted = min(max(count - buffer.count, chunk), end - offset)
            if wanted > 0 {
                let more = try storage.read(at: offset, count: wanted)
                offset += more.count
                buffer.append(contentsOf: more)
            }
            return buffer.count >= count
        }

        mutating func advance(storage: any SpillStorage, chunk: Int) throws {
            current = nil
            guard try ensure(1, storage: storage, chunk: chunk) else { return }
            _ = try ensure(20, storage: storage, chunk: chunk)
            guard let position = LEB128.read(buffer, at: &index), let length = LEB128.read(buffer, at: &index),
                try ensure(Int(length), storage: storage, chunk: chunk)
            else { throw SpillCorruption() }
            current = (Array(buffer[index..<index + Int(length)]), Int(position))
            index += Int(length)
        }
    }

    /// The stored runs do not decode: the storage gave back other bytes than it was given.
    struct SpillCorruption: Error, CustomStringConvertible {
        var description: String { "the temporary run file was changed while it was being read" }
    }

    private let storage: any SpillStorage
    private let chunk: Int
    private var cursors: [Cursor]
    /// Indices into `cursors`, a binary min-heap on their current entries.
    private var heap: [Int] = []

    init(storage: any SpillStorage, runs: [SpillRange], chunk: Int = 32 << 10) throws {
        self.storage = storage
        self.chunk = chunk
        cursors = runs.map(Cursor.init)
        for index in cursors.indices {
            try cursors[index].advance(storage: storage, chunk: chunk)
            if cursors[index].current != nil {
                heap.append(index)
                siftUp(heap.count - 1)
            }
        }
    }

    /// The smallest entry not yet given, or `nil` when every run is done.
    mutating func next() throws -> ([UInt8], Int)? {
        guard let top = heap.first, let entry = cursors[top].current else { return nil }
        try cursors[top].advance(storage: storage, chunk: chunk)
        if cursors[top].current == nil {
            heap[0] = heap[heap.count - 1]
            heap.removeLast()
        }
        if !heap.isEmpty { siftDown(0) }
        return entry
    }

    private func less(_ a: Int, _ b: Int) -> Bool {
        guard let left = cursors[a].current, let right = cursors[b].current else { return false }
        if left.bytes != right.bytes { return left.bytes.lexicographicallyPrecedes(right.bytes) }
        return left.position < right.position
    }

    private mutating func siftUp(_ start: Int) {
        var child = start
        while child > 0 {
            let parent = (child - 1) / 2
            guard less(heap[child], heap[parent]) else { return }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    private mutating func siftDown(_ start: Int) {
        var parent = start
        while true {
            let left = parent * 2 + 1
            guard left < heap.count else { return }
            var smallest = left
            if left + 1 < heap.count, less(heap[left + 1], heap[left]) { smallest = left + 1 }
            guard less(heap[smallest], heap[parent]) else { return }
            heap.swapAt(smallest, parent)
            parent = smallest
        }
    }
}
