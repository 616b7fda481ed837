import Foundation
import SameSideApp
import SameSideCore
import SameSideStore

/// Inputs and stores the use-case tests share: the demo pipeline as an upload body, and stores holding it.
enum AppFixtures {
    /// The demo pipeline's bytes as an upload named `demo.pipeline.json`.
    static func demoSource() -> MemorySource {
        MemorySource(Array(DemoPipeline.json.utf8), name: "demo.pipeline.json")
    }

    /// The demo as an opened pipeline input.
    static func demoInput() throws -> PipelineInput {
        try PipelineInput.open(source: demoSource())
    }

    /// An in-memory store holding the demo pipeline.
    static func demoStore() async throws -> InMemoryPipelineStore {
        let store = InMemoryPipelineStore()
        _ = try await store.migrate()
        _ = try await ImportUseCase.run(demoSource(), as: .pipeline, into: store)
        return store
    }

    /// The lines of a generated pipeline in the JSON Lines form (as `sameside generate` writes them).
    static func generatedLines(deals: Int, seed: UInt64) -> [String] {
        let generator = SyntheticPipeline(deals: deals, seed: seed, asOf: Day("2026-11-25")!)
        var lines = [PipelineWriter.headerLine(generator.header)]
        var line: [UInt8] = []
        for record in generator.records {
            line.removeAll(keepingCapacity: true)
            PipelineWriter.appendLine(record, to: &line)
            lines.append(String(decoding: line, as: UTF8.self).trimmingCharacters(in: .newlines))
        }
        return lines
    }

    /// A day far from the demo's own `asOf`, to tell the clock's answer apart.
    static let clockDay = Day("2030-01-15")!

    /// The file under Tests/Fixtures.
    static func fixture(_ path: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures").appendingPathComponent(path)
    }

    /// The bytes of a fixture as an upload.
    static func upload(_ path: String) throws -> MemorySource {
        MemorySource(Array(try Data(contentsOf: fixture(path))), name: path)
    }
}
