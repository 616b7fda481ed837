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

    mutating func raw(_ text: String) {
        var text = text
        text.withUTF8 { if let address = $0.baseAddress { copy(address, $0.count) } }
    }

    mutating func key(_ name: StaticString) {
        byte(34)
        raw(name)
        byte(34)
        byte(58)
    }

    mutating func int(_ value: Int) {
        guard value >= 0 && value < 1_000_000_000 else {
            raw(String(value))
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
        } else {
            raw(String((value * 100).rounded() / 100))
        }
    }

    mutating func bool(_ value: Bool) { raw(value ? "true" : "false") }

    mutating func string(_ text: String) {
        var text = text
        text.withUTF8 { escaped($0) }
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
        while i < n {
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

    mutating func strings(_ list: [String]) {
        byte(91)
        for (index, item) in list.enumerated() {
            if index > 0 { byte(44) }
            string(item)
        }
        byte(93)
    }
}
