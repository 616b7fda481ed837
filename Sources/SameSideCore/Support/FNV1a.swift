/// FNV-1a, 64 bit: the one byte hash of the code base (coach word keys, stable CRM keys, import id sets).
///
/// Fast and stable across machines and runs; not for anything an attacker could aim collisions at. Pure.
public enum FNV1a {
    /// The offset basis: the hash of no bytes.
    public static let basis: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The running hash after one more byte.
    @inlinable @inline(__always)
    public static func add(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }

    /// The hash of `bytes`. Pure.
    @inlinable
    public static func hash<C: Sequence>(_ bytes: C, from start: UInt64 = basis) -> UInt64 where C.Element == UInt8 {
        var hash = start
        for byte in bytes { hash = add(hash, byte) }
        return hash
    }
}
