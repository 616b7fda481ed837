import Foundation
import SameSideApp
import SameSideStore
import Testing

/// Kills `sameside import` with SIGKILL at random moments of a large import: the database must
/// always open and hold all of the file or none of it, and a re-run must finish without duplicates.
@Suite(.serialized) struct ImportCrashSafetyTests {
    static let rows = 30_000

    /// A Salesforce-style export of `rows` deals over 500 accounts.
    static func salesforceCSV(rows: Int) -> [UInt8] {
        var out = Array(
            "Opportunity ID,Opportunity Name,Account ID,Account Name,Stage,Amount,Close Date,Created Date,Opportunity Owner,Lead Source\r\n"
                .utf8)
        let stages = ["Prospecting", "Qualification", "Negotiation/Review", "Closed Won", "Closed Lost"]
        for i in 0..<rows {
            let account = i % 500
            let line =
                "006\(String(format: "%012d", i)),\"Deal \(i), phase \(i % 7)\",001\(String(format: "%012d", account)),"
                + "Account \(account),\(stages[i % 5]),\"$\(1000 + i % 90_000).00\",\(1 + i % 12)/\(1 + i % 28)/2027,"
                + "\(1 + i % 12)/\(1 + i % 28)/2026,Owner \(i % 17),Web\r\n"
            out.append(contentsOf: line.utf8)
        }
        return out
    }

    /// The deals stored and the deal indexes present.
    func deals(in path: String) async throws -> (count: Int, indexes: [String]) {
        let opened = try await StoreFactory.open(AppConfig(database: .sqliteFile(path: path)))
        let store = try #require((opened as? ReviewKeepingStore)?.underlying as? SQLPipelineStore)
        let counts = try await store.counts()
        let indexes = try await store.dealIndexes()
        try await store.close()
        return (counts.opportunities, indexes)
    }

    static let dealIndexes = ["opportunities_account_id", "opportunities_status_close_date"]

    /// How the import writes: row by row with the indexes kept up to date, or (a low
    /// `SAMESIDE_IMPORT_BULK_ROWS`) the bulk path that drops the indexes and rebuilds them before commit.
    enum Path: String, CaseIterable, CustomTestStringConvertible, Sendable {
        case indexesKept, indexesDroppedAndRebuilt
        var testDescription: String { rawValue }
        var environment: [String: String] {
            var environment = ProcessInfo.processInfo.environment
            environment["SAMESIDE_IMPORT_BULK_ROWS"] = self == .indexesKept ? "100000000" : "1000"
            return environment
        }
    }

    /// Runs the import, killing it after `delay` seconds (nil: let it finish). Returns whether it was killed.
    func importKilled(
        after delay: Double?, file: String, database: String, path: Path
    ) throws -> (killed: Bool, stderr: String) {
        let process = Process()
        process.executableURL = CLIRunner.executable
        process.environment = path.environment
        process.arguments = ["import", file, "--from", "salesforce", "--database", "sqlite:" + database]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        if let delay {
            Thread.sleep(forTimeInterval: delay)
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationReason == .uncaughtSignal, stderr)
    }

    @Test(arguments: Path.allCases)
    func aKilledImportLeavesAllOrNothingAndARerunCompletesWithoutDuplicates(_ path: Path) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sameside-crash-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("big.csv").path
        try Data(Self.salesforceCSV(rows: Self.rows)).write(to: URL(fileURLWithPath: file))

        // given how long a whole import takes here
        let timing = directory.appendingPathComponent("timing.db").path
        let start = Date()
        let full = try importKilled(after: nil, file: file, database: timing, path: path)
        let duration = Date().timeIntervalSince(start)
        #expect(!full.killed && full.stderr.contains("\(Self.rows) rows read"), "\(full.stderr)")

        // when imports into one database are killed at random moments (seeded, printed for replay)
        let database = directory.appendingPathComponent("crash.db").path
        let seed = UInt64(Date().timeIntervalSince1970)
        var generator = SplitMix(seed: seed)
        var killedRuns = 0
        for attempt in 0..<5 {
            let fraction = 0.05 + 0.9 * Double(generator.next() % 1000) / 1000
            let outcome = try importKilled(after: duration * fraction, file: file, database: database, path: path)
            if outcome.killed { killedRuns += 1 }
            // then the database opens, holds nothing or everything, and has its indexes
            let (count, indexes) = try await deals(in: database)
            #expect(
                count == 0 || count == Self.rows,
                "seed \(seed), attempt \(attempt), killed at \(fraction): \(count) deals")
            #expect(indexes == Self.dealIndexes, "seed \(seed), attempt \(attempt), killed at \(fraction)")
        }
        #expect(killedRuns > 0, "no run was killed (seed \(seed))")

        // and a re-run completes, and one more changes nothing: no duplicates
        let rerun = try importKilled(after: nil, file: file, database: database, path: path)
        #expect(!rerun.killed, "\(rerun.stderr)")
        let after = try await deals(in: database)
        #expect(after.count == Self.rows && after.indexes == Self.dealIndexes)
        let again = try importKilled(after: nil, file: file, database: database, path: path)
        #expect(again.stderr.contains("0 deals created, 0 updated, \(Self.rows) skipped"), "\(again.stderr)")
    }
}

/// A small seeded generator, so a failing run can be replayed from its printed seed.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
