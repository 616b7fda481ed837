import Foundation
import Testing

@Suite struct DemoAndGenerateTests {
    @Test func demoPrintsAReadableOverview() throws {
        let result = try CLIRunner.run(["demo"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Open deals (10)"))
        #expect(result.stdout.contains("Corrugator monitoring rollout"))
    }

    @Test func demoWritesAFileThatValidatesAndRefusesToOverwrite() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("demo-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try CLIRunner.run(["demo", "--write", url.path]).status == 0)
        #expect(try CLIRunner.run(["validate", url.path]).status == 0)
        let again = try CLIRunner.run(["demo", "--write", url.path])
        #expect(again.status == 2)
        #expect(again.stderr.contains("already exists"))
    }

    @Test func generatedPipelineStreamsIntoValidate() throws {
        let generated = try CLIRunner.run(["generate", "--deals", "300", "--seed", "9"])
        #expect(generated.status == 0)
        let lines = generated.stdout.split(separator: "\n")
        #expect(lines.count == 1 + 75 + 300)
        let validated = try CLIRunner.run(["validate", "-"], stdin: generated.stdoutBytes)
        #expect(validated.status == 0, "\(validated.stderr)")
        #expect(validated.stdout.contains("75 accounts, 300 opportunities"))
    }

    @Test func aDealRepeatedLateInAStreamIsReportedAtItsLine() throws {
        // Given a generated stream with its first deal's line repeated at the end
        let generated = try CLIRunner.run(["generate", "--deals", "300", "--seed", "9"])
        var lines = generated.stdout.split(separator: "\n").map(String.init)
        let firstDeal = try #require(lines.firstIndex { $0.contains(#""kind":"opportunity""#) })
        lines.append(lines[firstDeal])
        let input = Data((lines.joined(separator: "\n") + "\n").utf8)
        // When it is validated, and reviewed
        let validated = try CLIRunner.run(["validate", "-"], stdin: input)
        let reviewed = try CLIRunner.run(["review", "-", "--format", "json"], stdin: input)
        // Then both exit 2 naming the repeat's line and the first one's
        let message =
            "<stdin>: line \(lines.count): $.id: duplicate opportunity id \"o1\" (first at line \(firstDeal + 1))"
        #expect(validated.status == 2)
        #expect(validated.stderr.contains(message), "\(validated.stderr)")
        #expect(reviewed.status == 2)
        #expect(reviewed.stderr.contains(message), "\(reviewed.stderr)")
    }

    @Test func generateIsDeterministicPerSeed() throws {
        let a = try CLIRunner.run(["generate", "--deals", "20", "--seed", "5"]).stdout
        let b = try CLIRunner.run(["generate", "--deals", "20", "--seed", "5"]).stdout
        let c = try CLIRunner.run(["generate", "--deals", "20", "--seed", "6"]).stdout
        #expect(a == b)
        #expect(a != c)
    }

    @Test func badUsageExitsTwo() throws {
        let negative = try CLIRunner.run(["generate", "--deals", "-3"])
        #expect(negative.status == 2)
        let badDate = try CLIRunner.run(["generate", "--deals", "3", "--as-of", "2026-13-01"])
        #expect(badDate.status == 2)
        #expect(badDate.stderr.contains("YYYY-MM-DD"))
        let unknown = try CLIRunner.run(["no-such-command"])
        #expect(unknown.status == 2)
    }

    @Test func versionAndHelpAnswer() throws {
        let version = try CLIRunner.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.split(separator: ".").count == 3)
        let help = try CLIRunner.run(["--help"])
        #expect(help.status == 0)
        for command in ["demo", "validate", "generate"] { #expect(help.stdout.contains(command)) }
    }
}
