import ArgumentParser
import Foundation
import SameSideApp
import SameSideCore

/// `sameside bench coach`: `coach --batch` throughput beside `wc -w` on the same generated file.
struct BenchCoachCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coach",
        abstract: "Benchmark `coach --batch` against `wc -w` on a generated corpus (use a release build).",
        discussion: """
            Generates EMAILS sales emails of 80–200 words as JSON Lines, then times `wc -w FILE` and \
            `sameside coach --batch FILE` (this same binary, output to /dev/null) on that file in the same run, \
            best of --runs each, and prints both in MB/s. The goal is at least one third of wc -w.
            """,
        shouldDisplay: false)

    @Option(help: "How many emails to generate.")
    var emails = 50_000

    @Option(help: "Seed of the generator.")
    var seed: UInt64 = 1

    @Option(help: "Timed runs of each command (the best is reported).")
    var runs = 3

    @Option(help: "Worker threads for coach --batch (default: one per core).")
    var threads: Int?

    @Option(help: "Keep the corpus at this path instead of a temporary file.")
    var keep: String?

    func run() async throws {
        try await CLIExit.guarding {
            guard emails > 0, runs > 0 else { throw AppError.badInput("--emails and --runs must be positive") }
            let path = keep ?? (NSTemporaryDirectory() + "sameside-bench-coach-\(getpid()).jsonl")
            defer { if keep == nil { try? FileManager.default.removeItem(atPath: path) } }
            let size = try writeCorpus(path)
            let megabytes = Double(size) / 1_000_000
            print("corpus: \(emails) emails, \(String(format: "%.1f", megabytes)) MB, \(path)")

            guard let wc = Self.which("wc") else { throw AppError.failure("wc not found on PATH") }
            let wcTimes = try best { try Self.time(wc, ["-w", path]) }
            let me = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
            let executable = FileManager.default.isExecutableFile(atPath: me) ? me : (Bundle.main.executablePath ?? me)
            var coachArguments = ["coach", "--batch", path]
            if let threads { coachArguments += ["--threads", String(threads)] }
            let coachTimes = try best { try Self.time(executable, coachArguments) }

            let wcRate = megabytes / wcTimes.wall
            let coachRate = megabytes / coachTimes.wall
            print("                    wall      MB/s (wall)   CPU      MB/CPU-s")
            print(
                String(
                    format: "wc -w:           %7.3f s  %8.1f   %7.3f s  %8.1f", wcTimes.wall, wcRate, wcTimes.cpu,
                    megabytes / wcTimes.cpu))
            print(
                String(
                    format: "coach --batch:   %7.3f s  %8.1f   %7.3f s  %8.1f", coachTimes.wall, coachRate,
                    coachTimes.cpu, megabytes / coachTimes.cpu))
            let ratio = coachRate / wcRate
            print(
                String(
                    format: "ratio (wall): %.2f of wc -w, (CPU): %.2f — goal ≥ 0.33: %@", ratio,
                    (megabytes / coachTimes.cpu) / (megabytes / wcTimes.cpu), ratio >= 1.0 / 3.0 ? "met" : "NOT met"))
        }
    }

    private func writeCorpus(_ path: String) throws -> Int {
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else { throw AppError.failure("\(path): cannot be written") }
        defer { try? handle.close() }
        var corpus = CoachBenchCorpus(seed: seed)
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 20)
        var size = 0
        for index in 0..<emails {
            buffer += Array(#"{"id":"e\#(index)","kind":"email","text":"#.utf8)
            buffer += Self.jsonString(corpus.email())
            buffer += Array("}\n".utf8)
            if buffer.count >= 1 << 20 {
                try handle.write(contentsOf: buffer)
                size += buffer.count
                buffer.removeAll(keepingCapacity: true)
            }
        }
        try handle.write(contentsOf: buffer)
        return size + buffer.count
    }

    /// The run with the shortest wall time.
    private func best(_ body: () throws -> (wall: Double, cpu: Double)) throws -> (wall: Double, cpu: Double) {
        var best = (wall: Double.infinity, cpu: Double.infinity)
        for _ in 0..<runs {
            let times = try body()
            if times.wall < best.wall { best = times }
        }
        return (max(best.wall, 1e-9), max(best.cpu, 1e-9))
    }

    private static func jsonString(_ text: String) -> [UInt8] {
        var out: [UInt8] = [34]
        for byte in text.utf8 {
            switch byte {
            case 34: out += [92, 34]
            case 92: out += [92, 92]
            case 10: out += [92, 110]
            case 13: out += [92, 114]
            case 9: out += [92, 116]
            default: out.append(byte)
            }
        }
        out.append(34)
        return out
    }

    /// Wall-clock and CPU (user + system) seconds of `executable arguments`, stdout to /dev/null;
    /// a non-zero exit is a failure. CPU time shows the work itself when the machine is busy.
    private static func time(_ executable: String, _ arguments: [String]) throws -> (wall: Double, cpu: Double) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        let cpuBefore = childrenCPUSeconds()
        let start = DispatchTime.now().uptimeNanoseconds
        try process.run()
        process.waitUntilExit()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let cpu = childrenCPUSeconds() - cpuBefore
        guard process.terminationStatus == 0 else {
            throw AppError.failure(
                "\(executable) \(arguments.joined(separator: " ")) exited \(process.terminationStatus)")
        }
        return (seconds, cpu)
    }

    private static func childrenCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    private static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
