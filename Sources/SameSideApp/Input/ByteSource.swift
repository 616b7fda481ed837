import Foundation

/// Where a use case reads its input from: a file, standard input, or bytes already in memory (an upload
/// body). Readers pull chunks of their own size from it, so memory stays bounded for files of any size.
public protocol ByteSource: AnyObject {
    /// The input's name in messages (`<stdin>` for standard input).
    var name: String { get }
    /// The total size in bytes when known (for progress), else nil.
    var size: Int? { get }
    /// Reads up to `buffer.count` bytes into `buffer`; 0 at the end.
    /// - Throws: ``AppError/failure(_:)`` when reading fails.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(AppError) -> Int
}

extension ByteSource {
    /// Every remaining byte, refused beyond `limit` bytes.
    /// - Throws: ``AppError/badInput(_:)`` beyond the limit, ``AppError/failure(_:)`` when reading fails.
    public func readAll(limit: Int = InputFile.maxWholeFileBytes) throws(AppError) -> [UInt8] {
        var bytes: [UInt8] = []
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 1)
        defer { chunk.deallocate() }
        while true {
            let count = try read(into: chunk)
            if count == 0 { break }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[..<count]))
            if bytes.count > limit {
                throw AppError.badInput("\(name): larger than 1 GiB; use the JSON Lines form for large pipelines")
            }
        }
        return bytes
    }
}

/// A file, or standard input for the path `-`, read through its descriptor.
public final class FileSource: ByteSource {
    public let name: String
    public let size: Int?
    private let descriptor: Int32
    private let ownsDescriptor: Bool

    /// Opens `path` (`-` for standard input).
    /// - Throws: ``AppError/badInput(_:)`` naming the path when it is missing, a directory or unreadable.
    public init(path: String) throws(AppError) {
        name = InputFile.displayName(path)
        if path == "-" {
            descriptor = STDIN_FILENO
            ownsDescriptor = false
            size = nil
            return
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw AppError.badInput("\(path): no such file")
        }
        guard !isDirectory.boolValue else { throw AppError.badInput("\(path): is a directory, expected a file") }
        let fd = Foundation.open(path, O_RDONLY)
        guard fd >= 0 else {
            throw AppError.badInput("\(path): cannot be read (\(String(cString: strerror(errno))))")
        }
        descriptor = fd
        ownsDescriptor = true
        var status = stat()
        size = fstat(fd, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG ? Int(status.st_size) : nil
    }

    deinit { if ownsDescriptor { close(descriptor) } }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(AppError) -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        while true {
            let count = Foundation.read(descriptor, base, buffer.count)
            if count >= 0 { return count }
            if errno == EINTR { continue }
            throw AppError.failure("\(name): read failed: \(String(cString: strerror(errno)))")
        }
    }
}

/// Bytes already in memory, such as an upload's body.
public final class MemorySource: ByteSource {
    public let name: String
    public var size: Int? { bytes.count }
    private let bytes: [UInt8]
    private var offset = 0

    public init(_ bytes: [UInt8], name: String) {
        self.bytes = bytes
        self.name = name
    }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(AppError) -> Int {
        let count = min(buffer.count, bytes.count - offset)
        guard count > 0 else { return 0 }
        bytes.withUnsafeBytes { source in
            buffer.baseAddress!.copyMemory(from: source.baseAddress! + offset, byteCount: count)
        }
        offset += count
        return count
    }
}
