/// Reads a command's whole input, where `-` means standard input.
public enum InputFile {
    /// The largest file read whole into memory; larger inputs must use a streaming form.
    public static let maxWholeFileBytes = 1 << 30

    /// The bytes of `path` (or stdin for `-`).
    /// - Throws: ``AppError/badInput(_:)`` naming the file when it cannot be opened or is over 1 GiB.
    public static func readAll(_ path: String) throws(AppError) -> [UInt8] {
        try FileSource(path: path).readAll()
    }

    /// The display name of a path argument.
    public static func displayName(_ path: String) -> String { path == "-" ? "<stdin>" : path }
}
