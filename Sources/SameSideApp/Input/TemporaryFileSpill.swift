import Foundation
import SameSideCore

/// A ``SpillStorage`` in a temporary file that is unlinked as soon as it is created, so nothing is
/// left behind even when the process is killed. The file is only made on the first write.
///
/// The folder is Foundation's temporary directory (`TMPDIR`, else `/tmp`).
public final class TemporaryFileSpill: SpillStorage {
    public init() {}

    private var descriptor: Int32 = -1
    private var size = 0

    deinit { if descriptor >= 0 { close(descriptor) } }

    public func append(_ bytes: [UInt8]) throws -> SpillRange {
        try openIfNeeded()
        let range = SpillRange(offset: size, count: bytes.count)
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                pwrite(descriptor, buffer.baseAddress! + written, buffer.count - written, off_t(size + written))
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw AppError.failure("cannot write the temporary file for duplicate checks (\(Self.lastError()))")
            }
            written += result
        }
        size += bytes.count
        return range
    }

    public func read(at offset: Int, count: Int) throws -> [UInt8] {
        guard descriptor >= 0, count > 0 else { return [] }
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let result = bytes.withUnsafeMutableBytes { buffer in
                pread(descriptor, buffer.baseAddress! + filled, count - filled, off_t(offset + filled))
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw AppError.failure("cannot read the temporary file for duplicate checks (\(Self.lastError()))")
            }
            if result == 0 { break }
            filled += result
        }
        bytes.removeLast(count - filled)
        return bytes
    }

    private func openIfNeeded() throws {
        guard descriptor < 0 else { return }
        let folder = FileManager.default.temporaryDirectory.path
        var template = Array((folder + "/sameside-ids-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            throw AppError.failure("cannot create a temporary file in \(folder) (\(Self.lastError())); set TMPDIR")
        }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        descriptor = fd
    }

    private static func lastError() -> String { String(cString: strerror(errno)) }
}
