import ArgumentParser
import SameSideApp

/// The one place that turns an ``AppError`` into what the contract promises: `sameside: message` on stderr
/// and exit status 2 when the user's input, usage or configuration is at fault, 1 otherwise. Never a stack
/// trace.
enum CLIExit {
    /// Runs `body`; an ``AppError`` becomes its message and exit status.
    static func guarding(_ body: () async throws -> Void) async throws {
        do {
            try await body()
        } catch let error as AppError {
            StandardStreams.error("sameside: \(error.description)")
            throw ExitCode(error.isCallersFault ? 2 : 1)
        }
    }
}
