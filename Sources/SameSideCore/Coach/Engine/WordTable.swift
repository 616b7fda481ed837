/// An open-addressing map from word hash to vocabulary id, built once per lexicon.
///
/// A Swift `Dictionary` costs several times more per lookup on the coach's hot path (one lookup per word).
/// Each slot holds its key and its value side by side, so a lookup touches one cache line, not two.
struct WordTable: Sendable {
    /// A slot: `key` 0 when empty.
    struct Slot: Sendable {
        var key: UInt64
        var value: Int32
    }

    private var slots: [Slot]
    private var mask: Int
    private(set) var count = 0

    init(minimumCapacity: Int = 1024) {
        var capacity = 64
        while capacity < minimumCapacity * 2 { capacity <<= 1 }
        slots = Array(repeating: Slot(key: 0, value: -1), count: capacity)
        mask = capacity - 1
    }

    /// The same map in memory of its own (see ``CompiledLexicon/init(copying:)``). Pure.
    func copy() -> WordTable {
        var copy = self
        copy.slots = CompiledLexicon.ownCopy(slots)
        return copy
    }

    /// The id stored for `hash`, or -1. O(1) expected.
    @inline(__always)
    func lookup(_ hash: UInt64) -> Int32 {
        var index = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while true {
            let slot = slots[index]
            if slot.key == hash { return slot.value }
            if slot.key == 0 { return -1 }
            index = (index + 1) & mask
        }
    }

    /// Stores `id` for `hash` (replacing an earlier id). Grows as needed.
    mutating func insert(_ hash: UInt64, _ id: Int32) {
        if (count + 1) * 2 > slots.count { grow() }
        var index = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while true {
            if slots[index].key == hash {
                slots[index].value = id
                return
            }
            if slots[index].key == 0 {
                slots[index] = Slot(key: hash, value: id)
                count += 1
                return
            }
            index = (index + 1) & mask
        }
    }

    private mutating func grow() {
        let old = slots
        let capacity = slots.count * 2
        slots = Array(repeating: Slot(key: 0, value: -1), count: capacity)
        mask = capacity - 1
        count = 0
        for slot in old where slot.key != 0 { insert(slot.key, slot.value) }
    }
}
