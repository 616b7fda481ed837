/// Maps UTF-8 byte offsets of a text to offsets in Unicode scalar values, in one pass.
enum ScalarOffsets {
    /// The scalar offset of each byte offset in `positions` (each at a scalar boundary or at the end). Pure.
    static func map(_ bytes: UnsafeBufferPointer<UInt8>, positions: [Int]) -> [Int: Int] {
        let sorted = Set(positions).sorted()
        var result: [Int: Int] = [:]
        result.reserveCapacity(sorted.count)
        var scalars = 0
        var byte = 0
        for position in sorted {
            let target = min(max(position, 0), bytes.count)
            while byte < target {
                if bytes[byte] & 0xC0 != 0x80 { scalars += 1 }
                byte += 1
            }
            result[position] = scalars
        }
        return result
    }
}
