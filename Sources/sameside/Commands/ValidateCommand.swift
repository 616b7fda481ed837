import ArgumentParser
import SameSideApp
import SameSideCore

/// `sameside validate FILE…`: checks pipeline files against the format and reports every problem.
struct ValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check pipeline files (JSON or JSON Lines) and report every problem found.",
        discussion: """
            Exit status 0 when every file is valid; 2 when any is not, with each problem on stderr as
              FILE: $.opportunities[3].goalIds[0]: no goal "g9" in account "a2"
            (in the JSON Lines form the line number comes first: FILE: line 42: $.goalIds[0]: …).
            Unknown fields are warnings, not errors. `-` reads standard input.
            """)

    @Argument(help: "Pipeline files to check (`-` for standard input).")
    var files: [String]

    @OptionGroup var input: InputFormatOption

    @Flag(name: .shortAndLong, help: "Print nothing for valid files.")
    var quiet = false

    @Option(help: "Stop listing problems of a file after this many.")
    var maxProblems = 200

    func run() async throws {
        try await CLIExit.guarding {
            var failed = false
            for file in files {
                if try !validate(file) { failed = true }
            }
            if failed { throw ExitCode(2) }
        }
    }

    /// Validates one file; prints problems and warnings; returns whether it is valid.
    private func validate(_ file: String) throws -> Bool {
        let input: PipelineInput
        do {
            input = try self.input.open(file)
        } catch {
            StandardStreams.error(error.description)
            return false
        }
        var accounts = 0
        var deals = 0
        var problems = 0
        loop: while true {
            let step = try input.step()
            input.reportWarnings()
            switch step {
            case .record(.account): accounts += 1
            case .record(.opportunity): deals += 1
            case .invalid(let issues):
                for issue in issues {
                    problems += 1
                    if problems <= maxProblems { StandardStreams.error("\(input.name): \(issue.description)") }
                }
            case .end: break loop
            }
        }
        if problems > maxProblems {
            StandardStreams.error("\(input.name): \(problems - maxProblems) more problems not shown")
        }
        if problems == 0 && !quiet {
            print("\(input.name): valid — \(accounts) accounts, \(deals) opportunities")
        }
        return problems == 0
    }
}
