import ArgumentParser
import Foundation
import SameSideApp
import SameSideCore

/// `sameside demo`: the newcomer's first run — a realistic demo pipeline, shown or saved.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Show (or save) a realistic demo pipeline that exercises everything SameSide checks.",
        discussion: """
            Without options, prints an overview of the demo: a fictional seller, its ideal customer, \
            seven customers with their goals, and twelve deals — one the customer is clearly pulling, \
            a "we won, where's the PO?" deal, a single-threaded one, one where doing nothing is \
            cheaper, a prospect outside the profile, an honest pause, slipping and stale deals, one \
            won and one lost.

            --write PATH saves the demo as a pipeline file to try the other commands on; --json \
            prints that file to stdout instead.
            """)

    @Option(help: "Save the demo pipeline file to this path.")
    var write: String?

    @Flag(help: "Overwrite the file given to --write if it exists.")
    var force = false

    @Flag(help: "Print the demo pipeline file (JSON) to stdout instead of the overview.")
    var json = false

    func run() async throws {
        try await CLIExit.guarding {
            if let write {
                if FileManager.default.fileExists(atPath: write) && !force {
                    throw AppError.badInput("\(write): already exists; use --force to overwrite it")
                }
                guard
                    FileManager.default.createFile(atPath: write, contents: Data(DemoPipeline.json.utf8) + Data([0x0A]))
                else { throw AppError.failure("\(write): cannot be written") }
                StandardStreams.error("Wrote the demo pipeline to \(write). Try: sameside validate \(write)")
                return
            }
            if json {
                print(DemoPipeline.json)
                return
            }
            let pipeline = DemoPipeline.make()
            print(PipelineOverview(pipeline: pipeline).render())
            print("")
            let asOf = Day.asOf(nil, data: pipeline.asOf, clock: SystemDayClock())
            print(ReviewDigest.render(ReviewEngine().review(pipeline, playbook: .standard, asOf: asOf)))
            print("Details: sameside demo --write demo.pipeline.json && sameside review demo.pipeline.json")
            print("")
            print("Save it with `sameside demo --write demo.pipeline.json` to try the other commands on it.")
        }
    }
}
