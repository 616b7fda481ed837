import Foundation

/// Reads a ``ByteSource`` line by line in fixed-size chunks, so memory stays bounded whatever
/// the input's size. Lines are returned without their `\n` (a trailing `\r` is kept for the caller).
final class LineReader {
    private let source: any ByteSource
    fileprivate var buffer: [UInt8] = []
    fileprivate var start = 0
    fileprivate var atEnd = false
    private let chunkSize: Int
    /// Bytes read so far (for progress and benchmarks).
    private(set) var bytesRead = 0
    /// A line longer than this is returned cut, flagged by ``lastLineTooLong``.
    let maxLineBytes: Int
    private(set) var lastLineTooLong = false

    init(source: any ByteSource, chunkSize: Int = 1 << 20, maxLineBytes: Int = 64 << 20) {
        self.source = source
        self.chunkSize = chunkSize
        self.maxLineBytes = maxLineBytes
    }

    /// The next line, or `nil` at the end of the input.
    func nextLine() throws -> [UInt8]? {
        lastLineTooLong = false
        var scanned = 0
        while true {
            if let newline = Self.newline(in: buffer, from: start + scanned) {
                let line = Array(buffer[start..<newline])
                start = newline + 1
                return line
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                let line = Array(buffer[start...])
                start = buffer.count
                return line
            }
            if buffer.count - start > maxLineBytes {
                // Skip the rest of an over-long line without keeping it in memory.
                lastLineTooLong = true
                let prefix = Array(buffer[start..<(start + 64)])
                try skipToNextLine()
                return prefix
            }
            scanned = buffer.count - start
            try fill()
        }
    }

    private func skipToNextLine() throws {
        while true {
            if let newline = Self.newline(in: buffer, from: start) {
                start = newline + 1
                return
            }
            start = buffer.count
            if atEnd { return }
            try fill()
        }
    }

    /// The index of the first `\n` at or after `from` (memchr: several times faster than a Swift loop).
    private static func newline(in buffer: [UInt8], from: Int) -> Int? {
        guard from < buffer.count else { return nil }
        return buffer.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress, let found = memchr(base + from, 0x0A, bytes.count - from) else {
                return nil
            }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    fileprivate func fill() throws {
        if start > 0 {
            buffer.removeFirst(start)
            start = 0
        }
        let oldCount = buffer.count
        buffer.reserveCapacity(oldCount + chunkSize)
        buffer.append(contentsOf: repeatElement(0, count: chunkSize))
        let readCount: Int
        do {
            readCount = try buffer.withUnsafeMutableBytes { raw in
                try source.read(into: UnsafeMutableRawBufferPointer(rebasing: raw[oldCount...]))
            }
        } catch {
            buffer.removeLast(chunkSize)
            throw error
        }
        buffer.removeLast(chunkSize - readCount)
        bytesRead += readCount
        if readCount == 0 { atEnd = true }
    }
}

extension LineReader {
    /// Whether anything other than whitespace remains, reading ahead as needed but keeping it.
    func hasMoreContent() -> Bool {
        while true {
            if buffer[start...].contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D && $0 != 0x0A }) {
                return true
            }
            if atEnd { return false }
            do {
                try fill()
            } catch {
                return false
            }
        }
    }
}
