import Foundation

/// A file (or stdin) read in chunks, with its size when known (for the progress bar).
final class ImportFile: @unchecked Sendable {
    /// Small enough that one chunk's rows stay a few MB in memory, large enough to read fast.
    static let chunkSize = 256 << 10
    // Used by one import at a time, from one task.
    private let handle: FileHandle
    private let ownsHandle: Bool
    let size: Int?

    init(path: String) throws {
        if path == "-" {
            handle = FileHandle.standardInput
            ownsHandle = false
            size = nil
            return
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ImportFileError(message: "\(path): no such file")
        }
        guard !isDirectory.boolValue else { throw ImportFileError(message: "\(path): is a directory, expected a file") }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ImportFileError(message: "\(path): cannot be read (permission denied?)")
        }
        self.handle = handle
        ownsHandle = true
        size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
    }

    /// The next chunk, or nil at the end.
    func read() throws -> Data? {
        do {
            guard let data = try handle.read(upToCount: Self.chunkSize), !data.isEmpty else { return nil }
            return data
        } catch {
            throw ImportFileError(message: "read failed: \(error.localizedDescription)")
        }
    }

    func close() {
        if ownsHandle { try? handle.close() }
    }
}

/// The import file could not be opened or read.
public struct ImportFileError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
