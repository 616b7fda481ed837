import SameSideCore

/// The accounts an import already wrote, so each is upserted once rather than once per deal.
///
/// Bounded: keys are two 64-bit hashes of (id, name), and the set starts again when it holds
/// ``capacity`` of them, so a file with a million accounts costs a few MB, not a copy of every name.
/// Forgetting only costs a repeated (idempotent) upsert. Not thread-safe: one import, one task.
struct AccountsSeen {
    static let capacity = 1 << 16
    private struct Key: Hashable {
        var a: UInt64
        var b: UInt64
    }
    private var keys: Set<Key> = []

    /// Whether (id, name) at these ranges of `bytes` is new; remembers it.
    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, id: Range<Int>, name: Range<Int>) -> Bool {
        // Two independent hashes: FNV-1a, and a multiply-xorshift one.
        var a = FNV1a.basis
        var b: UInt64 = 0x8422_2325_cbf2_9ce4
        func mix(_ byte: UInt8) {
            a = FNV1a.add(a, byte)
            b = (b &+ UInt64(byte)) &* 0x9E37_79B9_7F4A_7C15
            b ^= b >> 29
        }
        for i in id { mix(bytes[i]) }
        mix(0x1F)
        for i in name { mix(bytes[i]) }
        if keys.count >= Self.capacity { keys.removeAll(keepingCapacity: true) }
        return keys.insert(Key(a: a, b: b)).inserted
    }
}
