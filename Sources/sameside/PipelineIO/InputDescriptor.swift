import Foundation

/// Opens a command's input file (`-` for stdin) as a raw descriptor, for the readers that read it
/// in chunks of their own (``LineReader``, ``BatchBlockReader``).
enum InputDescriptor {
    /// The descriptor, and whether the caller must close it (stdin is not closed). Throws
    /// ``CLIError/badInput(_:)`` naming the path when it is missing, a directory or unreadable.
    static func open(_ path: String) throws -> (descriptor: Int32, owned: Bool) {
        if path == "-" { return (STDIN_FILENO, false) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CLIError.badInput("\(path): no such file")
        }
        guard !isDirectory.boolValue else { throw CLIError.badInput("\(path): is a directory, expected a file") }
        let fd = Foundation.open(path, O_RDONLY)
        guard fd >= 0 else {
            throw CLIError.badInput("\(path): cannot be read (\(String(cString: strerror(errno))))")
        }
        return (fd, true)
    }
}
