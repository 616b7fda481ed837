import Foundation
import Testing

@Suite struct ValidateCommandTests {
    /// Signs that a bad input crashed the program instead of being reported.
    static func assertNoCrash(_ result: CLIRunner.Result, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!result.stderr.contains("Fatal error"), sourceLocation: sourceLocation)
        #expect(!result.stderr.contains("Backtrac"), sourceLocation: sourceLocation)
        #expect(result.status != 132 && result.status != 134 && result.status != 139, sourceLocation: sourceLocation)
    }

    static var brokenFiles: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: CLIRunner.fixture("broken").path))?.sorted() ?? []
    }

    @Test func thereAreAtLeastTwentyBrokenFixtures() {
        #expect(Self.brokenFiles.count >= 20)
    }

    @Test(arguments: brokenFiles)
    func everyBrokenFixtureExitsTwoWithAPathNamingMessage(file: String) throws {
        let path = CLIRunner.fixture("broken/\(file)").path
        let result = try CLIRunner.run(["validate", path])
        Self.assertNoCrash(result)
        #expect(result.status == 2)
        let firstLine = try #require(result.stderr.split(separator: "\n").first.map(String.init))
        #expect(firstLine.hasPrefix(path + ": "), "\(firstLine)")
        #expect(firstLine.contains("$") || firstLine.contains("empty"), "\(firstLine)")
    }

    @Test func validFilesExitZero() throws {
        let files = [
            "valid/minimal.pipeline.json", "valid/minimal.pipeline.jsonl", "valid/unknown-fields.pipeline.json",
        ]
        let result = try CLIRunner.run(["validate"] + files.map { CLIRunner.fixture($0).path })
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("warning: $.opportunities[0].crmScore: unknown field"))
    }

    @Test func oneBadFileAmongGoodOnesStillFailsAndNamesOnlyIt() throws {
        let good = CLIRunner.fixture("valid/minimal.pipeline.json").path
        let bad = CLIRunner.fixture("broken/dangling-goal.pipeline.json").path
        let result = try CLIRunner.run(["validate", good, bad])
        #expect(result.status == 2)
        #expect(result.stdout.contains("\(good): valid"))
        #expect(result.stderr.contains("\(bad): $.opportunities[0].goalIds[1]: no goal \"g9\" in account \"a1\""))
    }

    @Test func binaryGarbageIsRejectedCleanly() throws {
        var generator = SystemRandomNumberGenerator()
        let garbage = Data((0..<65_536).map { _ in UInt8.random(in: 0...255, using: &generator) })
        let result = try CLIRunner.run(["validate", "-"], stdin: garbage)
        Self.assertNoCrash(result)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("<stdin>: "))
    }

    @Test func fiftyMegabyteFileIsReadAndItsProblemReported() throws {
        // A valid-looking pipeline padded by one huge string, with one dangling reference at the end.
        let padding = String(repeating: "x", count: 50 << 20)
        let text = """
            {"format": "sameside.pipeline/1", "accounts": [{"id": "a1", "name": "A", "region": "\(padding)"}],
             "opportunities": [{"id": "o1", "accountId": "a2", "name": "D"}]}
            """
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("big-\(UUID().uuidString).json")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let result = try CLIRunner.run(["validate", url.path])
        Self.assertNoCrash(result)
        #expect(result.status == 2)
        #expect(result.stderr.contains("$.opportunities[0].accountId: no account \"a2\""))
    }

    @Test func missingFileAndDirectoryAreBadInput() throws {
        let missing = try CLIRunner.run(["validate", "/nonexistent/file.json"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("/nonexistent/file.json: no such file"))
        let directory = try CLIRunner.run(["validate", CLIRunner.fixture("valid").path])
        #expect(directory.status == 2)
        #expect(directory.stderr.contains("is a directory"))
    }
}
