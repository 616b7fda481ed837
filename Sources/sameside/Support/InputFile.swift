import Foundation

/// Reads a command's input file, where `-` means standard input.
enum InputFile {
    /// The largest file read whole into memory; larger inputs must use a streaming form.
    static let maxWholeFileBytes = 1 << 30

    /// The bytes of `path` (or stdin for `-`). Throws ``CLIError/badInput(_:)`` naming the file.
    static func readAll(_ path: String) throws -> [UInt8] {
        if path == "-" {
            return try readAll(handle: FileHandle.standardInput, name: "<stdin>")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CLIError.badInput("\(path): no such file")
        }
        guard !isDirectory.boolValue else { throw CLIError.badInput("\(path): is a directory, expected a file") }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CLIError.badInput("\(path): cannot be read (permission denied?)")
        }
        defer { try? handle.close() }
        return try readAll(handle: handle, name: path)
    }

    private static func readAll(handle: FileHandle, name: String) throws -> [UInt8] {
        var bytes: [UInt8] = []
        while true {
            let chunk: Data?
            do {
                chunk = try handle.read(upToCount: 1 << 20)
            } catch {
                throw CLIError.badInput("\(name): read failed")
            }
            guard let chunk, !chunk.isEmpty else { break }
            bytes.append(contentsOf: chunk)
            if bytes.count > maxWholeFileBytes {
                throw CLIError.badInput("\(name): larger than 1 GiB; use the JSON Lines form for large pipelines")
            }
        }
        return bytes
    }

    /// The display name of a path argument.
    static func displayName(_ path: String) -> String { path == "-" ? "<stdin>" : path }
}
