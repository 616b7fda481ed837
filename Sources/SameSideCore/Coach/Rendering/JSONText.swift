import Foundation

/// Minimal JSON text building for the coach's reports, into memory the writer owns and grows.
///
/// `coach --batch` writes about three bytes of JSON per byte of input; appending to an `Array` piece by
/// piece cost a fifth of its time, so this writer copies runs with `memcpy` into its own buffer. Every write
/// first makes room (doubling the buffer), so no input, however many escapes it needs, can overrun it.
struct JSONText: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private(set) var capacity: Int
    private(set) var count = 0

    /// An empty writer with room for `capacity` bytes before it first grows.
    init(capacity: Int = 4096) {
        self.capacity = max(capacity, 1)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// The bytes written so far.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    /// Forgets what was written, keeping the memory.
    mutating func removeAll() { count = 0 }

    /// Makes room for `length` more bytes.
    @inline(__always)
    private mutating func reserve(_ length: Int) {
        if length > capacity - count { grow(to: count + length) }
    }

    private mutating func grow(to needed: Int) {
        var newCapacity = capacity
        while newCapacity < needed { newCapacity = newCapacity > Int.max / 2 ? needed : newCapacity * 2 }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    @inline(__always)
    private mutating func copy(_ source: UnsafeRawPointer, _ length: Int) {
        reserve(length)
        (base + count).update(from: source.assumingMemoryBound(to: UInt8.self), count: length)
        count += length
    }

    @inline(__always)
    mutating func byte(_ value: UInt8) {
        reserve(1)
        base[count] = value
        count += 1
    }

    /// Appends bytes as they are (already JSON).
    mutating func raw(_ bytes: UnsafeBufferPointer<UInt8>) {
        if let address = bytes.baseAddress { copy(address, bytes.count) }
    }

    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { copy($0.baseAddress!, $0.count) }
    }

    /// Appends a runtime string as it is. (Named apart from the `StaticString` `raw`: with both named `raw`, a
    /// literal would pick the `String` overload and pay a retain and release per call.)
    mutating func rawString(_ text: String) {
        var text = text
        text.withUTF8 { if let address = $0.baseAddress { copy(address, $0.count) } }
    }

    mutating func int(_ value: Int) {
        guard value >= 0 && value < 1_000_000_000 else {
            rawString(String(value))
            return
        }
        var divisor = 1
        while divisor * 10 <= value { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            byte(UInt8(48 + rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    /// A finite number with at most two decimals (non-finite values are written as 0).
    mutating func number(_ value: Double) {
        guard value.isFinite else {
            byte(48)
            return
        }
        if value == value.rounded() && abs(value) < 1e9 {
            if value < 0 { byte(45) }
            int(Int(abs(value)))
        } else if abs(value) < 1e9 {
            // What `String((value * 100).rounded() / 100)` writes (the shortest form of a number with at most
            // two decimals is those decimals, trailing zeros dropped, ".0" for a whole number), without
            // building a String.
            let hundredths = Int((value * 100).rounded())
            if value < 0 { byte(45) }
            let magnitude = abs(hundredths)
            int(magnitude / 100)
            byte(46)
            let fraction = magnitude % 100
            byte(UInt8(48 + fraction / 10))
            if fraction % 10 != 0 { byte(UInt8(48 + fraction % 10)) }
        } else {
            rawString(String((value * 100).rounded() / 100))
        }
    }

    mutating func bool(_ value: Bool) { raw(value ? "true" : "false") }

    mutating func string(_ text: String) {
        // Native strings lend their bytes without a copy (and without the retain `var text = text` costs).
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { escaped($0) }
        if done == nil {
            var text = text
            text.withUTF8 { escaped($0) }
        }
    }

    /// Writes `source` as a JSON string; runs that need no escaping are copied whole.
    mutating func escaped(_ source: UnsafeBufferPointer<UInt8>) {
        byte(34)
        guard let address = source.baseAddress else {
            byte(34)
            return
        }
        var runStart = 0
        var i = 0
        let n = source.count
        let raw = UnsafeRawPointer(address)
        while i < n {
            // Eight bytes at a time while none needs escaping (most of every string).
            while i + 8 <= n && !Self.needsEscape(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { i += 8 }
            guard i < n else { break }
            let value = source[i]
            if value >= 0x20 && value != 34 && value != 92 {
                i += 1
                continue
            }
            if runStart < i { copy(address + runStart, i - runStart) }
            byte(92)
            switch value {
            case 34: byte(34)
            case 92: byte(92)
            case 10: byte(UInt8(ascii: "n"))
            case 13: byte(UInt8(ascii: "r"))
            case 9: byte(UInt8(ascii: "t"))
            default:
                let digits: StaticString = "0123456789abcdef"
                digits.withUTF8Buffer { hex in
                    byte(UInt8(ascii: "u"))
                    byte(48)
                    byte(48)
                    byte(hex[Int(value >> 4)])
                    byte(hex[Int(value & 15)])
                }
            }
            i += 1
            runStart = i
        }
        if runStart < n { copy(address + runStart, n - runStart) }
        byte(34)
    }

    /// Whether any of the eight bytes in `word` is a control byte, `"` or `\\` (exact, by the usual
    /// has-zero-byte bit trick; bytes ≥ 0x80 never count).
    @inline(__always)
    static func needsEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let control = (word &- ones &* 0x20) & ~word & high
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        return (control | ((quote &- ones) & ~quote & high) | ((backslash &- ones) & ~backslash & high)) != 0
    }

    mutating func strings(_ list: [String]) {
        byte(91)
        for (index, item) in list.enumerated() {
            if index > 0 { byte(44) }
            string(item)
        }
        byte(93)
    }
}
