/// An open-addressing map from word hash to vocabulary id, built once per lexicon.
///
/// A Swift `Dictionary` costs several times more per lookup on the coach's hot path (one lookup per word).
struct WordTable: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private(set) var count = 0

    init(minimumCapacity: Int = 1024) {
        var capacity = 64
        while capacity < minimumCapacity * 2 { capacity <<= 1 }
        keys = Array(repeating: 0, count: capacity)
        values = Array(repeating: -1, count: capacity)
        mask = capacity - 1
    }

    /// The same map in memory of its own (see ``CompiledLexicon/init(copying:)``). Pure.
    func copy() -> WordTable {
        var copy = self
        copy.keys = CompiledLexicon.ownCopy(keys)
        copy.values = CompiledLexicon.ownCopy(values)
        return copy
    }

    /// The id stored for `hash`, or -1. O(1) expected.
    @inline(__always)
    func lookup(_ hash: UInt64) -> Int32 {
        var index = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while true {
            let key = keys[index]
            if key == hash { return values[index] }
            if key == 0 { return -1 }
            index = (index + 1) & mask
        }
    }

    /// Stores `id` for `hash` (replacing an earlier id). Grows as needed.
    mutating func insert(_ hash: UInt64, _ id: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        var index = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while true {
            if keys[index] == hash {
                values[index] = id
                return
            }
            if keys[index] == 0 {
                keys[index] = hash
                values[index] = id
                count += 1
                return
            }
            index = (index + 1) & mask
        }
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        let capacity = keys.count * 2
        keys = Array(repeating: 0, count: capacity)
        values = Array(repeating: -1, count: capacity)
        mask = capacity - 1
        count = 0
        for (key, value) in zip(oldKeys, oldValues) where key != 0 { insert(key, value) }
    }
}
