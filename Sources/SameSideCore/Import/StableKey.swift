/// Stable, readable keys for CRM records that come without an id column, so that importing the
/// same file again updates the records instead of duplicating them.
///
/// FNV-1a (64-bit) over the normalised parts; the same parts give the same key on every machine
/// and every run. Pure.
public enum StableKey {
    /// 16 lowercase hex digits for `parts` (lowercased, trimmed, joined by U+001F).
    public static func hash(_ parts: [String]) -> String {
        var h = FNV1a.basis
        for (index, part) in parts.enumerated() {
            if index > 0 { h = FNV1a.add(h, 0x1F) }
            h = FNV1a.hash(part.trimmingSpaces.lowercased().utf8, from: h)
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
