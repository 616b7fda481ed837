/// A batch of ids with their positions, kept as one byte arena, that sorts itself and encodes as a run.
///
/// Run encoding, entry after entry in sorted order: position (LEB128), id length (LEB128), id bytes.
struct SortedIDBatch {
    struct Entry {
        var start: UInt32
        var length: UInt32
        var position: Int
    }

    private var arena: [UInt8] = []
    private(set) var entries: [Entry] = []

    var isEmpty: Bool { entries.isEmpty }

    /// Bytes this batch holds: the arena and the entry table.
    var memoryCost: Int { arena.count + entries.count * MemoryLayout<Entry>.stride }

    mutating func append(_ id: String, position: Int) {
        let start = UInt32(truncatingIfNeeded: arena.count)
        arena.append(contentsOf: id.utf8)
        entries.append(
            Entry(start: start, length: UInt32(truncatingIfNeeded: arena.count) &- start, position: position))
    }

    func bytes(of entry: Entry) -> [UInt8] {
        Array(arena[Int(entry.start)..<Int(entry.start) + Int(entry.length)])
    }

    /// Sorts by id bytes, then by position.
    mutating func sort() {
        var list = entries
        entries = []
        arena.withUnsafeBufferPointer { arena in
            list.sort { left, right in
                let common = Int(min(left.length, right.length))
                for offset in 0..<common {
                    let a = arena[Int(left.start) + offset]
                    let b = arena[Int(right.start) + offset]
                    if a != b { return a < b }
                }
                if left.length != right.length { return left.length < right.length }
                return left.position < right.position
            }
        }
        entries = list
    }

    /// The run encoding of the entries, in their current order.
    func encoded() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(arena.count + entries.count * 4)
        for entry in entries {
            LEB128.append(UInt64(entry.position), to: &out)
            LEB128.append(UInt64(entry.length), to: &out)
            out.append(contentsOf: arena[Int(entry.start)..<Int(entry.start) + Int(entry.length)])
        }
        return out
    }

    mutating func removeAll() {
        arena.removeAll(keepingCapacity: true)
        entries.removeAll(keepingCapacity: true)
    }
}

/// Unsigned LEB128: seven bits a byte, low bits first, the high bit set on every byte but the last.
enum LEB128 {
    static func append(_ value: UInt64, to out: inout [UInt8]) {
        var rest = value
        while rest >= 0x80 {
            out.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        out.append(UInt8(rest))
    }

    /// Decodes one value at `index` and moves past it; `nil` when the bytes end inside it or it is too long.
    static func read(_ bytes: [UInt8], at index: inout Int) -> UInt64? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while index < bytes.count, shift < 64 {
            let byte = bytes[index]
            index += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
        return nil
    }
}
