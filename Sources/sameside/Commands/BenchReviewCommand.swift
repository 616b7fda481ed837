import ArgumentParser
import Foundation
import SameSideApp
import SameSideCore

/// `sameside bench review FILE`: how fast the review runs beside reading and decoding the file.
///
/// Pass 1 only reads and decodes every record; pass 2 reads, decodes and reviews as `sameside review` does
/// (reviews on worker threads beside the reading thread). Prints the reviews' own CPU time beside the
/// read-and-decode time of pass 1 and beside that of pass 2 (timed record by record), the wall time both passes
/// took, and the process's peak memory.
struct BenchReviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Time reviewing a pipeline file against reading and decoding it.",
        discussion: """
            Example: sameside generate --deals 1000000 > big.jsonl; sameside bench review big.jsonl
            Run it from a release build (swift build -c release). Peak memory is the process's maximum
            resident set size; compare 100k and 1M deals to see that it stays flat.
            """)

    @Argument(help: "Pipeline file, JSON or JSON Lines (a file, not stdin: it is read twice).")
    var pipeline: String

    @OptionGroup var input: InputFormatOption

    @Flag(help: "Skip the read-and-decode-only pass.")
    var reviewOnly = false

    @Option(help: "Review threads beside the reading thread (default: one per core but one; 0 reviews between reads).")
    var threads: Int?

    func run() async throws {
        try await CLIExit.guarding {
            guard pipeline != "-" else { throw AppError.badInput("bench review: needs a file, it reads it twice") }
            let clock = ContinuousClock()
            var decodeSeconds: Double?
            var records = 0
            if !reviewOnly {
                let start = clock.now
                let file = try input.open(pipeline)
                while try file.next() != nil { records += 1 }
                decodeSeconds = seconds(clock.now - start)
                print("read+decode:        \(records) records in \(format(decodeSeconds ?? 0)) s")
            }
            let start = clock.now
            let cpuStart = ThreadCPUClock.seconds()
            let file = try input.open(pipeline)
            let asOf = Day.asOf(nil, data: file.header.asOf, clock: SystemDayClock())
            let session = ReviewSession(
                header: file.header, playbook: .standard, asOf: asOf, dealFilter: nil, workers: threads)
            session.timesReading = true
            var summary = ReviewSummary()
            var findings = 0
            try session.run(input: file) { result in
                findings += result.findings.count
                summary.add(result)
            }
            let totalSeconds = seconds(clock.now - start)
            let readerCPU = ThreadCPUClock.seconds() - cpuStart
            let reviewSeconds = session.reviewCPUSeconds
            let deals = summary.deals
            let bytes = file.bytesRead
            print("deals reviewed:     \(deals) open deals, \(findings) findings, \(bytes / 1_000_000) MB")
            if let decodeSeconds {
                print(
                    "read+decode rate:   \(rate(records, decodeSeconds)) records/s (\(format(Double(bytes) / 1e6 / max(decodeSeconds, 1e-9))) MB/s)"
                )
            }
            print(
                "review alone:       \(format(reviewSeconds)) CPU-s, \(rate(deals, reviewSeconds)) deals per CPU-second"
            )
            print(
                "read+decode+review: \(format(totalSeconds)) s wall, \(rate(deals, totalSeconds)) deals/s "
                    + "(\(session.workers) review \(session.workers == 1 ? "thread" : "threads"); reading thread "
                    + "\(format(readerCPU)) CPU-s)")
            if let decodeSeconds, decodeSeconds > 0 {
                print("review / read+decode (CPU): \(format(reviewSeconds / decodeSeconds))")
                let added = max(0, totalSeconds - decodeSeconds)
                print("time review adds (wall) / read+decode: \(format(added / decodeSeconds))")
            }
            // Both measured in pass 2, record by record on their threads: the same machine load, caches and
            // neighbours for both, which a busy machine's run-to-run swings between passes 1 and 2 do not give.
            let readSeconds = session.readCPUSeconds
            print("read+decode in pass 2: \(format(readSeconds)) CPU-s (reading thread, timed record by record)")
            if readSeconds > 0 {
                print("review / read+decode, same pass (CPU): \(format(reviewSeconds / readSeconds))")
            }
            print("peak memory (max RSS): \(peakResidentMegabytes()) MB")
        }
    }

    private func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    private func rate(_ count: Int, _ seconds: Double) -> String {
        seconds > 0 ? String(Int((Double(count) / seconds).rounded())) : "∞"
    }

    private func format(_ value: Double) -> String { String(format: "%.2f", value) }

    private func peakResidentMegabytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Int(usage.ru_maxrss) / 1024
    }
}
