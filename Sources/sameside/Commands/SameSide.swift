import ArgumentParser

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
            ValidateCommand.self,
            ReviewCommand.self,
            CaseCommand.self,
        ]
    )
}
