import ArgumentParser
import SameSideApp
import SameSideCore

/// `sameside generate`: a deterministic synthetic pipeline of any size, streamed as JSON Lines.
struct GenerateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Stream a deterministic synthetic pipeline of any size (JSON Lines) to stdout.",
        discussion: """
            The same --deals, --seed and --as-of always give the same bytes. Deals follow a mix of \
            healthy and unhealthy patterns (customer pulling, progressing, seller chasing, \
            single-threaded, stalled, doing nothing cheaper, paused, won, lost) with 2–8 \
            stakeholders, 3–12 buying steps and 0–40 activities. Memory stays constant whatever \
            the size. Example: sameside generate --deals 1000000 | sameside validate -
            """)

    @Option(help: "How many deals to generate.")
    var deals: Int

    @Option(help: "Random seed; the same seed gives the same pipeline.")
    var seed: UInt64 = 1

    @Option(help: "The day the data describes (YYYY-MM-DD).")
    var asOf: String = "2026-11-25"

    @Option(help: "Output form: jsonl (streamed) or json (one document; small sizes only).")
    var format: PipelineInputFormat = .jsonl

    func validate() throws {
        guard deals >= 0 else { throw ValidationError("--deals must be 0 or more") }
        guard Day(asOf) != nil else { throw ValidationError("--as-of expects a date YYYY-MM-DD, got \"\(asOf)\"") }
        if format == .json && deals > 200_000 {
            throw ValidationError("--format json holds everything in memory; use jsonl for more than 200,000 deals")
        }
    }

    func run() async throws {
        let day = Day(asOf)!
        let generator = SyntheticPipeline(deals: deals, seed: seed, asOf: day)
        let out = StdoutWriter(bufferSize: 1 << 18)
        if format == .json {
            out.write(PipelineWriter.json(generator.pipeline()))
            out.flush()
            return
        }
        out.write(PipelineWriter.headerLine(generator.header) + "\n")
        var line: [UInt8] = []
        line.reserveCapacity(1 << 14)
        let progress = ProgressDisplay(label: "records")
        let total = generator.accountCount + deals
        var written = 0
        for record in generator.records {
            line.removeAll(keepingCapacity: true)
            PipelineWriter.appendLine(record, to: &line)
            out.write(bytes: line)
            written += 1
            progress.update(count: written, of: total)
        }
        out.flush()
        progress.clear()
    }
}
