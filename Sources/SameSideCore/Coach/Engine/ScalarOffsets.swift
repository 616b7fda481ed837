/// Maps UTF-8 byte offsets of a text to offsets in Unicode scalar values, in one pass.
struct ScalarOffsets {
    private var positions: [Int]
    private var scalars: [Int]

    /// Scalar offsets for every byte offset in `positions` (each at a scalar boundary or at the end). Pure.
    init(_ bytes: UnsafeBufferPointer<UInt8>, positions unsorted: [Int]) {
        positions = unsorted.sorted()
        scalars = []
        scalars.reserveCapacity(positions.count)
        var count = 0
        var byte = 0
        for position in positions {
            let target = min(max(position, 0), bytes.count)
            while byte < target {
                if bytes[byte] & 0xC0 != 0x80 { count += 1 }
                byte += 1
            }
            scalars.append(count)
        }
    }

    /// The scalar offset of byte offset `position`, which must be one of those given. O(log n).
    subscript(_ position: Int) -> Int {
        var low = 0
        var high = positions.count
        while low < high {
            let middle = (low + high) / 2
            if positions[middle] < position { low = middle + 1 } else { high = middle }
        }
        return low < scalars.count ? scalars[low] : 0
    }
}
