import ArgumentParser

/// `sameside bench …`: release-built benchmarks that print figures (hidden from help).
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Benchmarks that print figures; build with -c release.",
        shouldDisplay: false,
        subcommands: [BenchReviewCommand.self, BenchCoachCommand.self])
}
