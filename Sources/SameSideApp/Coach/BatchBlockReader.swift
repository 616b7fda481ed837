import Foundation

/// Reads `coach --batch` input in large blocks of whole lines, so workers can share a block without copying
/// each line into an array of its own (the line-by-line reader cost an allocation and a copy per message).
///
/// Memory stays bounded: a block is about `blockSize` bytes, more only when a single line is longer, and a
/// line longer than `maxLineBytes` is skipped without being kept (reported through ``Block/tooLong``).
final class BatchBlockReader {
    enum Block {
        /// Whole lines `bytes[range]`, each ending in `\n` except perhaps the input's last one.
        case lines(Range<Int>)
        /// A line over the limit, skipped.
        case tooLong
    }

    private let source: any ByteSource
    private(set) var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var start = 0
    private var end = 0
    private var atEnd = false
    private let blockSize: Int
    let maxLineBytes: Int

    init(source: any ByteSource, blockSize: Int = 4 << 20, maxLineBytes: Int = 64 << 20) {
        self.source = source
        self.blockSize = max(blockSize, 64)
        self.maxLineBytes = maxLineBytes
        capacity = self.blockSize * 2
        storage = .allocate(capacity: capacity)
    }

    deinit {
        storage.deallocate()
    }

    /// The bytes of the block last returned by ``next()``; valid until the next call.
    func bytes(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: storage + range.lowerBound, count: range.count)
    }

    /// The next block of whole lines, or nil at the end of the input.
    func next() throws -> Block? {
        var scanned = start
        while true {
            if end > scanned, let last = lastNewline(from: scanned, to: end) {
                let range = start..<(last + 1)
                start = last + 1
                return .lines(range)
            }
            if atEnd {
                guard start < end else { return nil }
                let range = start..<end
                start = end
                return .lines(range)
            }
            if end - start > maxLineBytes {
                try skipPastNewline()
                return .tooLong
            }
            // Bytes already searched stay searched after `fill` moves them to the front.
            let searched = end - start
            try fill()
            scanned = start + searched
        }
    }

    private func lastNewline(from: Int, to: Int) -> Int? {
        var i = to
        while i > from {
            i -= 1
            if storage[i] == 0x0A { return i }
        }
        return nil
    }

    /// Drops the over-long line: everything up to and including its newline.
    private func skipPastNewline() throws {
        while true {
            if let found = memchr(storage + start, 0x0A, end - start) {
                start = storage.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
                return
            }
            start = end
            if atEnd { return }
            try fill()
        }
    }

    /// Moves the unread bytes to the front, grows when one line needs it, and reads until a block is full.
    private func fill() throws {
        if start > 0 {
            if end > start { storage.update(from: storage + start, count: end - start) }
            end -= start
            start = 0
        }
        if capacity - end < blockSize {
            let newCapacity = max(capacity * 2, end + blockSize)
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
            grown.update(from: storage, count: end)
            storage.deallocate()
            storage = grown
            capacity = newCapacity
        }
        let target = end + blockSize
        while end < target {
            let count = try source.read(into: UnsafeMutableRawBufferPointer(start: storage + end, count: target - end))
            if count == 0 {
                atEnd = true
                return
            }
            end += count
        }
    }
}
