import ArgumentParser

/// An error the CLI reports as one clear message on stderr, with the contract's exit status.
///
/// `badInput` (exit 2) is for bad usage or bad input; `failure` (exit 1) for anything else.
/// Throw it from `run()`: ``CLIExit`` turns it into the message and status, never a stack trace.
enum CLIError: Error, CustomStringConvertible {
    case badInput(String)
    case failure(String)

    var description: String {
        switch self {
        case .badInput(let message), .failure(let message): return message
        }
    }

    var exitCode: ExitCode {
        switch self {
        case .badInput: return ExitCode(2)
        case .failure: return ExitCode(1)
        }
    }
}

/// Helpers that end a command with the contract's exit statuses.
enum CLIExit {
    /// Runs `body`; a ``CLIError`` is printed as `sameside: message` on stderr and becomes its exit status.
    static func guarding(_ body: () async throws -> Void) async throws {
        do {
            try await body()
        } catch let error as CLIError {
            StandardStreams.error("sameside: \(error.description)")
            throw error.exitCode
        }
    }
}
