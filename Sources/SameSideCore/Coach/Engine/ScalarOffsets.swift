/// Maps UTF-8 byte offsets of a text to offsets in Unicode scalar values, moving a cursor from the last
/// offset asked for (forwards or backwards) instead of counting from the start each time.
///
/// Spans are asked for in input order, so the cursor crosses the text about once. Runs of eight bytes are
/// counted at a time: a scalar starts at every byte that is not a continuation byte (`10xxxxxx`).
struct ScalarOffsets {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var byte = 0
    private var scalar = 0

    /// A cursor at the start of `bytes` (valid UTF-8, or read byte by byte as it is). Pure.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The scalar offset of byte offset `position` (clamped to the text; at a scalar boundary or the end).
    mutating func callAsFunction(_ position: Int) -> Int {
        let target = min(max(position, 0), bytes.count)
        guard let base = bytes.baseAddress else { return 0 }
        if target >= byte {
            let raw = UnsafeRawPointer(base)
            while byte + 8 <= target {
                let word = raw.loadUnaligned(fromByteOffset: byte, as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 {
                    scalar += 8
                } else {
                    let continuation = word & ~(word << 1) & 0x8080_8080_8080_8080
                    scalar += 8 - continuation.nonzeroBitCount
                }
                byte += 8
            }
            while byte < target {
                if base[byte] & 0xC0 != 0x80 { scalar += 1 }
                byte += 1
            }
        } else {
            while byte > target {
                byte -= 1
                if base[byte] & 0xC0 != 0x80 { scalar -= 1 }
            }
        }
        return scalar
    }
}
