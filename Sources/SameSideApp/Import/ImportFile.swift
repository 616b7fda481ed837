import Foundation

/// A ``ByteSource`` read in chunks for an import, with its size when known (for the progress bar).
final class ImportFile: @unchecked Sendable {
    /// Small enough that one chunk's rows stay a few MB in memory, large enough to read fast.
    static let chunkSize = 256 << 10
    // Used by one import at a time, from one task.
    private let source: any ByteSource
    var size: Int? { source.size }

    init(source: any ByteSource) {
        self.source = source
    }

    /// The next chunk, or nil at the end. Throws ``AppError/failure(_:)`` when reading fails.
    func read() throws -> Data? {
        var chunk = Data(count: Self.chunkSize)
        let count = try chunk.withUnsafeMutableBytes { raw in try source.read(into: raw) }
        guard count > 0 else { return nil }
        chunk.count = count
        return chunk
    }
}
