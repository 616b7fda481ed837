import ArgumentParser
import Foundation

/// The `sameside` command: deal coaching that takes the customer's side.
@main
struct SameSide: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sameside",
        abstract: "Deal coaching that takes the customer's side.",
        discussion: """
            SameSide keeps what each customer is trying to achieve and judges every deal, plan and \
            message by whether it helps the customer get there.

            Exit status: 0 success (findings are not failures), 2 bad usage or bad input, 1 anything else.
            """,
        version: SameSideVersion.current,
        subcommands: [
            DemoCommand.self,
            ServeCommand.self,
            UserCommand.self,
            ValidateCommand.self,
            ReviewCommand.self,
            CoachCommand.self,
            CaseCommand.self,
            PlanCommand.self,
            MapCommand.self,
            PlanShareCommand.self,
            ImportCommand.self,
            ExportCommand.self,
            MigrateCommand.self,
            BackupCommand.self,
            GenerateCommand.self,
            BenchCommand.self,
            CoachModelCommand.self,
        ]
    )

    /// Runs the command line, mapping every usage error to exit status 2 as the contract asks
    /// (ArgumentParser's own default is 64).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                StandardStreams.error(fullMessage(for: error))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
