/// ``FNV1a`` over the canonical (lowercased, straight-apostrophe) bytes of a word.
///
/// The coach keys its vocabulary by this hash alone; two different words sharing a 64-bit hash is
/// astronomically unlikely for a vocabulary of a few thousand words.
enum WordHash {
    static let seed = FNV1a.basis

    @inline(__always)
    static func add(_ hash: UInt64, _ byte: UInt8) -> UInt64 { FNV1a.add(hash, byte) }

    /// A running hash as a word's final hash (0 is reserved). Pure.
    @inline(__always)
    static func finish(_ hash: UInt64) -> UInt64 { hash == 0 ? 1 : hash }

    /// The hash of `text`'s UTF-8 bytes as given (callers pass canonical text). Pure.
    static func of(_ text: String) -> UInt64 {
        var hash = seed
        for byte in text.utf8 { hash = add(hash, byte) }
        return hash == 0 ? 1 : hash
    }

    /// The hash of `bytes`. Pure.
    static func of<C: Collection>(bytes: C) -> UInt64 where C.Element == UInt8 {
        var hash = seed
        for byte in bytes { hash = add(hash, byte) }
        return hash == 0 ? 1 : hash
    }
}
