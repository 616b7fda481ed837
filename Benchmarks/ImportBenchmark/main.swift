// Import benchmark: a generated Salesforce-style export of N deals imported by `sameside import`
// into SQLite (and PostgreSQL when DATABASE_URL is set), beside sqlite3's own `.import` of the
// same file into an untyped table, measured in the same run. Prints rows/s and peak memory.
//
//   swift build -c release --product sameside --product sameside-import-bench
//   .build/release/sameside-import-bench [--rows 1000000] [--runs 3] [--dir /tmp/x] [--keep]
//
// Goal (issues 6 and 16): sameside ≥ half of sqlite3's rows/s, peak RSS ≤ 64 MB.
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

let usage = """
    usage: sameside-import-bench [--rows N] [--runs N] [--dir DIR] [--sameside PATH] [--keep] [--no-postgres]

    Generates a Salesforce-style export of N deals (default 1,000,000), then, --runs times (default 1),
    imports it with `sqlite3 .import` into an untyped table and with `sameside import` into a new SQLite
    database, one right after the other, and prints each one's time, rows/s, peak RSS and their ratio.
    Then once: `sameside import` again into the same database (all rows unchanged), `sameside review
    --database`, and an import into PostgreSQL when DATABASE_URL is set (--no-postgres: skip it).
    --dir: where the file and databases go (removed at the end unless --keep);
    --sameside: the binary to measure (default: `sameside` beside this one).
    """

struct Options {
    var rows = 1_000_000
    var runs = 1
    var directory = FileManager.default.temporaryDirectory.appendingPathComponent("sameside-bench-\(getpid())").path
    var keep = false
    var sameside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        .appendingPathComponent("sameside").path
    var postgres = ProcessInfo.processInfo.environment["DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }

    init(_ arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--rows": rows = Int(iterator.next() ?? "") ?? rows
            case "--runs": runs = max(1, Int(iterator.next() ?? "") ?? runs)
            case "--help", "-h":
                print(usage)
                exit(0)
            case "--dir": directory = iterator.next() ?? directory
            case "--sameside": sameside = iterator.next() ?? sameside
            case "--keep": keep = true
            case "--no-postgres": postgres = nil
            default:
                FileHandle.standardError.write(Data("unknown argument \(argument)\n".utf8))
                exit(2)
            }
        }
    }
}

/// A child process's wall time, exit status and peak resident memory.
struct Run {
    var seconds: Double
    var status: Int32
    var peakKB: Int
    var stderr: String
}

/// Runs `path arguments…` and measures it with wait4 (peak RSS of that child only).
func measure(_ path: String, _ arguments: [String], stdinFile: String? = nil) -> Run {
    let errPath = NSTemporaryDirectory() + "bench-stderr-\(getpid())-\(UUID().uuidString)"
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    if let stdinFile { posix_spawn_file_actions_addopen(&actions, 0, stdinFile, O_RDONLY, 0) }
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let start = DispatchTime.now().uptimeNanoseconds
    let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
    posix_spawn_file_actions_destroy(&actions)
    guard spawned == 0 else { return Run(seconds: 0, status: -1, peakKB: 0, stderr: "cannot start \(path)") }
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let stderr = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
    unlink(errPath)
    return Run(seconds: seconds, status: (status >> 8) & 0xFF, peakKB: usage.ru_maxrss, stderr: stderr)
}

/// Writes a Salesforce-style opportunity report export: BOM-less, CRLF, quoted names with commas,
/// `$` amounts with thousands separators, M/D/YYYY dates, 5,000 accounts, 3 unmodelled columns.
func generate(rows: Int, to path: String) throws {
    _ = FileManager.default.createFile(atPath: path, contents: nil)
    guard let handle = FileHandle(forWritingAtPath: path) else { throw CocoaError(.fileWriteUnknown) }
    defer { try? handle.close() }
    var buffer = Array(
        ("Opportunity ID,Opportunity Name,Account ID,Account Name,Stage,Amount,Probability (%),Close Date,"
            + "Created Date,Opportunity Owner,Lead Source,Next Step\r\n").utf8)
    let stages = ["Prospecting", "Qualification", "Needs Analysis", "Negotiation/Review", "Closed Won", "Closed Lost"]
    let sources = ["Web", "Partner", "Trade Show", "Referral"]
    var state: UInt64 = 7
    func next() -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int(state >> 33)
    }
    func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
    for i in 0..<rows {
        let account = next() % 5000
        let amount = 1000 + next() % 900_000
        let thousands = amount / 1000
        let line =
            "006\(pad(i, 15)),\"Deal \(i), \(stages[i % stages.count]) phase\",001\(pad(account, 15)),"
            + "Account \(account),\(stages[next() % stages.count]),\"$\(thousands),\(pad(amount % 1000, 3)).00\","
            + "\(next() % 101),\(1 + next() % 12)/\(1 + next() % 28)/2027,\(1 + next() % 12)/\(1 + next() % 28)/2026,"
            + "Owner \(next() % 40),\(sources[next() % sources.count]),\"Call back, then \"\"demo\"\"\"\r\n"
        buffer.append(contentsOf: line.utf8)
        if buffer.count > 1 << 20 {
            handle.write(Data(buffer))
            buffer.removeAll(keepingCapacity: true)
        }
    }
    handle.write(Data(buffer))
}

func which(_ name: String) -> String? {
    for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
        let path = "\(directory)/\(name)"
        if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return nil
}

func psql(_ url: String, _ sql: String) {
    guard let path = which("psql") else { return }
    _ = measure(path, [url, "-q", "-c", sql])
}

func line(_ label: String, _ rows: Int, _ run: Run) -> String {
    let rate = run.seconds > 0 ? Double(rows) / run.seconds : 0
    let padded = label.padding(toLength: 46, withPad: " ", startingAt: 0)
    return padded + String(format: "%8.2f s %10.0f rows/s %8.1f MB peak", run.seconds, rate, Double(run.peakKB) / 1024)
}

/// The 1-, 5- and 15-minute load averages (other work on the machine skews both imports' times).
func loadAverage() -> String {
    let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
    return text.split(separator: " ").prefix(3).joined(separator: " ")
}

let options = Options(CommandLine.arguments)
let startLoad = loadAverage()
try FileManager.default.createDirectory(atPath: options.directory, withIntermediateDirectories: true)
let csv = options.directory + "/salesforce.csv"
print("generating \(options.rows) rows …")
try generate(rows: options.rows, to: csv)
let size = (try FileManager.default.attributesOfItem(atPath: csv)[.size] as? Int) ?? 0
print(String(format: "file: %@ (%.1f MB)", csv, Double(size) / 1_048_576))
var report: [String] = []
let sqliteDB = options.directory + "/sameside.db"
let sqlite3 = which("sqlite3")
if sqlite3 == nil { report.append("sqlite3 not found (apt-get install sqlite3) — no baseline") }
var imported = false

for run in 1...options.runs {
    let label = options.runs > 1 ? "run \(run): " : ""
    var sqliteRate = 0.0
    if let sqlite3 {
        let db = options.directory + "/sqlite3-import.db"
        try? FileManager.default.removeItem(atPath: db)
        let result = measure(sqlite3, [db, "-cmd", ".mode csv", ".import \(csv) t"])
        if result.status == 0 {
            sqliteRate = Double(options.rows) / result.seconds
            report.append(line(label + "sqlite3 .import (untyped table)", options.rows, result))
        } else {
            report.append("sqlite3 .import failed: \(result.stderr)")
        }
    }
    for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: sqliteDB + suffix) }
    let first = measure(options.sameside, ["import", csv, "--from", "salesforce", "--database", "sqlite:" + sqliteDB])
    guard first.status == 0 else {
        report.append("sameside import → SQLite failed (\(first.status)): \(first.stderr.prefix(500))")
        break
    }
    imported = true
    report.append(line(label + "sameside import → SQLite (new database)", options.rows, first))
    if sqliteRate > 0 {
        let ratio = Double(options.rows) / first.seconds / sqliteRate
        report.append(
            String(
                format: "%@ratio to sqlite3 .import: %.2f (goal ≥ 0.50)   peak %.1f MB (goal ≤ 64 MB)", label, ratio,
                Double(first.peakKB) / 1024))
    }
}

if imported {
    let again = measure(options.sameside, ["import", csv, "--from", "salesforce", "--database", "sqlite:" + sqliteDB])
    report.append(line("sameside import again (all unchanged)", options.rows, again))
    let reviewHelp = measure(options.sameside, ["review", "--help"])
    if reviewHelp.status == 0 {
        let review = measure(options.sameside, ["review", "--database", "sqlite:" + sqliteDB, "--format", "json"])
        report.append(
            review.status == 0 || review.status == 3
                ? line("sameside review --database (deals)", options.rows, review)
                : "review --database failed (\(review.status)): \(review.stderr.prefix(300))")
    } else {
        report.append("review command not in this build — review --database not measured")
    }
}

if let url = options.postgres, var components = URLComponents(string: url) {
    let name = "sameside_bench_\(getpid())"
    psql(url, "CREATE DATABASE \(name)")
    components.path = "/" + name
    let target = components.string ?? url
    let run = measure(options.sameside, ["import", csv, "--from", "salesforce", "--database", target])
    report.append(
        run.status == 0
            ? line("sameside import → PostgreSQL (new database)", options.rows, run)
            : "sameside import → PostgreSQL failed (\(run.status)): \(run.stderr.prefix(500))")
    psql(url, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
} else {
    report.append("DATABASE_URL not set — PostgreSQL not measured")
}

print("")
print(
    "\(options.rows) rows, \(ProcessInfo.processInfo.activeProcessorCount) cores, load average \(startLoad) → \(loadAverage())"
)
for item in report { print(item) }
if !options.keep { try? FileManager.default.removeItem(atPath: options.directory) }
